import type { backupsChannels } from '@shared/contract/backups';
import {
  backupOverview,
  createBackup,
  exportDatabase,
  importDatabase,
  restoreBackup,
  setBackupFolder,
  undoRestore,
} from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const backupsHandlers: HandlersFor<typeof backupsChannels> = {
  'backups:list': (_input, ctx) => backupOverview(ctx),
  'backups:create': (_input, ctx) => createBackup(ctx, 'manual'),
  'backups:restore': (input, ctx) => restoreBackup(ctx, input.path),
  'backups:undoRestore': (_input, ctx) => undoRestore(ctx),
  'backups:setFolder': (input, ctx) => setBackupFolder(ctx, input.folder),
  'backups:exportDatabase': (input, ctx) => exportDatabase(ctx, input.folder),
  'backups:importDatabase': (input, ctx) => importDatabase(ctx, input.path),
};
