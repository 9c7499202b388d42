import { AppError } from '@shared/errors';
import { dbMessages, systemMessages } from '@shared/i18n/vi-errors';

type SystemProblem = 'busy' | 'diskFull' | 'readOnly' | 'permission' | 'io';

/** What the system's error code means for the secretary, or null for a code that is not about the disk. */
export function systemProblemOf(error: unknown): SystemProblem | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED') return 'busy';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull';
  // CANTOPEN on a file known to exist: SQLite could not open it, or create its -wal beside it, for writing.
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'SQLITE_CANTOPEN') return 'readOnly';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'permission';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  return null;
}

/** The reason in Vietnamese, for messages that name a folder or file ("… (ổ đĩa đã đầy)"); else the system's words. */
export function describeSystemError(error: unknown): string {
  const problem = systemProblemOf(error);
  if (problem !== null) return systemMessages.reasons[problem];
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const text = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return text.slice(0, 300);
}

/**
 * A failure of the disk rather than of the program (full, read-only, no permission, another window holding the
 * data), as the AppError the secretary can act on; null for anything else, which stays INTERNAL.
 */
export function appErrorFromSystem(error: unknown): AppError | null {
  const problem = systemProblemOf(error);
  if (problem === null) return null;
  if (problem === 'busy') return new AppError('BUSY', dbMessages.busy, { cause: error });
  return new AppError('FILE_SYSTEM', systemMessages.whole[problem], { cause: error });
}
