import { isAppError } from '../../shared/errors';
import { dbMessages } from '../../shared/i18n/vi-errors';

/**
 * What the secretary reads when the database cannot be opened at start: the core's own Vietnamese message for the
 * failures it knows (not a database, written by a newer version, damaged…), otherwise "cannot open the data file"
 * with the system's detail (a locked file, a folder without write permission).
 */
export function startupErrorMessage(error: unknown): string {
  if (isAppError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return dbMessages.cannotOpen(detail);
}
