import type { Api } from '@shared/contract';

declare global {
  interface Window {
    /** Injected by Electron's preload, or by the loopback test harness; typed by the shared contract. */
    api: Api;
  }
}
