/** Marks a worker thread that the CLI started to lint (workerData.role); kept apart so checking it loads nothing else. */
export const LINT_WORKER_ROLE = 'postmortem-lint-worker'
