'use client';
// Remembers a panel group's sizes in localStorage. The saved layout is applied
// after mount (before paint), not at render: server-rendered groups then hydrate
// with the default sizes the server sent, and the learner's sizes follow at once.
import { useCallback, useLayoutEffect } from 'react';
import { useGroupRef, type Layout, type LayoutChangedMeta } from 'react-resizable-panels';
import { layoutStorageKey, parseSavedLayout, serializeLayout } from './saved-layout';

export function useSavedLayout(groupId: string) {
  const groupRef = useGroupRef();

  useLayoutEffect(() => {
    const group = groupRef.current;
    if (!group) return;
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(layoutStorageKey(groupId));
    } catch {
      return; // Storage blocked: the default sizes stay.
    }
    const saved = parseSavedLayout(raw, Object.keys(group.getLayout()));
    if (saved) group.setLayout(saved);
  }, [groupId, groupRef]);

  const onLayoutChanged = useCallback(
    (layout: Layout, meta: LayoutChangedMeta) => {
      // Only the learner's own resizing is remembered, not a window resize.
      if (!meta.isUserInteraction) return;
      try {
        localStorage.setItem(layoutStorageKey(groupId), serializeLayout(meta.requestedLayout ?? layout));
      } catch {
        // Storage full or blocked: the layout just isn't remembered.
      }
    },
    [groupId],
  );

  return { groupRef, onLayoutChanged };
}
