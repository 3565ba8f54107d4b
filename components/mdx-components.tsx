// THE registry of components lesson MDX can use: the names in
// lib/content/mdx-component-names.ts plus styled defaults for Markdown elements.
// Labels come from the prose's locale, so a Korean lesson gets Korean callout headings.
// Hints and quizzes also get the lesson they belong to (docs/mdx-components.md).
import type { MDXComponents } from 'mdx/types';
import type { LessonTask } from '@/lib/content/schema';
import type { Locale } from '@/lib/content/types';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import { Callout, type CalloutProps } from './mdx/callout';
import { Choice } from './mdx/choice';
import { Hint } from './mdx/hint';
import { Hints, type HintsProps } from './mdx/hints';
import { interactiveStrings } from './mdx/interactive-strings';
import { Quiz, type QuizProps } from './mdx/quiz';
import { CodeBlock } from './mdx/code-block';
import { H2, H3 } from './mdx/heading';
import { InlineCode } from './mdx/inline-code';
import { MdxLink } from './mdx/mdx-link';
import { Table } from './mdx/table';
import { uiStrings } from './site/ui-strings';

type LessonComponents = MDXComponents & Record<MdxComponentName, unknown>;

/** The lesson whose prose is rendered: hints and quiz answers are remembered under its id. */
export interface ProseLesson {
  id: string;
  tasks: LessonTask[];
}

export function mdxComponents(locale: Locale, lesson: ProseLesson): LessonComponents {
  const t = uiStrings(locale);
  const strings = interactiveStrings(locale);
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
    Hints: (props: Pick<HintsProps, 'task' | 'count' | 'children'>) => {
      const task = lesson.tasks.find((candidate) => candidate.id === props.task);
      const title = task?.title ?? props.task;
      return (
        <Hints
          {...props}
          lessonId={lesson.id}
          taskTitle={title}
          frontmatterHints={task?.hints ?? []}
          strings={strings}
        />
      );
    },
    Hint,
    Quiz: (props: Pick<QuizProps, 'id' | 'question' | 'children'>) => (
      <Quiz {...props} lessonId={lesson.id} strings={strings} />
    ),
    Choice,
  };
}
