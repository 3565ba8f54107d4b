// What the content build learns from a lesson's MDX besides its compiled code:
// the <Hints> and <Quiz> it uses (checked against the frontmatter afterwards)
// and its prose as plain text, for the search index.

/** A `<Hints task="...">` in the prose. */
export interface HintsUse {
  task: string;
  /** True when the hints are written as <Hint> children rather than taken from the frontmatter. */
  ownHints: boolean;
  line: number;
  column: number;
}

/** A `<Quiz>` in the prose: enough to compare a translation with its original. */
export interface QuizUse {
  id: string;
  choices: number;
  /** 0-based position of the correct choice; -1 when not exactly one is marked (reported already). */
  correct: number;
  line: number;
  column: number;
}

export interface MdxFacts {
  hints: HintsUse[];
  quizzes: QuizUse[];
  /** Headings and paragraphs as plain text; code blocks, hints and quizzes left out. */
  text: string;
}

export function emptyFacts(): MdxFacts {
  return { hints: [], quizzes: [], text: '' };
}
