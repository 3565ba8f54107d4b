// Renders compiled lesson MDX (a string from .generated/content) on the server.
import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents, type ProseLesson } from '@/components/mdx-components';
import type { Locale } from '@/lib/content/types';

export function MdxContent({ code, locale, lesson }: { code: string; locale: Locale; lesson: ProseLesson }) {
  // Compiled MDX is a stateless component made from a string, rendered once per
  // static page on the server, so creating it here resets no state.
  const Content = getMDXComponent(code);
  // eslint-disable-next-line react-hooks/static-components -- see the comment above
  return <Content components={mdxComponents(locale, lesson)} />;
}
