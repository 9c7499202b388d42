import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '@core/dispatch/dispatch';
import { pathMessages } from '@shared/i18n/vi-paths';
import { pickPath } from '../support/pick-path';
import { openTestCore, tempDir } from '../support/temp-core';

const file = (fileName: string, text: string) => ({ fileName, contentBase64: Buffer.from(text).toString('base64') });

/** A core where the secretary has picked `folder` once in the app's folder dialog; its token. */
async function pickedFolder(folder: string) {
  const ctx = await openTestCore();
  vi.spyOn(ctx.log, 'error').mockImplementation(() => {});
  return { ctx, token: await pickPath(ctx, 'export-files-folder', folder) };
}

describe('saving several exported files into one folder (files:saveToFolder)', () => {
  it('writes every file into the folder picked once, byte for byte', async () => {
    const folder = tempDir();
    const { ctx, token } = await pickedFolder(folder);
    const files = Array.from({ length: 11 }, (_, i) => file(`mau-so-lieu-2023-Q2-don-vi-${i + 1}.xlsx`, `sổ ${i}`));
    const result = await dispatch(ctx, 'files:saveToFolder', { folder: token, files });
    expect(result).toEqual({ ok: true, value: { folder, fileNames: files.map((f) => f.fileName) } });
    expect(readdirSync(folder).sort()).toEqual(files.map((f) => f.fileName).sort());
    expect(readFileSync(join(folder, 'mau-so-lieu-2023-Q2-don-vi-3.xlsx'), 'utf8')).toBe('sổ 2');
  });

  it('never replaces a file already in the folder: the new one is numbered as Explorer would', async () => {
    const folder = tempDir();
    writeFileSync(join(folder, 'Xã Long Hưng.xlsx'), 'số liệu xã đã gửi về');
    const { ctx, token } = await pickedFolder(folder);
    const result = await dispatch(ctx, 'files:saveToFolder', {
      folder: token,
      files: [file('Xã Long Hưng.xlsx', 'mẫu mới'), file('Xã Long Hưng.xlsx', 'mẫu thứ hai')],
    });
    expect(result).toMatchObject({
      ok: true,
      value: { fileNames: ['Xã Long Hưng (2).xlsx', 'Xã Long Hưng (3).xlsx'] },
    });
    expect(readFileSync(join(folder, 'Xã Long Hưng.xlsx'), 'utf8')).toBe('số liệu xã đã gửi về');
    expect(readFileSync(join(folder, 'Xã Long Hưng (2).xlsx'), 'utf8')).toBe('mẫu mới');
  });

  it('all or nothing: a file that cannot be written removes those written before it, and names it', async () => {
    const folder = tempDir();
    const { ctx, token } = await pickedFolder(folder);
    // "z.xlsx" and its 999 numbered names are taken (by folders): the third file cannot get a name.
    mkdirSync(join(folder, 'z.xlsx'));
    for (let copy = 2; copy <= 1000; copy += 1) mkdirSync(join(folder, `z (${copy}).xlsx`));
    const result = await dispatch(ctx, 'files:saveToFolder', {
      folder: token,
      files: [file('a.xlsx', 'x'), file('b.xlsx', 'y'), file('z.xlsx', 'z')],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FILE_SYSTEM' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Không ghi được tệp "z\.xlsx" vào thư mục ".*" \(EEXIST\)/);
    expect(existsSync(join(folder, 'a.xlsx'))).toBe(false);
    expect(existsSync(join(folder, 'b.xlsx'))).toBe(false);
  });

  it('a folder gone since it was picked (a USB stick pulled out) is named, nothing written', async () => {
    const folder = join(tempDir(), 'USB');
    mkdirSync(folder);
    const { ctx, token } = await pickedFolder(folder);
    rmSync(folder, { recursive: true });
    expect(await dispatch(ctx, 'files:saveToFolder', { folder: token, files: [file('a.xlsx', 'x')] })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: pathMessages.notFolder(folder) },
    });
  });

  it('the page cannot name a folder: a path, or a token picked for something else, is refused', async () => {
    const folder = tempDir();
    const { ctx } = await pickedFolder(folder);
    const backupToken = await pickPath(ctx, 'backup-folder', folder);
    const files = [file('a.xlsx', 'x')];
    expect(await dispatch(ctx, 'files:saveToFolder', { folder, files })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining(pathMessages.notToken) },
    });
    expect(await dispatch(ctx, 'files:saveToFolder', { folder: backupToken, files })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: pathMessages.wrongPurpose },
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses names that would leave the folder or that Windows cannot hold, naming the field', async () => {
    const folder = tempDir();
    const { ctx, token } = await pickedFolder(folder);
    for (const fileName of [
      '../a.xlsx',
      'a\\b.xlsx',
      'CON.xlsx',
      'a.xlsx.',
      'a.exe',
      'a:b.xlsx',
      'a'.repeat(151) + '.pdf',
    ]) {
      const result = await dispatch(ctx, 'files:saveToFolder', { folder: token, files: [file(fileName, 'x')] });
      expect(result, fileName).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (!result.ok) expect(result.error.message).toContain('files.0.fileName: tên tệp phải là');
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});
