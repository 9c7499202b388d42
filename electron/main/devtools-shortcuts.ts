import type { Input } from 'electron';

const inspectorKeyCodes = new Set(['KeyI', 'KeyJ', 'KeyC']);

/**
 * F12 and Ctrl+Shift+I/J/C, Chromium's ways to open the developer tools. The installed app disables devtools in
 * its web preferences; swallowing the keys as well means a future preference change cannot hand anyone at the
 * secretary's desk a console that runs script in the page holding `window.api`. The physical key (`code`) is checked first because Vietnamese
 * input methods (Unikey, Telex) can change `key`.
 */
export function isDevToolsShortcut(input: Pick<Input, 'key' | 'code' | 'control' | 'shift' | 'alt' | 'meta'>): boolean {
  if (input.key === 'F12' || input.code === 'F12') return true;
  if (!input.control || !input.shift || input.alt || input.meta) return false;
  return inspectorKeyCodes.has(input.code) || ['i', 'j', 'c'].includes(input.key.toLowerCase());
}
