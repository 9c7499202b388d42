import type Database from 'better-sqlite3';

export interface Migration {
  /** The `user_version` after this step. Steps are numbered 10, 20, 30… so a fix can slot in between. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}
