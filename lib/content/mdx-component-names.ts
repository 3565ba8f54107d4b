// Components a lesson may use in MDX. components/mdx-components.tsx must provide
// each of them; the content check rejects any other capitalised tag.
export const MDX_COMPONENT_NAMES = ['Callout', 'Hints', 'Hint', 'Quiz', 'Choice'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

export const CALLOUT_TYPES = ['note', 'warning', 'erratum'] as const;
export type CalloutType = (typeof CALLOUT_TYPES)[number];
