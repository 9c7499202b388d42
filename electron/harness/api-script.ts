import { channelNames } from '@shared/contract';

/**
 * The harness's stand-in for the preload: the same `window.api` shape (one function per contract channel,
 * each resolving to the result envelope), but carried over HTTP on loopback instead of Electron IPC.
 */
export function harnessApiScript(invokePath: string): string {
  return `(() => {
  const channels = ${JSON.stringify(channelNames)};
  const api = {};
  for (const channel of channels) {
    api[channel] = (input) =>
      fetch(${JSON.stringify(invokePath)} + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : input),
      }).then((response) => response.json());
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
