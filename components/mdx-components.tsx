// THE registry of components lesson MDX can use: the names in
// lib/content/mdx-component-names.ts plus styled defaults for Markdown elements.
// Labels come from the prose's locale, so a Korean lesson gets Korean callout headings.
import type { MDXComponents } from 'mdx/types';
import type { Locale } from '@/lib/content/types';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import { Callout, type CalloutProps } from './mdx/callout';
import { CodeBlock } from './mdx/code-block';
import { H2, H3 } from './mdx/heading';
import { InlineCode } from './mdx/inline-code';
import { MdxLink } from './mdx/mdx-link';
import { Table } from './mdx/table';
import { uiStrings } from './site/ui-strings';

type LessonComponents = MDXComponents & Record<MdxComponentName, unknown>;

export function mdxComponents(locale: Locale): LessonComponents {
  const t = uiStrings(locale);
  const calloutLabels = { note: t.calloutNote, warning: t.calloutWarning, erratum: t.calloutErratum };
  return {
    h2: H2,
    h3: H3,
    a: (props) => <MdxLink {...props} newTabNote={t.opensInNewTab} />,
    code: InlineCode,
    pre: CodeBlock,
    table: Table,
    Callout: (props: Omit<CalloutProps, 'label'> & { label?: string }) => (
      <Callout {...props} label={props.label ?? calloutLabels[props.type]} />
    ),
  };
}
