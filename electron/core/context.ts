import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { schemaMessages } from '@shared/i18n/vi-schema';
import { createRepositories, type Repositories } from './repositories';
import { ensureIdentity } from './db/identity';
import { openDatabase, type OpenOptions } from './db/open';
import type { PathPicker } from './paths/path-picker';
import { PathTokens } from './paths/path-tokens';
import type { DocumentPrinter } from './documents/printer';

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
}

/** Everything a service needs, passed explicitly so tests can fix the clock and the actor. */
export interface CoreContext {
  db: Database.Database;
  repos: Repositories;
  now(): Date;
  /** Who is recorded in the audit log: the Windows user name in the app, "cli" or a test name elsewhere. */
  actor: string;
  databasePath: string;
  appVersion: string;
  schemaVersion: number;
  log: Logger;
  /** PDF and printing: Electron's in the app, Chromium's in the CLI and the harness; absent in plain tests. */
  printer?: DocumentPrinter;
  /** Paths picked for the renderer, which only ever holds their tokens. */
  paths: PathTokens;
  /** Asks the secretary for a folder or file: Electron's dialog in the app, a typed path in the harness. */
  picker?: PathPicker;
}

export interface CoreOptions extends OpenOptions {
  actor?: string;
  appVersion?: string;
  log?: Logger;
  printer?: DocumentPrinter;
  picker?: PathPicker;
}

export const consoleLogger: Logger = {
  error: (message, detail) => console.error(message, detail ?? ''),
  info: (message, detail) => console.error(message, detail ?? ''),
};

export async function openCore(databasePath: string, options: CoreOptions = {}): Promise<CoreContext> {
  const opened = await openDatabase(databasePath, options);
  const repos = repositoriesOf(opened.db);
  const now = options.now ?? (() => new Date());
  ensureIdentity(repos, opened.db, now().toISOString());
  return {
    db: opened.db,
    repos,
    now,
    actor: options.actor ?? 'thu-ky',
    databasePath,
    appVersion: options.appVersion ?? '0.1.0',
    schemaVersion: opened.schemaVersion,
    log: options.log ?? consoleLogger,
    ...(options.printer ? { printer: options.printer } : {}),
    paths: new PathTokens(),
    ...(options.picker ? { picker: options.picker } : {}),
  };
}

/**
 * The repositories of an opened database. Preparing their statements is the last check of the schema: a statement
 * that does not prepare (a table the schema check could not foresee) means the file cannot be used, which is treated
 * as damage so the newest good backup is offered, rather than a start-up that fails every time.
 */
export function repositoriesOf(db: Database.Database): Repositories {
  try {
    return createRepositories(db);
  } catch (error) {
    db.close();
    throw new AppError('DB_DAMAGED', schemaMessages.ownUnreadable(String((error as Error).message).slice(0, 300)), {
      cause: error,
    });
  }
}

/** ISO timestamp for audit and updated_at columns. */
export function isoNow(ctx: Pick<CoreContext, 'now'>): string {
  return ctx.now().toISOString();
}

/** Today's date where the secretary is (the PC's local date), as ISO yyyy-mm-dd. */
export function localToday(ctx: Pick<CoreContext, 'now'>): string {
  const d = ctx.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
