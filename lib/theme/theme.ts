// The colour theme: what the learner chose (or "system"), and what that resolves
// to. Pure, so the pre-paint script in <head> and the React store agree.

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type ResolvedTheme = 'light' | 'dark';

/** localStorage key holding the learner's choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = 'nest-workbook:theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** A stored value, read defensively: anything unexpected means "system". */
export function parseThemeChoice(value: unknown): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ResolvedTheme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/**
 * Marks <html> with the theme: class "dark" or "light" (Tailwind's dark: variant
 * and globals.css read it), data-theme-choice, and color-scheme for form controls
 * and scrollbars.
 */
export function applyTheme(root: HTMLElement, choice: ThemeChoice, resolved: ResolvedTheme): void {
  root.classList.toggle('dark', resolved === 'dark');
  root.classList.toggle('light', resolved === 'light');
  root.dataset.themeChoice = choice;
  root.style.colorScheme = resolved;
}

/**
 * Source of the inline <head> script that sets the theme before the first paint
 * (no flash of the wrong theme), and keeps following the system setting and other
 * tabs while the page is open. Plain ES5-safe code: it runs before any bundle.
 */
export function themeScript(storageKey: string = THEME_STORAGE_KEY): string {
  const key = JSON.stringify(storageKey);
  return `(function(){try{
var root=document.documentElement,media=window.matchMedia(${JSON.stringify(DARK_QUERY)});
function apply(){var choice=null;try{choice=localStorage.getItem(${key});}catch(e){}
if(choice!=="light"&&choice!=="dark")choice="system";
var dark=choice==="dark"||(choice==="system"&&media.matches);
root.classList.toggle("dark",dark);root.classList.toggle("light",!dark);
root.dataset.themeChoice=choice;root.style.colorScheme=dark?"dark":"light";}
apply();media.addEventListener("change",apply);
window.addEventListener("storage",function(e){if(e.key===${key}||e.key===null)apply();});
}catch(e){}})();`;
}
