// Panel sizes the learner chose, as saved in localStorage: { panelId: percent }.
// Read defensively: a layout from an older page shape, or edited by hand, is ignored.

export type PanelLayout = Record<string, number>;

export const LAYOUT_KEY_PREFIX = 'nest-workbook:layout:';

export function layoutStorageKey(groupId: string): string {
  return `${LAYOUT_KEY_PREFIX}${groupId}`;
}

/** The saved layout when it fits these panels exactly (same ids, sizes summing to 100%). */
export function parseSavedLayout(raw: string | null, panelIds: readonly string[]): PanelLayout | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length !== panelIds.length || !panelIds.every((id) => Object.hasOwn(value, id))) return undefined;
  if (!entries.every(([, size]) => typeof size === 'number' && Number.isFinite(size) && size >= 0 && size <= 100))
    return undefined;
  const total = entries.reduce((sum, [, size]) => sum + (size as number), 0);
  if (Math.abs(total - 100) > 0.5) return undefined;
  return Object.fromEntries(entries) as PanelLayout;
}

export function serializeLayout(layout: PanelLayout): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(layout).map(([id, size]) => [id, Math.round(size * 100) / 100])),
  );
}
