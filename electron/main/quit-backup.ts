/**
 * The last backup at quit, seen from the app's lifecycle. Quitting waits for the final copy (bounded, so an
 * unreachable network folder cannot keep the app from closing); the backup itself is the backup scheduler's.
 *
 * Meanwhile the app has no window but still holds the single-instance lock, so a secretary who opens it again
 * would see nothing happen for up to a minute: the new copy hands over to this one and exits. Instead this one says
 * what is going on and starts the app again as soon as the backup is done.
 */

export const quitBackupWords = {
  title: 'Thi Đua Desk',
  message: 'Thi Đua Desk đang sao lưu dữ liệu trước khi đóng.',
  detail: 'Phần mềm sẽ tự mở lại ngay khi sao lưu xong, thường chỉ sau vài giây.',
  ok: 'Đồng ý',
};

export interface QuitBackupHooks {
  /** The final backup (resolves when it is written, or has failed and been logged). */
  finalBackup: () => Promise<unknown>;
  timeoutMs: number;
  /** `app.quit()`: called once the backup is over; before-quit then lets it through. */
  quit: () => void;
  /** `app.relaunch()`: start the app again when this process exits. */
  relaunch: () => void;
  /** Shows quitBackupWords (a message box: there is no window left to show it in). */
  tellSecretary: () => void;
}

export interface QuitBackup {
  /** From `before-quit`: true when quitting must wait (the caller prevents it). */
  holdQuit(): boolean;
  /** From `second-instance`: true when the app is quitting and the new start was answered here. */
  answerSecondStart(): boolean;
}

export function quitAfterFinalBackup(hooks: QuitBackupHooks): QuitBackup {
  let stage: 'open' | 'backing-up' | 'done' = 'open';
  let startAgain = false;
  return {
    holdQuit() {
      if (stage === 'done') return false;
      if (stage === 'open') {
        stage = 'backing-up';
        const timeout = new Promise((resume) => setTimeout(resume, hooks.timeoutMs));
        void Promise.race([hooks.finalBackup(), timeout])
          .catch(() => undefined)
          .finally(() => {
            stage = 'done';
            if (startAgain) hooks.relaunch();
            hooks.quit();
          });
      }
      return true;
    },
    answerSecondStart() {
      if (stage !== 'backing-up') return false;
      if (!startAgain) {
        startAgain = true;
        hooks.tellSecretary();
      }
      return true;
    },
  };
}
