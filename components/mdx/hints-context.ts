'use client';
// What a <Hints> box tells its <Hint>s: how many are revealed, and which one to
// focus (the last, when its button disappears, so keyboard focus is not lost).
import { createContext, useContext } from 'react';
import type { InteractiveStrings } from './interactive-strings';

export interface HintsState {
  shown: number;
  focusIndex: number | null;
  strings: InteractiveStrings;
}

export const HintsContext = createContext<HintsState | null>(null);

export function useHintsState(): HintsState {
  const state = useContext(HintsContext);
  if (!state) throw new Error('<Hint> must be inside <Hints>');
  return state;
}
