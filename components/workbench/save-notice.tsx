// Says so when the learner's work cannot be saved in this browser: the one
// case where edits could be lost, so it must not go unnoticed.
export function SaveNotice({ problem }: { problem?: string }) {
  if (!problem) return null;
  return (
    <p
      role="alert"
      className="border-b border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-200"
    >
      {problem}
    </p>
  );
}
