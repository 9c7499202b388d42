import { z } from 'zod';
import { defineChannel } from './define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** False until the secretary has chosen demo data or an empty start. */
  setupDone: boolean;
  demo: boolean;
}

export const appChannels = {
  'app:info': defineChannel<AppInfo>()(z.object({}).strict()),
  'app:setup': defineChannel<AppInfo>()(z.object({ mode: z.enum(['demo', 'empty']) }).strict()),
};
