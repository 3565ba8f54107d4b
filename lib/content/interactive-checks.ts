// Checks the interactive components of a lesson's prose against its frontmatter:
// <Hints> names a real task and takes its hints from one place only, and a
// translation asks the same quizzes as the original (a remembered answer is
// shared between languages, so the choices must line up).
import type { ContentError } from './content-error';
import type { MdxFacts, QuizUse } from './mdx-facts';
import type { LessonTask } from './schema';

export interface ProseFacts {
  /** Repo-relative .mdx file. */
  file: string;
  facts: MdxFacts;
}

export function checkInteractive(tasks: LessonTask[], original: ProseFacts, translations: ProseFacts[] = []): ContentError[] {
  const errors = [original, ...translations].flatMap((prose) => checkHints(tasks, prose));
  for (const translation of translations) errors.push(...checkQuizzes(original, translation));
  return errors;
}

function checkHints(tasks: LessonTask[], { file, facts }: ProseFacts): ContentError[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  return facts.hints.flatMap(({ task: id, ownHints, line, column }) => {
    const at = (message: string): ContentError[] => [{ file, line, column, message: `<Hints task="${id}">: ${message}` }];
    const task = byId.get(id);
    if (!task) return at(`no task with id "${id}" in the frontmatter (tasks: ${[...byId.keys()].join(', ')})`);
    if (ownHints && task.hints.length > 0) {
      return at(`the task already has hints in the frontmatter; write <Hints task="${id}" /> to show those, or move them into <Hint> children`);
    }
    if (!ownHints && task.hints.length === 0) {
      return at('the task has no hints in the frontmatter; add them there, or write them here as <Hint> children');
    }
    return [];
  });
}

function checkQuizzes(original: ProseFacts, translation: ProseFacts): ContentError[] {
  const originals = new Map<string, QuizUse>(original.facts.quizzes.map((quiz) => [quiz.id, quiz]));
  return translation.facts.quizzes.flatMap((quiz) => {
    const at = (message: string): ContentError[] => [{ file: translation.file, line: quiz.line, column: quiz.column, message: `<Quiz id="${quiz.id}">: ${message}` }];
    const source = originals.get(quiz.id);
    if (!source) return at(`${original.file} has no quiz with this id; a translated quiz keeps the original's id`);
    if (source.choices !== quiz.choices) return at(`has ${quiz.choices} choices but the original has ${source.choices}`);
    // A quiz without exactly one correct choice is reported where it is written.
    if (source.correct < 0 || quiz.correct < 0) return [];
    if (source.correct !== quiz.correct) {
      return at(`choice ${quiz.correct + 1} is marked correct but in the original it is choice ${source.correct + 1}; keep the choices in the same order`);
    }
    return [];
  });
}
