// Why the core could not open its database at start, said so a person can act on it. Hosts show
// `userMessage` in a dialog (Electron) or on the page (browser mode), never a blank window.
export type StartupProblem =
  'LOCKED' | 'READ_ONLY' | 'CORRUPT' | 'DAMAGED' | 'CANNOT_OPEN' | 'MIGRATION_FAILED' | 'NEWER_VERSION';

export class CoreStartupError extends Error {
  readonly problem: StartupProblem;
  readonly filePath: string;
  readonly backupPath: string | null;

  constructor(problem: StartupProblem, filePath: string, detail: string, backupPath: string | null = null) {
    super(describeProblem(problem, filePath, detail, backupPath));
    this.name = 'CoreStartupError';
    this.problem = problem;
    this.filePath = filePath;
    this.backupPath = backupPath;
  }
}

function describeProblem(
  problem: StartupProblem,
  filePath: string,
  detail: string,
  backupPath: string | null,
): string {
  switch (problem) {
    case 'LOCKED':
      return `The database file ${filePath} is in use by another ChannelKeeper window or program. Close it and try again.`;
    case 'READ_ONLY':
      return `The database file ${filePath} cannot be written (read-only file, folder or disk). Check its permissions or move it to a writable folder. (${detail})`;
    case 'CORRUPT':
      return `The file ${filePath} is not a readable ChannelKeeper database (it may be damaged). Restore a backup or move the file away to start fresh. (${detail})`;
    case 'DAMAGED':
      return `ChannelKeeper did not close properly last time, and the integrity check of ${filePath} found damage. Restore the newest backup (Settings keeps them in the backups folder) before working on. (${detail})`;
    case 'CANNOT_OPEN':
      return `The database file ${filePath} cannot be opened. (${detail})`;
    case 'MIGRATION_FAILED':
      return `Updating the database ${filePath} to this version failed; the file was left as it was${backupPath ? ` and a backup is at ${backupPath}` : ''}. (${detail})`;
    case 'NEWER_VERSION':
      return `The database ${filePath} was written by a newer version of ChannelKeeper. Update the app to open it. (${detail})`;
  }
}
