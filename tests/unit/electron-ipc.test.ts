import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';

const preloadElectron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => preloadElectron.exposed.set(key, value) },
  ipcRenderer: { invoke: preloadElectron.invoke },
}));

import { channelNames, type Result } from '@shared/contract';
import { inputMessages } from '@shared/i18n/vi-errors';
import { openCore, type CoreContext } from '@core/context';
import { bindContract, isAppTopFrame, type FrameIdentity } from '@main/ipc';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** Collects what bindContract registers, the way Electron's ipcMain would. */
function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  const registrations: string[] = [];
  const ipcMain = {
    handle: (channel: string, handler: Handler) => {
      registrations.push(channel);
      handlers.set(channel, handler);
    },
  };
  return { ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers, registrations };
}

const rendererUrl = 'file:///C:/Program%20Files/Thi%20%C4%90ua%20Desk/resources/app.asar/out/renderer/index.html';
const mainFrame: FrameIdentity = { frameTreeNodeId: 1, parent: null, url: `${rendererUrl}#/don-vi`, detached: false };
const eventFrom = (senderFrame: FrameIdentity | null) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;
const fromApp = eventFrom(mainFrame);
const fromPreview = eventFrom({ frameTreeNodeId: 2, parent: mainFrame, url: 'about:srcdoc', detached: false });
const fromOtherWindow = eventFrom({ ...mainFrame, frameTreeNodeId: 3 });
const fromWebPage = eventFrom({ ...mainFrame, url: 'https://evil.example/' });
const forbidden = { ok: false, error: { code: 'FORBIDDEN_SENDER', message: inputMessages.forbiddenSender } };

describe('bindContract', () => {
  let dir: string;
  let ctx: CoreContext;
  let log: { error: Mock<(message: string, detail?: unknown) => void>; info: Mock<(message: string) => void> };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thi-dua-desk-ipc-'));
    log = { error: vi.fn(), info: vi.fn() };
    ctx = await openCore(join(dir, 'thi-dua-desk.sqlite'), {
      create: true,
      actor: 'test-ipc',
      now: () => new Date('2025-03-14T08:00:00Z'),
      log,
    });
  });

  afterEach(() => {
    ctx.db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function bound() {
    const fake = fakeIpcMain();
    bindContract(fake.ipcMain, ctx, (event) => isAppTopFrame(event.senderFrame, mainFrame, rendererUrl));
    return fake;
  }

  it('registers exactly the contract channels, each once', () => {
    const { registrations } = bound();
    expect(new Set(registrations)).toEqual(new Set(channelNames));
    expect(registrations).toHaveLength(channelNames.length);
  });

  it('answers the app page through the core: a valid call returns the value', async () => {
    const { handlers } = bound();
    const result = await handlers.get('app:info')!(fromApp, {});
    expect(result).toMatchObject({ ok: true, value: { databasePath: ctx.databasePath, setupDone: false } });
  });

  it('a bad payload gets INVALID_INPUT with a Vietnamese message naming the field', async () => {
    const { handlers } = bound();
    const result = await handlers.get('units:create')!(fromApp, { name: '', kind: 'không-có' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/^Dữ liệu nhập không hợp lệ: .*name/);
  });

  it('a subframe, another window or a foreign page gets FORBIDDEN_SENDER, and the database is untouched', async () => {
    const { handlers } = bound();
    const create = handlers.get('units:create')!;
    const input = { name: 'Xã Mỹ Tú', kind: 'xa' };
    for (const event of [fromPreview, fromOtherWindow, fromWebPage, eventFrom(null)]) {
      expect(await create(event, input)).toEqual(forbidden);
    }
    expect(log.error).toHaveBeenCalledTimes(4);
    const listed = await handlers.get('units:list')!(fromApp, {});
    expect(listed).toEqual({ ok: true, value: [] });
  });

  it('the same call from the app page does reach the database', async () => {
    const { handlers } = bound();
    const created = await handlers.get('units:create')!(fromApp, { name: 'Xã Mỹ Tú', kind: 'xa' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Xã Mỹ Tú' } });
  });

  it('a sender check that throws (a frame disposed mid-call) refuses instead of rejecting', async () => {
    const fake = fakeIpcMain();
    bindContract(fake.ipcMain, ctx, () => {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    });
    await expect(fake.handlers.get('app:info')!(fromApp, {})).resolves.toEqual(forbidden);
  });
});

describe('preload', () => {
  it('exposes only window.api, one invoker per channel, each a plain ipcRenderer.invoke', async () => {
    await import('@preload/index');
    expect([...preloadElectron.exposed.keys()]).toEqual(['api']);
    const api = preloadElectron.exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(new Set(Object.keys(api))).toEqual(new Set(channelNames));

    const reply = await api['units:list']!({ includeRetired: true });
    expect(preloadElectron.invoke).toHaveBeenCalledExactlyOnceWith('units:list', { includeRetired: true });
    expect(reply).toEqual({ ok: true, value: { channel: 'units:list', input: { includeRetired: true } } });
  });
});
