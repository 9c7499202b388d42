import { afterEach, describe, expect, it, vi } from 'vitest';

// Main-process modules must never load the real package here: it would try to download the Electron binary.
vi.mock('electron', () => ({}));

import { contextMenuTemplate, nextZoomLevel, zoomShortcut } from '@main/context-menu';
import { quitAfterFinalBackup } from '@main/quit-backup';

const key = (overrides: Partial<Parameters<typeof zoomShortcut>[0]>) => ({
  type: 'keyDown' as const,
  key: '',
  code: '',
  control: true,
  meta: false,
  alt: false,
  ...overrides,
});

describe('zoom', () => {
  it('Ctrl with + or =, - and 0, on the main keys or the keypad', () => {
    expect(zoomShortcut(key({ key: '=', code: 'Equal' }))).toBe('in');
    expect(zoomShortcut(key({ key: '+', code: 'Equal' }))).toBe('in'); // Ctrl+Shift+=
    expect(zoomShortcut(key({ key: '+', code: 'NumpadAdd' }))).toBe('in');
    expect(zoomShortcut(key({ key: '-', code: 'Minus' }))).toBe('out');
    expect(zoomShortcut(key({ key: '-', code: 'NumpadSubtract' }))).toBe('out');
    expect(zoomShortcut(key({ key: '0', code: 'Digit0' }))).toBe('reset');
    expect(zoomShortcut(key({ key: '0', code: 'Numpad0' }))).toBe('reset');
  });

  it('by the physical key when a Vietnamese input method changes what the key types', () => {
    expect(zoomShortcut(key({ key: 'đ', code: 'Equal' }))).toBe('in');
    expect(zoomShortcut(key({ key: 'ư', code: 'Minus' }))).toBe('out');
  });

  it('not without Ctrl, not with Alt, not on key release, not for other keys', () => {
    expect(zoomShortcut(key({ key: '=', code: 'Equal', control: false }))).toBeNull();
    expect(zoomShortcut(key({ key: '=', code: 'Equal', alt: true }))).toBeNull();
    expect(zoomShortcut(key({ key: '=', code: 'Equal', type: 'keyUp' }))).toBeNull();
    expect(zoomShortcut(key({ key: 'c', code: 'KeyC' }))).toBeNull();
  });

  it('steps by half a level from 100 % and stops at about 58 % and 207 %', () => {
    expect(nextZoomLevel(0, 'in')).toBe(0.5);
    expect(nextZoomLevel(0.5, 'out')).toBe(0);
    expect(nextZoomLevel(2.5, 'reset')).toBe(0);
    expect(nextZoomLevel(4, 'in')).toBe(4);
    expect(nextZoomLevel(-3, 'out')).toBe(-3);
    expect(1.2 ** 4).toBeCloseTo(2.07, 2);
    expect(1.2 ** -3).toBeCloseTo(0.58, 2);
  });
});

describe('the right-click menu', () => {
  const flags = {
    canCut: true,
    canCopy: true,
    canPaste: true,
    canSelectAll: true,
    canUndo: false,
    canRedo: false,
    canDelete: true,
    canEditRichly: false,
  };
  const labels = (template: ReturnType<typeof contextMenuTemplate>) =>
    template.map((item) => (item.type === 'separator' ? '—' : `${item.label}${item.role ? `:${item.role}` : ''}`));

  it('in a field: cut, copy, paste, select all, then zoom', () => {
    const template = contextMenuTemplate(
      { isEditable: true, selectionText: 'Xã Long Hưng', editFlags: flags },
      vi.fn(),
    );
    expect(labels(template)).toEqual([
      'Cắt:cut',
      'Sao chép:copy',
      'Dán:paste',
      'Chọn tất cả:selectAll',
      '—',
      'Phóng to',
      'Thu nhỏ',
      'Cỡ bình thường (100%)',
    ]);
  });

  it('what Chromium says cannot be done is greyed out', () => {
    const template = contextMenuTemplate(
      { isEditable: true, selectionText: '', editFlags: { ...flags, canCut: false, canCopy: false } },
      vi.fn(),
    );
    expect(template.slice(0, 3).map((item) => item.enabled)).toEqual([false, false, true]);
  });

  it('on selected text: copy; elsewhere: zoom only; the zoom items call the zoom rule', () => {
    const zoom = vi.fn();
    const selected = contextMenuTemplate({ isEditable: false, selectionText: ' 320.080 ', editFlags: flags }, zoom);
    expect(labels(selected)[0]).toBe('Sao chép:copy');
    const plain = contextMenuTemplate({ isEditable: false, selectionText: ' ', editFlags: flags }, zoom);
    expect(labels(plain)).toEqual(['Phóng to', 'Thu nhỏ', 'Cỡ bình thường (100%)']);
    for (const item of plain) item.click!({} as never, undefined, {} as never);
    expect(zoom.mock.calls).toEqual([['in'], ['out'], ['reset']]);
  });
});

describe('quitting after the final backup', () => {
  afterEach(() => vi.useRealTimers());

  function hooks(finalBackup: () => Promise<unknown>) {
    return { finalBackup, timeoutMs: 60_000, quit: vi.fn(), relaunch: vi.fn(), tellSecretary: vi.fn() };
  }

  it('holds the quit until the backup is written, then quits once; a start before that is a normal focus', async () => {
    let finish!: () => void;
    const h = hooks(() => new Promise<void>((done) => (finish = done)));
    const guard = quitAfterFinalBackup(h);
    expect(guard.answerSecondStart()).toBe(false);
    expect(guard.holdQuit()).toBe(true);
    expect(guard.holdQuit()).toBe(true); // a second quit request while copying does not cut it short
    expect(h.quit).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(h.quit).toHaveBeenCalledTimes(1));
    expect(h.relaunch).not.toHaveBeenCalled();
    expect(guard.holdQuit()).toBe(false);
  });

  it('a slow backup (an unreachable network folder) gives up after the time limit', async () => {
    vi.useFakeTimers();
    const h = hooks(() => new Promise(() => {}));
    const guard = quitAfterFinalBackup(h);
    guard.holdQuit();
    expect(guard.answerSecondStart()).toBe(true);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(h.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(h.relaunch).toHaveBeenCalledTimes(1);
    expect(h.quit).toHaveBeenCalledTimes(1);
  });

  it('a failed backup still quits (the scheduler has logged it)', async () => {
    const h = hooks(() => Promise.reject(new Error('ENOSPC')));
    quitAfterFinalBackup(h).holdQuit();
    await vi.waitFor(() => expect(h.quit).toHaveBeenCalledTimes(1));
  });

  it('repeated starts during the backup: one message, one relaunch', async () => {
    let finish!: () => void;
    const h = hooks(() => new Promise<void>((done) => (finish = done)));
    const guard = quitAfterFinalBackup(h);
    guard.holdQuit();
    expect([guard.answerSecondStart(), guard.answerSecondStart(), guard.answerSecondStart()]).toEqual([
      true,
      true,
      true,
    ]);
    expect(h.tellSecretary).toHaveBeenCalledTimes(1);
    finish();
    await vi.waitFor(() => expect(h.quit).toHaveBeenCalledTimes(1));
    expect(h.relaunch).toHaveBeenCalledTimes(1);
  });
});
