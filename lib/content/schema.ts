// The authoring reference for lesson frontmatter. Every field says what it is
// through .describe(); scripts/check-content.ts turns a failed parse into
// `path:line:col message` so an instructor sees exactly what to fix.
import { z } from 'zod';
import { HTTP_METHODS } from './http-methods';

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

export const exampleRequestSchema = z
  .object({
    title: z.string().min(1).describe('What the request shows, as offered in the "Try the API" panel ("Register a user").'),
    method: z.enum(HTTP_METHODS).describe('HTTP method: GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.'),
    path: z
      .string()
      .regex(/^\/(?!\/)/, 'must start with a single /, like /users?page=2')
      .describe('Path and query on the lesson\'s running app, starting with /, like /users?page=2.'),
    headers: z
      .record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'must be a header name like Authorization'), z.string())
      .default({})
      .describe('Request headers by name. Content-Type: application/json is added when there is a body.'),
    body: z
      .json()
      .optional()
      .describe('JSON body, written as YAML (an object, list, string, number...). Not allowed with GET or HEAD.'),
  })
  .strict()
  .refine((request) => request.body === undefined || !['GET', 'HEAD'].includes(request.method), {
    message: 'a GET or HEAD request cannot have a body',
    path: ['body'],
  });

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
    requests: z
      .array(exampleRequestSchema)
      .default([])
      .describe('Example HTTP requests the "Try the API" panel offers to send to the running app.'),
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
    requests: z
      .array(z.string().min(1))
      .default([])
      .describe('Translated titles of the example requests, one per request in the order of index.mdx.'),
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

export const MISTAKE_KINDS = [
  'hard-coded',
  'pattern-skipped',
  'wrong-order',
  'weaker-mechanism',
  'wrong-place',
  'failure-path',
] as const;

export const mistakeSchema = z
  .object({
    note: z
      .string()
      .min(1)
      .refine((note) => !note.includes('\n'), { message: 'must be one line' })
      .describe('One line: what this wrong answer gets wrong, as a reviewer would say it.'),
    kind: z
      .enum(MISTAKE_KINDS)
      .describe(
        'hard-coded: output fitted to the visible test data; pattern-skipped: the behaviour without the pattern the lesson teaches; wrong-order: a step done in the wrong order; weaker-mechanism: a cheaper algorithm or setting behind the same interface; wrong-place: the right behaviour in the wrong layer, module or handler; failure-path: wrong under failure, retries, races or concurrency.',
      ),
    removes: z
      .array(workspacePath)
      .default([])
      .describe('Project files this wrong answer deletes (after the solution is laid over the starting files).'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
export type TranslationFrontmatter = z.infer<typeof translationFrontmatterSchema>;
export type PartMeta = z.infer<typeof partSchema>;
export type LessonTask = z.infer<typeof taskSchema>;
export type ExampleRequest = z.infer<typeof exampleRequestSchema>;
export type Mistake = z.infer<typeof mistakeSchema>;
