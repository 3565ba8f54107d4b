import { describe, expect, it } from 'vitest';
import { layoutStorageKey, parseSavedLayout, serializeLayout } from './saved-layout';

describe('saved panel layouts', () => {
  const ids = ['prose', 'workbench'];

  it('round-trips a layout, rounded to hundredths of a percent', () => {
    const raw = serializeLayout({ prose: 33.333333, workbench: 66.666667 });
    expect(parseSavedLayout(raw, ids)).toEqual({ prose: 33.33, workbench: 66.67 });
  });

  it('ignores a layout saved for other panels', () => {
    expect(parseSavedLayout('{"prose":40,"editor":60}', ids)).toBeUndefined();
    expect(parseSavedLayout('{"prose":40,"workbench":50,"terminal":10}', ids)).toBeUndefined();
    expect(parseSavedLayout('{"prose":100}', ids)).toBeUndefined();
  });

  it('ignores junk: not JSON, not an object, bad sizes, sizes not adding up to 100%', () => {
    for (const raw of [
      null,
      '',
      'prose=40',
      '[40,60]',
      'null',
      '"40"',
      '{"prose":"40","workbench":60}',
      '{"prose":-10,"workbench":110}',
      '{"prose":30,"workbench":30}',
    ]) {
      expect(parseSavedLayout(raw, ids), String(raw)).toBeUndefined();
    }
  });

  it('keeps each group under its own key', () => {
    expect(layoutStorageKey('lesson')).not.toBe(layoutStorageKey('workbench-rows'));
  });
});
