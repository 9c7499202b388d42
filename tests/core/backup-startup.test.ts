import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRecoveryOffer } from '@core/backups/startup-recovery';
import { openCore, type CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';
import { createBackup } from '@core/backups/service';
import { startHarness, type Harness } from '@harness/server';
import { recoverFromDamage, type AskSecretary } from '@main/startup-error';
import { dumpDatabase } from '../support/demo-core';
import { pickPath } from '../support/pick-path';
import { fixedNow, openTestCore, tempDir } from '../support/temp-core';

const silent = { error: () => undefined, info: () => undefined };

/** Overwrites one page in the middle of a closed database file with garbage, as a bad sector or a virus would. */
function damageMiddlePage(path: string): void {
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(path);
  const page = Math.floor(bytes.length / pageSize / 2);
  bytes.fill(0x5a, page * pageSize, (page + 1) * pageSize);
  writeFileSync(path, bytes);
}

interface DamagedSetup {
  databasePath: string;
  good: string;
  badNewer: string | null;
  goodDump: Record<string, string[]>;
}

/**
 * A database with a good backup (and optionally a newer, damaged one), then itself damaged after more work.
 * Enough units that the middle page is a data page.
 */
async function damagedDatabaseWithBackups(options: {
  damagedNewerBackup: boolean;
  dir?: string;
}): Promise<DamagedSetup> {
  const dir = options.dir ?? tempDir();
  const databasePath = join(dir, 'thi-dua-desk.sqlite');
  const ctx = await openTestCore({ file: databasePath });
  for (let i = 0; i < 60; i++)
    await invoke(ctx, 'units:create', { name: `Xã số ${i} ${'dài '.repeat(20)}`, kind: 'xa' });
  const good = (await createBackup(ctx, 'scheduled')).path;
  const goodDump = dumpDatabase(ctx);
  await invoke(ctx, 'units:create', { name: 'Xã thêm sau bản sao lưu tốt', kind: 'xa' });
  let badNewer: string | null = null;
  if (options.damagedNewerBackup) {
    badNewer = (await createBackup(ctx, 'scheduled')).path;
    damageMiddlePage(badNewer);
  }
  ctx.db.close();
  damageMiddlePage(databasePath);
  await expect(openCore(databasePath, { log: silent })).rejects.toMatchObject({ code: 'DB_DAMAGED' });
  return { databasePath, good, badNewer, goodDump };
}

async function openAndDump(databasePath: string): Promise<Record<string, string[]>> {
  const ctx: CoreContext = await openCore(databasePath, { log: silent, now: fixedNow });
  try {
    return dumpDatabase(ctx);
  } finally {
    ctx.db.close();
  }
}

describe('start-up with a damaged database (core)', () => {
  it('offers the newest backup that passes integrity_check, skipping newer damaged ones', async () => {
    const setup = await damagedDatabaseWithBackups({ damagedNewerBackup: true });
    const offer = findRecoveryOffer(setup.databasePath, 'hỏng');
    expect(offer.backup?.path).toBe(setup.good);
    expect(offer.skipped).toEqual([{ path: setup.badNewer, problem: expect.stringContaining('bị hỏng') }]);
  });

  it('asks in Vietnamese; "Khôi phục" restores the backup and keeps the damaged file beside it', async () => {
    const setup = await damagedDatabaseWithBackups({ damagedNewerBackup: false });
    const damagedBytes = readFileSync(setup.databasePath);
    const ask = vi.fn<AskSecretary>(async () => 0);
    const error = await openCore(setup.databasePath, { log: silent }).catch((e: unknown) => e);

    expect(await recoverFromDamage(setup.databasePath, error, ask, silent)).toBe('restored');
    const question = ask.mock.calls[0]![0];
    expect(question.message).toMatch(
      /^Tệp dữ liệu bị hỏng\. Khôi phục từ bản sao lưu ngày \d{2}\/04\/2023 \d{2}:\d{2}\?$/,
    );
    expect(question.buttons).toEqual(['Khôi phục', 'Thoát']);
    expect(question.detail).toContain('Tệp hỏng được giữ lại');

    expect(await openAndDump(setup.databasePath)).toEqual(setup.goodDump);
    const kept = readdirSync(dirname(setup.databasePath)).filter((n) => n.includes('.hong-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dirname(setup.databasePath), kept[0]!)).equals(damagedBytes)).toBe(true);
  });

  it('"Thoát" leaves the damaged file exactly as it was and creates nothing in its place', async () => {
    const setup = await damagedDatabaseWithBackups({ damagedNewerBackup: false });
    const before = readFileSync(setup.databasePath);
    const error = await openCore(setup.databasePath, { log: silent }).catch((e: unknown) => e);
    expect(await recoverFromDamage(setup.databasePath, error, async () => 1, silent)).toBe('quit');
    expect(readFileSync(setup.databasePath).equals(before)).toBe(true);
  });

  it('without a good backup, says so and quits; never an empty database', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'thi-dua-desk.sqlite');
    const ctx = await openTestCore({ file: databasePath });
    for (let i = 0; i < 60; i++)
      await invoke(ctx, 'units:create', { name: `Xã ${i} ${'dài '.repeat(20)}`, kind: 'xa' });
    ctx.db.close();
    damageMiddlePage(databasePath);
    const before = readFileSync(databasePath);
    const ask = vi.fn<AskSecretary>(async () => 0);
    const error = await openCore(databasePath, { log: silent }).catch((e: unknown) => e);

    expect(await recoverFromDamage(databasePath, error, ask, silent)).toBe('quit');
    expect(ask.mock.calls[0]![0].buttons).toEqual(['Thoát']);
    expect(ask.mock.calls[0]![0].message).toContain('không tìm thấy bản sao lưu nào còn tốt');
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });

  it('leaves other start-up failures (a newer version, a foreign file) to the ordinary error', async () => {
    const ask = vi.fn<AskSecretary>(async () => 0);
    const path = join(tempDir(), 'x.sqlite');
    writeFileSync(path, 'not a database, long enough to have a header');
    const error = await openCore(path, { log: silent }).catch((e: unknown) => e);
    expect(await recoverFromDamage(path, error, ask, silent)).toBe('not-damaged');
    expect(ask).not.toHaveBeenCalled();
  });

  it('finds backups in the chosen folder (USB stick) as well as the default one', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'thi-dua-desk.sqlite');
    const ctx = await openTestCore({ file: databasePath });
    for (let i = 0; i < 60; i++)
      await invoke(ctx, 'units:create', { name: `Xã ${i} ${'dài '.repeat(20)}`, kind: 'xa' });
    const usb = join(tempDir(), 'USB');
    mkdirSync(usb);
    await invoke(ctx, 'backups:setFolder', { folder: await pickPath(ctx, 'backup-folder', usb) });
    const onStick = await createBackup(ctx, 'manual');
    ctx.db.close();
    damageMiddlePage(databasePath);
    expect(findRecoveryOffer(databasePath, 'hỏng').backup?.path).toBe(onStick.path);
    expect(onStick.folder).toBe(usb);
  });
});

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function rendererDir(): string {
  const dir = join(tempDir(), 'renderer');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>app</title></head><body>ỨNG DỤNG</body></html>',
  );
  return dir;
}

/** A raw request carrying the run's token, so tests can send the headers a browser would not let a page forge. */
function raw(h: Harness, path: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const headers = { ...h.authHeaders, ...options.headers };
    const req = request({ host: '127.0.0.1', port: h.port, path, method: options.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('start-up with a damaged database (harness, HTTP)', () => {
  it('serves a Vietnamese recovery page, restores the offered backup on confirmation, then runs normally', async () => {
    const setup = await damagedDatabaseWithBackups({ damagedNewerBackup: true });
    harness = await startHarness({ databasePath: setup.databasePath, rendererDir: rendererDir(), log: silent });
    const origin = harness.origin;
    const page = (path = '/') => fetch(`${origin}${path}`, { headers: harness!.authHeaders });
    expect(harness.recoveryOffer?.backup?.path).toBe(setup.good);
    expect(() => harness!.ctx).toThrow(/recovery mode/);

    const recoveryPage = await page();
    expect(recoveryPage.headers.get('content-type')).toMatch(/^text\/html/);
    expect(recoveryPage.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await recoveryPage.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toMatch(/Tệp dữ liệu bị hỏng\. Khôi phục từ bản sao lưu ngày \d{2}\/04\/2023/);
    expect(html).toContain(`data-backup="${setup.good.split('/').at(-1)}"`);
    expect(html).toContain('Bỏ qua');
    expect(html).not.toMatch(/<script>/); // no inline script under the CSP
    const script = await (await page('/__harness/recovery.js')).text();
    expect(script).toContain('/__harness/recovery/restore');

    // The app's channels wait: nothing runs against a damaged file.
    const blocked = await raw(harness, '/__harness/invoke/units:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: '{}',
    });
    expect(blocked.status).toBe(503);
    expect(JSON.parse(blocked.body)).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });

    const restorePath = '/__harness/recovery/restore';
    const confirm = JSON.stringify({ confirm: true, backup: harness.recoveryOffer!.backup!.fileName });
    const foreign = await raw(harness, restorePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: confirm,
    });
    expect(foreign.status).toBe(403);
    const form = await raw(harness, restorePath, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: 'confirm=true',
    });
    expect(form.status).toBe(415);
    const other = await raw(harness, restorePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ confirm: true, backup: setup.badNewer!.split('/').at(-1) }),
    });
    expect(JSON.parse(other.body)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(existsSync(setup.databasePath) && harness.recoveryOffer).not.toBeNull();

    const restored = await raw(harness, restorePath, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: confirm,
    });
    expect(restored.status).toBe(200);
    expect(JSON.parse(restored.body)).toMatchObject({
      ok: true,
      value: { message: expect.stringContaining('Đã khôi phục dữ liệu từ bản sao lưu') },
    });

    expect(harness.recoveryOffer).toBeNull();
    expect(dumpDatabase(harness.ctx)).toEqual(setup.goodDump);
    expect(await (await page()).text()).toContain('ỨNG DỤNG');
    const units = await raw(harness, '/__harness/invoke/units:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: '{}',
    });
    expect(JSON.parse(units.body)).toMatchObject({ ok: true });
  });

  it('with no good backup: says so, offers no button, and leaves the file untouched', async () => {
    const dir = tempDir();
    const databasePath = join(dir, 'thi-dua-desk.sqlite');
    const ctx = await openTestCore({ file: databasePath });
    for (let i = 0; i < 60; i++)
      await invoke(ctx, 'units:create', { name: `Xã ${i} ${'dài '.repeat(20)}`, kind: 'xa' });
    ctx.db.close();
    damageMiddlePage(databasePath);
    const before = readFileSync(databasePath);

    harness = await startHarness({ databasePath, rendererDir: rendererDir(), log: silent });
    const html = (await raw(harness, '/', {})).body;
    expect(html).toContain('không tìm thấy bản sao lưu nào còn tốt');
    expect(html).not.toContain('<button');
    const attempt = await raw(harness, '/__harness/recovery/restore', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: harness.origin },
      body: JSON.stringify({ confirm: true, backup: 'thi-dua-desk.sqlite' }),
    });
    expect(JSON.parse(attempt.body)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });

  it('escapes every file name and message it shows', async () => {
    const dir = join(tempDir(), `<i>"Sao" & 'lưu'<i>`);
    mkdirSync(dir);
    const setup = await damagedDatabaseWithBackups({ damagedNewerBackup: false, dir });
    harness = await startHarness({ databasePath: setup.databasePath, rendererDir: rendererDir(), log: silent });
    const html = (await raw(harness, '/', {})).body;
    expect(html).not.toContain('<i>');
    expect(html).not.toContain(`"Sao"`);
    expect(html).toContain('&lt;i&gt;&quot;Sao&quot; &amp; &#39;lưu&#39;&lt;i&gt;');
  });
});
