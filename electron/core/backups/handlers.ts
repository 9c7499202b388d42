import type { backupsChannels } from '@shared/contract/backups';
import { setBackupFolder } from './folder';
import { importDatabase, restoreBackup, undoRestore } from './restore';
import { backupOverview, createBackup, exportDatabase } from './service';
import type { HandlersFor } from '../dispatch/handler-types';

export const backupsHandlers: HandlersFor<typeof backupsChannels> = {
  'backups:list': (_input, ctx) => backupOverview(ctx),
  'backups:create': (_input, ctx) => createBackup(ctx, 'manual'),
  'backups:restore': (input, ctx) => restoreBackup(ctx, ctx.paths.resolve(input.backup, 'listed-backup')),
  'backups:undoRestore': (_input, ctx) => undoRestore(ctx),
  'backups:setFolder': (input, ctx) =>
    setBackupFolder(ctx, input.folder === null ? null : ctx.paths.resolve(input.folder, 'backup-folder')),
  'backups:exportDatabase': (input, ctx) =>
    exportDatabase(ctx, ctx.paths.resolve(input.folder, 'export-database-folder')),
  'backups:importDatabase': (input, ctx) => importDatabase(ctx, ctx.paths.resolve(input.file, 'import-database-file')),
};
