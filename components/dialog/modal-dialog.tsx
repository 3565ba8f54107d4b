'use client';
// A modal dialog on the native <dialog> (role="dialog"): the page behind is
// inert while it is open, Escape or a click on the backdrop closes it, and
// focus goes back to where it was. Render it only while open; unmounting closes it.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

export interface ModalDialogProps {
  /** The dialog's accessible name, when no visible heading labels it. */
  label?: string;
  /** Id of the visible heading that labels it. */
  labelledBy?: string;
  onClose: () => void;
  /** Focused when the dialog opens; by default the browser focuses its first control. */
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  children: ReactNode;
}

export function ModalDialog({ label, labelledBy, onClose, initialFocus, className = '', children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    initialFocus?.current?.focus();
    return () => {
      if (element?.open) element.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
    // Opened once per mount: later changes of the focus target do not re-open it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-label={label}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // Escape: let React unmount the dialog rather than the browser closing it behind its back.
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A click on the ::backdrop lands on the <dialog> itself, outside its box.
        const box = event.currentTarget.getBoundingClientRect();
        const outside =
          event.clientX < box.left ||
          event.clientX > box.right ||
          event.clientY < box.top ||
          event.clientY > box.bottom;
        if (event.target === event.currentTarget && outside) onClose();
      }}
      className={`rounded-lg border border-zinc-200 bg-white text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 ${className}`}
    >
      {children}
    </dialog>
  );
}
