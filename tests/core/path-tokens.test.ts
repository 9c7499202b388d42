import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '@core/dispatch/dispatch';
import { typedPathPicker } from '@core/paths/path-picker';
import { isAbsoluteLocalPath, isNetworkOrDevicePath } from '@core/paths/path-policy';
import { PathTokens } from '@core/paths/path-tokens';
import { createDialogPathPicker, openDialogOptions } from '@main/path-picker';
import { readBackupSettings } from '@core/backups/backup-settings';
import { dumpDatabase, openDemoCore } from '../support/demo-core';
import { pickPath } from '../support/pick-path';
import { openTestCore, tempDir } from '../support/temp-core';

const networkAndDevicePaths = [
  '\\\\may-chu\\ThiDua',
  '\\\\attacker.example\\share\\du-lieu.sqlite',
  '//may-chu/ThiDua',
  '\\\\?\\C:\\Windows\\du-lieu.sqlite',
  '\\\\.\\pipe\\thi-dua',
  '\\\\?\\UNC\\may-chu\\share',
  '\\??\\C:\\x',
];

describe('paths from the renderer: tokens of paths picked in the app, never paths', () => {
  it('a UNC or device path through any backup channel is refused before anything touches the disk', async () => {
    const ctx = await openDemoCore();
    const before = dumpDatabase(ctx);
    const cwdBefore = readdirSync('.');
    for (const path of networkAndDevicePaths) {
      for (const [channel, input] of [
        ['backups:restore', { backup: path }],
        ['backups:setFolder', { folder: path }],
        ['backups:exportDatabase', { folder: path }],
        ['backups:importDatabase', { file: path }],
      ] as const) {
        const result = await dispatch(ctx, channel, input);
        expect(result, `${channel} ${path}`).toMatchObject({
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: expect.stringContaining('Đường dẫn phải được chọn bằng nút "Chọn…"'),
          },
        });
      }
    }
    expect(dumpDatabase(ctx)).toEqual(before);
    expect(readBackupSettings(ctx.databasePath).folder).toBeNull();
    expect(readdirSync('.')).toEqual(cwdBefore);
  });

  it('the browser picker takes a typed full local path and refuses shares, devices and partial paths', async () => {
    const ctx = await openTestCore({ picker: typedPathPicker });
    expect(await invoke(ctx, 'paths:picker', {})).toEqual({ mode: 'typed' });
    for (const typedPath of [...networkAndDevicePaths, 'SaoLuu', 'C:SaoLuu', '..\\SaoLuu']) {
      const result = await dispatch(ctx, 'paths:choose', { purpose: 'backup-folder', typedPath });
      expect(result, typedPath).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await dispatch(ctx, 'paths:choose', { purpose: 'backup-folder' })).toMatchObject({
      ok: false,
      error: { message: 'Hãy nhập đường dẫn đầy đủ rồi bấm "Chọn".' },
    });
    const folder = tempDir();
    const chosen = await invoke(ctx, 'paths:choose', { purpose: 'backup-folder', typedPath: ` ${folder} ` });
    expect(chosen).toEqual({ token: expect.stringMatching(/^p_[A-Za-z0-9_-]{32}$/), path: folder });
    const overview = await invoke(ctx, 'backups:setFolder', { folder: chosen!.token });
    expect(overview).toMatchObject({ folder, usesDefaultFolder: false });
  });

  it('a token works only for the purpose it was picked for, and a cancelled dialog gives nothing', async () => {
    const ctx = await openTestCore();
    const folder = tempDir();
    const forExport = await pickPath(ctx, 'export-database-folder', folder);
    expect(await dispatch(ctx, 'backups:setFolder', { folder: forExport })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Đường dẫn này được chọn cho việc khác; hãy chọn lại.' },
    });
    const forgotten = `p_${'A'.repeat(32)}`;
    expect(await dispatch(ctx, 'backups:exportDatabase', { folder: forgotten })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Đường dẫn đã chọn không còn hiệu lực; hãy chọn lại.' },
    });
    ctx.picker = { mode: 'dialog', choose: () => Promise.resolve(null) };
    expect(await invoke(ctx, 'paths:choose', { purpose: 'export-database-folder' })).toBeNull();
    expect(await invoke(ctx, 'backups:exportDatabase', { folder: forExport })).toMatchObject({
      path: expect.stringContaining(folder),
    });
  });

  it('without a picker (the CLI, plain tests) choosing says it is not available here', async () => {
    const ctx = await openTestCore();
    expect(await invoke(ctx, 'paths:picker', {})).toEqual({ mode: 'none' });
    expect(await dispatch(ctx, 'paths:choose', { purpose: 'backup-folder' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
  });

  it('a file picked to import must be a file, a folder picked must be a folder', async () => {
    const ctx = await openTestCore();
    const dir = tempDir();
    const file = join(dir, 'du-lieu.sqlite');
    writeFileSync(file, 'x');
    ctx.picker = { mode: 'dialog', choose: () => Promise.resolve(dir) };
    expect(await dispatch(ctx, 'paths:choose', { purpose: 'import-database-file' })).toMatchObject({
      ok: false,
      error: { message: `"${dir}" không phải là tệp có sẵn.` },
    });
    ctx.picker = { mode: 'dialog', choose: () => Promise.resolve(file) };
    expect(await dispatch(ctx, 'paths:choose', { purpose: 'export-database-folder' })).toMatchObject({
      ok: false,
      error: { message: `"${file}" không phải là thư mục có sẵn.` },
    });
  });
});

describe('path rules and the token table', () => {
  it('recognises shares and device namespaces however they are written', () => {
    for (const path of networkAndDevicePaths) expect(isNetworkOrDevicePath(path), path).toBe(true);
    for (const path of ['C:\\SaoLuu', 'D:/SaoLuu', '/home/thu-ky/sao-luu', 'E:\\']) {
      expect(isNetworkOrDevicePath(path), path).toBe(false);
      expect(isAbsoluteLocalPath(path), path).toBe(true);
    }
    for (const path of ['SaoLuu', 'C:SaoLuu', '.\\x', '']) expect(isAbsoluteLocalPath(path), path).toBe(false);
  });

  it('one token per path and purpose, unguessable, and the oldest forgotten beyond 500', () => {
    const tokens = new PathTokens();
    const first = tokens.issue('/a', 'backup-folder');
    expect(tokens.issue('/a', 'backup-folder')).toBe(first);
    expect(tokens.issue('/a', 'export-files-folder')).not.toBe(first);
    expect(tokens.resolve(first, 'backup-folder')).toBe('/a');
    for (let i = 0; i < 500; i++) tokens.issue(`/b${i}`, 'backup-folder');
    expect(() => tokens.resolve(first, 'backup-folder')).toThrow(/không còn hiệu lực/);
    expect(tokens.resolve(tokens.issue('/b499', 'backup-folder'), 'backup-folder')).toBe('/b499');
  });
});

describe('the desktop app’s picker is Electron’s native dialog', () => {
  it('asks in Vietnamese for an existing folder (never creating one) or a database file', async () => {
    expect(openDialogOptions({ purpose: 'backup-folder', kind: 'folder' })).toEqual({
      title: 'Chọn thư mục sao lưu',
      buttonLabel: 'Chọn thư mục này',
      properties: ['openDirectory', 'dontAddToRecent'],
    });
    const file = openDialogOptions({ purpose: 'import-database-file', kind: 'file' });
    expect(file.properties).toEqual(['openFile', 'dontAddToRecent']);
    expect(file.filters?.[0]).toEqual({ name: 'Dữ liệu Thi Đua Desk (*.sqlite)', extensions: ['sqlite'] });

    // Whatever the dialog returns is used (a share the secretary pointed at); a typed path from the page is ignored.
    const asked: unknown[] = [];
    const dialog = {
      showOpenDialog: (...args: unknown[]) => {
        asked.push(args);
        return Promise.resolve({ canceled: false, filePaths: ['\\\\may-chu\\ThiDua'] });
      },
    };
    const picker = createDialogPathPicker(dialog as never, () => null);
    expect(picker.mode).toBe('dialog');
    expect(await picker.choose({ purpose: 'backup-folder', kind: 'folder', typedPath: 'C:\\khac' })).toBe(
      '\\\\may-chu\\ThiDua',
    );
    expect(asked).toHaveLength(1);
    const cancelled = createDialogPathPicker(
      { showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) } as never,
      () => null,
    );
    expect(await cancelled.choose({ purpose: 'backup-folder', kind: 'folder' })).toBeNull();
  });
});
