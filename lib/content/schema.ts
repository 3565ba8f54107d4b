// The authoring reference for lesson frontmatter. Every field says what it is
// through .describe(); scripts/check-content.ts turns a failed parse into
// `path:line:col message` so an instructor sees exactly what to fix.
import { z } from 'zod';

const workspacePath = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), {
    message: 'must be a path inside the project, like src/app.module.ts',
  });

export const taskSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and dashes')
      .describe('Stable identifier of the task, used to remember progress. Never rename a published one.'),
    title: z.string().min(1).describe('What the learner must do, as a short imperative sentence.'),
    tests: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        'Full names of the tests that prove the task ("describe > test", as Vitest names them). The task ticks when all of them pass.',
      ),
    hints: z
      .array(z.string().min(1))
      .max(3)
      .default([])
      .describe('Up to three hints (Markdown allowed), revealed one at a time, from a nudge to nearly the answer.'),
  })
  .strict();

export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(1).describe('Lesson title, shown in navigation and as the page heading.'),
    summary: z.string().min(1).describe('One or two sentences for the home page and search.'),
    starter: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Folder under starters/ whose project the lesson files are laid over.'),
    focus: workspacePath.describe('The file opened in the editor when the lesson starts.'),
    readOnly: z
      .array(workspacePath)
      .default([])
      .describe('Files the learner can read but not edit, such as the specs that grade the lesson.'),
    tasks: z
      .array(taskSchema)
      .min(1)
      .describe('What the learner must achieve, each proved by tests.'),
  })
  .strict();

export const translationFrontmatterSchema = z
  .object({
    title: z.string().min(1).describe('Translated lesson title.'),
    summary: z.string().min(1).describe('Translated summary.'),
    tasks: z
      .record(z.string(), z.string().min(1))
      .default({})
      .describe('Translated task titles, keyed by task id. Untranslated tasks keep the original title.'),
    hints: z
      .record(z.string(), z.array(z.string().min(1)).max(3))
      .default({})
      .describe('Translated hints, keyed by task id, in the same order as the original.'),
  })
  .strict();

export const partSchema = z
  .object({
    title: z.string().min(1).describe('Part title, shown as a heading on the home page.'),
    translations: z
      .record(z.string(), z.object({ title: z.string().min(1) }).strict())
      .default({})
      .describe('Translated part titles keyed by locale, e.g. { ko: { title: ... } }.'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type TranslationFrontmatter = z.infer<typeof translationFrontmatterSchema>;
export type PartMeta = z.infer<typeof partSchema>;
export type LessonTask = z.infer<typeof taskSchema>;
