import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { readBackupSettings } from '@core/backups/backup-settings';
import { openCore } from '@core/context';
import * as open from '@core/db/open';
import { dispatch, invoke } from '@core/dispatch/dispatch';
import { createBackup } from '@core/backups/service';
import { recoverFromDamage, type AskSecretary } from '@main/startup-error';
import { dumpDatabase, openDemoCore } from '../support/demo-core';

vi.mock('@core/db/open', async (importOriginal) => {
  const real = await importOriginal<typeof open>();
  return { ...real, openDatabase: vi.fn(real.openDatabase) };
});

const silent = { error: () => undefined, info: () => undefined };

describe('after the swap (issue 16, finding 1)', () => {
  it('the undo point is recorded before the swap, so a restore interrupted right after it can still be undone', async () => {
    const ctx = await openDemoCore();
    const backup = await createBackup(ctx, 'manual');
    const realOpen = vi.mocked(open.openDatabase).getMockImplementation()!;
    let recordedBeforeReopen: unknown = 'not seen';
    vi.mocked(open.openDatabase).mockImplementation((path, options) => {
      if (path === ctx.databasePath) recordedBeforeReopen = readBackupSettings(ctx.databasePath).lastRestore;
      return realOpen(path, options);
    });
    try {
      await invoke(ctx, 'backups:restore', { backup: backup.token });
    } finally {
      vi.mocked(open.openDatabase).mockImplementation(realOpen);
    }
    expect(recordedBeforeReopen).toMatchObject({ restoredFrom: backup.path });
  });

  it('a file that cannot be opened after the swap: the snapshot is put back and the message says exactly that', async () => {
    const ctx = await openDemoCore();
    const backup = await createBackup(ctx, 'manual');
    await invoke(ctx, 'units:create', { name: 'Xã thêm sau', kind: 'xa' });
    const before = dumpDatabase(ctx);
    const realOpen = vi.mocked(open.openDatabase).getMockImplementation()!;
    let failures = 0;
    vi.mocked(open.openDatabase).mockImplementation((path, options) => {
      // The first reopen of the database itself, after the swap, fails (a disk error at the worst moment).
      if (path === ctx.databasePath && failures === 0) {
        failures++;
        return Promise.reject(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_READ' }));
      }
      return realOpen(path, options);
    });
    let result;
    try {
      result = await dispatch(ctx, 'backups:restore', { backup: backup.token });
    } finally {
      vi.mocked(open.openDatabase).mockImplementation(realOpen);
    }
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'DB_DAMAGED',
        message: expect.stringMatching(/\(lỗi đọc\/ghi ổ đĩa\); đã trả lại dữ liệu như trước khi khôi phục\.$/),
      },
    });
    // True: the data is what it was, the connection is open, nothing claims a restore happened.
    expect(ctx.db.open).toBe(true);
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(readBackupSettings(ctx.databasePath).lastRestore).toBeNull();
    expect(await invoke(ctx, 'units:list', {})).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Xã thêm sau' })]),
    );
  });
});

describe('at start-up a schema the migrations did not make is damage (issue 16, finding 1)', () => {
  it('a foreign trigger in the app’s own file: the newest verified backup is offered and restores cleanly', async () => {
    const ctx = await openDemoCore();
    await createBackup(ctx, 'manual');
    const good = dumpDatabase(ctx);
    const path = ctx.databasePath;
    ctx.db.close();
    const db = new Database(path);
    db.exec(`CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END; DROP TABLE tasks;`);
    db.close();

    const error = await openCore(path, { log: silent }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'DB_DAMAGED',
      message: expect.stringMatching(
        /^Cấu trúc tệp dữ liệu đã bị thay đổi ngoài phần mềm \(thiếu bảng "tasks"; có thêm trigger "wipe"; thiếu chỉ mục "tasks_/,
      ),
    });
    const ask = vi.fn<AskSecretary>(async () => 0);
    expect(await recoverFromDamage(path, error, ask, silent)).toBe('restored');
    expect(ask.mock.calls[0]![0].message).toMatch(/^Tệp dữ liệu bị hỏng\. Khôi phục từ bản sao lưu ngày/);
    const reopened = await openCore(path, { log: silent });
    try {
      expect(dumpDatabase(reopened)).toEqual(good);
    } finally {
      reopened.db.close();
    }
  });
});
