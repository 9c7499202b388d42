import { isAppError } from '@shared/errors';
import { recoveryMessages } from '@shared/i18n/vi-backups';
import { dbMessages } from '@shared/i18n/vi-errors';
import {
  findRecoveryOffer,
  isRecoverableStartupError,
  recoveryPrompt,
  restoreDamagedDatabase,
} from '@core/backups/startup-recovery';
import type { Logger } from '@core/context';

/**
 * What the secretary reads when the database cannot be opened at start: the core's own Vietnamese message for the
 * failures it knows (not a database, written by a newer version, a read-only disk…), otherwise "cannot open the
 * data file" with the system's detail.
 */
export function startupErrorMessage(error: unknown): string {
  if (isAppError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return dbMessages.cannotOpen(detail);
}

// --- Backups: a damaged or missing data file at start-up is offered its newest good backup (dialog in index.ts).

/** Shows a question with buttons and resolves to the index of the button pressed (Electron's message box). */
export type AskSecretary = (question: { message: string; detail: string; buttons: string[] }) => Promise<number>;

/**
 * After the app's data file could not be opened: for damage (including an empty file, a zeroed header, a schema the
 * migrations did not make) finds the newest backup that passes every check and asks "Tệp dữ liệu bị hỏng…
 * Khôi phục từ bản sao lưu ngày …?". For a missing file that backups say existed, it also offers "Bắt đầu dữ liệu
 * mới" (the earlier copies stay, out of the new database's rotation). Only "Khôi phục" replaces a file (the damaged
 * one is kept beside it); "Thoát", no good backup, or a failed restore end the start with the file left as it was,
 * so an empty database is never created in its place unasked. 'not-damaged': the caller shows the ordinary error.
 */
export async function recoverFromDamage(
  databasePath: string,
  error: unknown,
  ask: AskSecretary,
  log: Pick<Logger, 'error' | 'info'>,
): Promise<'restored' | 'start-new' | 'quit' | 'not-damaged'> {
  if (!isRecoverableStartupError(error)) return 'not-damaged';
  const offer = findRecoveryOffer(databasePath, error);
  const prompt = recoveryPrompt(offer);
  type Choice = 'restore' | 'start-new' | 'quit';
  const choices: Array<{ choice: Choice; label: string }> = [];
  if (prompt.canRestore) choices.push({ choice: 'restore', label: recoveryMessages.restoreButton });
  if (prompt.canStartNew) choices.push({ choice: 'start-new', label: recoveryMessages.startNewButton });
  choices.push({ choice: 'quit', label: recoveryMessages.quitButton });
  const answer = await ask({
    message: prompt.message,
    detail: prompt.detail,
    buttons: choices.map((c) => c.label),
  });
  const choice = choices[answer]?.choice ?? 'quit';
  if (choice !== 'restore') return choice;
  try {
    const { damagedCopy } = await restoreDamagedDatabase(databasePath, offer.backup!.path);
    log.info(`Data file ${databasePath} replaced by ${offer.backup!.path}; damaged file: ${damagedCopy}`);
    return 'restored';
  } catch (restoreError) {
    log.error('Restoring the offered backup failed', restoreError);
    await ask({ message: startupErrorMessage(restoreError), detail: '', buttons: [recoveryMessages.quitButton] });
    return 'quit';
  }
}
