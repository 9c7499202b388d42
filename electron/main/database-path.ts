import type { App } from 'electron';
import { join } from 'node:path';

export const databaseFileName = 'thi-dua-desk.sqlite';

export interface DatabaseLocation {
  databasePath: string;
  /** Copies taken before migrations (and by the backup service) go beside the database, in `backups`. */
  backupDir: string;
}

/**
 * The database lives in the per-user application data folder (`%APPDATA%\Thi Đua Desk` on Windows): it survives
 * reinstalls and updates (the installer keeps app data on uninstall) and needs no administrator rights.
 */
export function databaseLocation(app: Pick<App, 'getPath'>): DatabaseLocation {
  const userData = app.getPath('userData');
  return { databasePath: join(userData, databaseFileName), backupDir: join(userData, 'backups') };
}
