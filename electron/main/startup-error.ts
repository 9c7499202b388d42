import { isAppError } from '@shared/errors';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import {
  findRecoveryOffer,
  isDamagedDatabaseError,
  recoveryPrompt,
  restoreDamagedDatabase,
} from '@core/backups/startup-recovery';
import type { Logger } from '@core/context';

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

// --- Backups: a damaged database at start-up is offered its newest good backup (the dialog itself is in index.ts).

/** Shows a question with buttons and resolves to the index of the button pressed (Electron's message box). */
export type AskSecretary = (question: { message: string; detail: string; buttons: string[] }) => Promise<number>;

/**
 * After `openCore` failed: for a damaged database, finds the newest backup that passes `integrity_check` and asks
 * "Tệp dữ liệu bị hỏng… Khôi phục từ bản sao lưu ngày …?". Only "Khôi phục" replaces the file (the damaged one is
 * kept beside it); "Thoát", no good backup, or a failed restore end the start with the file left as it was, so an
 * empty database is never created in its place. 'not-damaged': the caller shows the ordinary error.
 */
export async function recoverFromDamage(
  databasePath: string,
  error: unknown,
  ask: AskSecretary,
  log: Pick<Logger, 'error' | 'info'>,
): Promise<'restored' | 'quit' | 'not-damaged'> {
  if (!isDamagedDatabaseError(error)) return 'not-damaged';
  const offer = findRecoveryOffer(databasePath, (error as Error).message);
  const prompt = recoveryPrompt(offer);
  const buttons = prompt.canRestore
    ? [recoveryMessages.restoreButton, recoveryMessages.quitButton]
    : [recoveryMessages.quitButton];
  const answer = await ask({ message: prompt.message, detail: prompt.detail, buttons });
  if (!prompt.canRestore || answer !== 0) return 'quit';
  try {
    const { damagedCopy } = await restoreDamagedDatabase(databasePath, offer.backup!.path);
    log.info(`Damaged database replaced by ${offer.backup!.path}; damaged file kept as ${damagedCopy}`);
    return 'restored';
  } catch (restoreError) {
    log.error('Restoring the offered backup failed', restoreError);
    await ask({ message: startupErrorMessage(restoreError), detail: '', buttons: [recoveryMessages.quitButton] });
    return 'quit';
  }
}
