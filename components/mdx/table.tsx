// Tables scroll sideways on their own instead of widening the prose column.
import type { ComponentPropsWithoutRef } from 'react';

export function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="my-6 overflow-x-auto">
      <table {...props} className="my-0 w-full text-sm" />
    </div>
  );
}
