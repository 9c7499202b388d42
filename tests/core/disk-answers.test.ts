import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '@core/context';
import { dispatch } from '@core/dispatch/dispatch';
import { makeReadOnly } from '../support/read-only';
import { openTestCore } from '../support/temp-core';

const silent = { error: () => undefined, info: () => undefined };

describe('a data file on a read-only disk (issue 16, finding 8)', () => {
  it('opening says the disk is read-only, not that the file is damaged nor "Có lỗi ngoài dự kiến"', async () => {
    const ctx = await openTestCore();
    await dispatch(ctx, 'units:create', { name: 'Xã A', kind: 'xa' });
    ctx.db.close();
    const release = makeReadOnly(dirname(ctx.databasePath));
    try {
      await expect(openCore(ctx.databasePath, { log: silent })).rejects.toMatchObject({
        code: 'FILE_SYSTEM',
        message: expect.stringMatching(/chỉ đọc/),
      });
    } finally {
      release();
    }
  });

  it('a write refused by the disk mid-session is said in Vietnamese and changes nothing', async () => {
    const ctx = await openTestCore();
    await dispatch(ctx, 'units:create', { name: 'Xã A', kind: 'xa' });
    ctx.db.pragma('query_only = ON'); // what SQLite answers on a file that became read-only: SQLITE_READONLY
    const result = await dispatch(ctx, 'units:create', { name: 'Xã B', kind: 'xa' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_SYSTEM', message: expect.stringMatching(/chỉ đọc/) },
    });
    ctx.db.pragma('query_only = OFF');
    expect(ctx.repos.units.all().map((u) => u.name)).toEqual(['Xã A']);
  });
});
