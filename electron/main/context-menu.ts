import type { ContextMenuParams, Input, MenuItemConstructorOptions, WebContents } from 'electron';

/**
 * Right-click and zoom in the secretary's window. The installed app has no application menu (index.ts), which
 * also takes away Chromium's Ctrl+= / Ctrl+- / Ctrl+0, and Electron shows no context menu of its own: both are
 * given back here, in Vietnamese, for the main window only (print windows have no page to edit or zoom).
 */

export type ZoomStep = 'in' | 'out' | 'reset';

/** Chromium's zoom levels: 0 is 100 %, each step of 0.5 is about 9.5 % (what Electron's zoom roles do). */
const zoomStep = 0.5;
/** About 58 % to 207 %: beyond these the layout of the tables stops making sense. */
const zoomLimits = { min: -3, max: 4 };

export function nextZoomLevel(current: number, step: ZoomStep): number {
  if (step === 'reset') return 0;
  const next = current + (step === 'in' ? zoomStep : -zoomStep);
  return Math.min(zoomLimits.max, Math.max(zoomLimits.min, next));
}

export function applyZoom(contents: Pick<WebContents, 'getZoomLevel' | 'setZoomLevel'>, step: ZoomStep): void {
  contents.setZoomLevel(nextZoomLevel(contents.getZoomLevel(), step));
}

/**
 * Ctrl with + (or =), - and 0, on the main keyboard or the keypad. The physical key (`code`) is checked first
 * because Vietnamese input methods (Unikey, Telex) can change `key`.
 */
export function zoomShortcut(
  input: Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt'>,
): ZoomStep | null {
  if (input.type !== 'keyDown' || !(input.control || input.meta) || input.alt) return null;
  if (['Equal', 'NumpadAdd'].includes(input.code) || ['+', '='].includes(input.key)) return 'in';
  if (['Minus', 'NumpadSubtract'].includes(input.code) || input.key === '-') return 'out';
  if (['Digit0', 'Numpad0'].includes(input.code) || input.key === '0') return 'reset';
  return null;
}

export const contextMenuWords = {
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  zoomReset: 'Cỡ bình thường (100%)',
};

/**
 * The menu for one right-click: cut/copy/paste in a field (each enabled as Chromium reports it can), copy on
 * selected text, and zoom everywhere. Editing uses Electron's roles (they act on the focused page as the keyboard
 * shortcuts would); zoom goes through `zoom`, the same rule as the keyboard and Ctrl+wheel.
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'editFlags'>,
  zoom: (step: ZoomStep) => void,
): MenuItemConstructorOptions[] {
  const words = contextMenuWords;
  const editing: MenuItemConstructorOptions[] = params.isEditable
    ? [
        { role: 'cut', label: words.cut, enabled: params.editFlags.canCut },
        { role: 'copy', label: words.copy, enabled: params.editFlags.canCopy },
        { role: 'paste', label: words.paste, enabled: params.editFlags.canPaste },
        { role: 'selectAll', label: words.selectAll, enabled: params.editFlags.canSelectAll },
      ]
    : params.selectionText.trim() !== ''
      ? [{ role: 'copy', label: words.copy }]
      : [];
  const zooming: MenuItemConstructorOptions[] = [
    { label: words.zoomIn, accelerator: 'CmdOrCtrl+=', click: () => zoom('in') },
    { label: words.zoomOut, accelerator: 'CmdOrCtrl+-', click: () => zoom('out') },
    { label: words.zoomReset, accelerator: 'CmdOrCtrl+0', click: () => zoom('reset') },
  ];
  return editing.length > 0 ? [...editing, { type: 'separator' }, ...zooming] : zooming;
}
