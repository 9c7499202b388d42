import type Database from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { dbMessages } from '@shared/i18n/vi-errors';

/** After SQLite's own busy timeout, a few short tries more: some busy answers (a snapshot moved, WAL recovery by
 * another process) come back at once without waiting. */
const busyRetryDelaysMs = [25, 75, 200];

export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** A synchronous wait: transactions here are synchronous (better-sqlite3), so the retry must be too. */
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * Every `db.transaction(fn)` of this connection begins with `BEGIN IMMEDIATE`: the write lock is taken before the
 * first read, so a transaction that reads then writes can never find its snapshot overtaken by another writer
 * (SQLITE_BUSY_SNAPSHOT, which ignores the busy timeout). A top-level transaction that still finds the database
 * busy after the timeout is tried again briefly (it was rolled back whole, so running it again is safe), then
 * refused with the Vietnamese "another window is using the data" message. Nested calls stay savepoints.
 * Installed once by `openDatabase`, so no service has to remember it.
 */
export function useImmediateTransactions(db: Database.Database): void {
  const original = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const variants = original(fn);
    function immediate(this: unknown, ...args: unknown[]): unknown {
      if (db.inTransaction) return variants.immediate.apply(this, args);
      for (let attempt = 0; ; attempt++) {
        try {
          return variants.immediate.apply(this, args);
        } catch (error) {
          if (!isBusyError(error) || db.inTransaction) throw error;
          const delay = busyRetryDelaysMs[attempt];
          if (delay === undefined) throw new AppError('BUSY', dbMessages.busy, { cause: error });
          sleep(delay);
        }
      }
    }
    return Object.assign(immediate, {
      default: immediate,
      immediate,
      deferred: variants.deferred,
      exclusive: variants.exclusive,
      database: db,
    });
  }) as typeof db.transaction;
}
