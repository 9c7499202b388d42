import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBackupFolder, readBackupSettings } from '@core/backups/backup-settings';
import { createBackup } from '@core/backups/service';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { openDemoCore } from '../support/demo-core';
import { pickPath } from '../support/pick-path';
import { makeReadOnly } from '../support/read-only';
import { tempDir } from '../support/temp-core';

const automatic = (ctx: CoreContext) => createBackup(ctx, 'scheduled', { automatic: true });

describe('backup health that cannot lie (issue 16, finding 5)', () => {
  it('a read-only default folder shows a problem, escalates after three failures, and is remembered after a restart', async () => {
    const ctx = await openDemoCore();
    const folder = defaultBackupFolder(ctx.databasePath);
    await automatic(ctx);
    expect((await invoke(ctx, 'backups:list', {})).health).toMatchObject({ level: 'ok', consecutiveFailures: 0 });

    const release = makeReadOnly(folder);
    try {
      await expect(automatic(ctx)).rejects.toMatchObject({ code: 'FILE_INVALID' });
      const once = (await invoke(ctx, 'backups:list', {})).health;
      expect(once).toMatchObject({
        level: 'warning',
        consecutiveFailures: 1,
        title: expect.stringMatching(/gặp sự cố$/),
      });
      expect(once.detail).toContain('Phần mềm sẽ thử lại sau 30 phút.');
      expect(once.problems).toHaveLength(1);

      await expect(automatic(ctx)).rejects.toBeTruthy();
      await expect(automatic(ctx)).rejects.toBeTruthy();
      const thrice = (await invoke(ctx, 'backups:list', {})).health;
      expect(thrice).toMatchObject({
        level: 'error',
        consecutiveFailures: 3,
        title: 'Đã 3 lần liên tiếp không sao lưu tự động được',
      });
      expect(thrice.detail).toContain('chọn thư mục khác');
      expect(thrice.problems).toHaveLength(3);
    } finally {
      release();
    }
    // Kept beside the database, so a restart does not forget days of failures.
    expect(readBackupSettings(ctx.databasePath).health.consecutiveFailures).toBe(3);

    await automatic(ctx);
    const healed = (await invoke(ctx, 'backups:list', {})).health;
    expect(healed).toMatchObject({
      level: 'ok',
      title: null,
      consecutiveFailures: 0,
      lastSuccessText: expect.any(String),
    });
  });

  it('a chosen folder that is gone is never re-created, and another folder of the same name is not taken for it', async () => {
    const ctx = await openDemoCore();
    const stick = join(tempDir(), 'E');
    const chosen = join(stick, 'SaoLuu');
    mkdirSync(chosen, { recursive: true });
    await invoke(ctx, 'backups:setFolder', { folder: await pickPath(ctx, 'backup-folder', chosen) });
    const first = await automatic(ctx);
    expect(first.folder).toBe(chosen);

    rmSync(stick, { recursive: true }); // the stick is pulled out
    const fellBack = await automatic(ctx);
    expect(fellBack.folder).toBe(defaultBackupFolder(ctx.databasePath));
    expect(existsSync(stick)).toBe(false);
    const gone = (await invoke(ctx, 'backups:list', {})).health;
    expect(gone).toMatchObject({
      level: 'warning',
      title: 'Các bản sao lưu tự động đang được lưu tạm vào thư mục mặc định',
    });
    expect(gone.detail).toContain('không tự tạo lại thư mục này');

    mkdirSync(chosen, { recursive: true }); // another stick got the same drive letter, with a folder of that name
    const notOurs = await automatic(ctx);
    expect(notOurs.folder).toBe(defaultBackupFolder(ctx.databasePath));
    expect(readdirSync(chosen)).toEqual([]);
    expect((await invoke(ctx, 'backups:list', {})).health.detail).toContain('không thấy tệp đánh dấu');
  });
});
