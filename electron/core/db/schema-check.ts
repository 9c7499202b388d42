import Database from 'better-sqlite3';
import type { SchemaDifferenceText } from '@shared/i18n/vi-schema';
import { migrations as allMigrations } from './migrations';
import type { Migration } from './migrations/types';

/**
 * The schema a database must have is the one the migrations produce, never a hand-kept list: the reference for a
 * version is built by running the migrations up to it on an empty in-memory database, then compared object by
 * object with the file. A restored file with one trigger, view, table or index the migrations did not create (a
 * trigger that inflates every figure, a view in place of `tasks` that never finishes), or one missing, is refused.
 */

export type SchemaDifference = SchemaDifferenceText;
type SchemaObjectType = SchemaDifference['type'];

/** type:name → everything that defines the object (normalised SQL, columns, keys, index columns). */
type SchemaSignature = Map<string, string>;

/** SQLite's own bookkeeping: statistics tables appear after ANALYZE and say nothing about what the data means. */
const ignored = /^sqlite_stat\d$/;

const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim();

/** Reads every object of the main schema with what defines it; runs nothing but catalogue reads and pragmas. */
export function schemaSignature(db: Database.Database): SchemaSignature {
  const objects = db
    .prepare(`SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema ORDER BY type, name`)
    .all() as Array<{ type: SchemaObjectType; name: string; tableName: string; sql: string | null }>;
  const signature: SchemaSignature = new Map();
  for (const object of objects) {
    if (ignored.test(object.name)) continue;
    const parts: unknown[] = [object.tableName, normalise(object.sql)];
    if (object.type === 'table') {
      parts.push(
        db.prepare(`SELECT * FROM pragma_table_xinfo(${quoteLiteral(object.name)})`).all(),
        db.prepare(`SELECT * FROM pragma_foreign_key_list(${quoteLiteral(object.name)})`).all(),
        db
          .prepare(`SELECT strict, wr, ncol FROM pragma_table_list WHERE schema = 'main' AND name = ?`)
          .all(object.name),
      );
    } else if (object.type === 'index') {
      parts.push(db.prepare(`SELECT * FROM pragma_index_xinfo(${quoteLiteral(object.name)})`).all());
    }
    signature.set(`${object.type}:${object.name}`, JSON.stringify(parts));
  }
  return signature;
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const typeOrder: readonly SchemaObjectType[] = ['table', 'view', 'trigger', 'index'];

const references = new WeakMap<readonly Migration[], Map<number, SchemaSignature>>();

/** The schema the migrations produce at `version` (a version no step ends at has none: null). */
export function referenceSchema(
  version: number,
  migrations: readonly Migration[] = allMigrations,
): SchemaSignature | null {
  if (version !== 0 && !migrations.some((m) => m.version === version)) return null;
  let byVersion = references.get(migrations);
  if (!byVersion) {
    byVersion = new Map();
    references.set(migrations, byVersion);
  }
  const known = byVersion.get(version);
  if (known) return known;
  const db = new Database(':memory:');
  try {
    for (const migration of migrations) {
      if (migration.version > version) break;
      migration.up(db);
    }
    const signature = schemaSignature(db);
    byVersion.set(version, signature);
    return signature;
  } finally {
    db.close();
  }
}

/** What differs between the file's schema and the reference for `version`; empty when they are the same. */
export function schemaDifferences(
  db: Database.Database,
  version: number,
  migrations: readonly Migration[] = allMigrations,
): SchemaDifference[] | null {
  const reference = referenceSchema(version, migrations);
  if (reference === null) return null;
  const actual = schemaSignature(db);
  const differences: SchemaDifference[] = [];
  const split = (key: string) => {
    const at = key.indexOf(':');
    return { type: key.slice(0, at) as SchemaObjectType, name: key.slice(at + 1) };
  };
  for (const [key, value] of actual) {
    const expected = reference.get(key);
    if (expected === undefined) differences.push({ kind: 'extra', ...split(key) });
    else if (expected !== value) differences.push({ kind: 'changed', ...split(key) });
  }
  for (const key of reference.keys()) if (!actual.has(key)) differences.push({ kind: 'missing', ...split(key) });
  // Tables, views and triggers first: a message listing the first few differences names what matters.
  return differences.sort((a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type));
}

/** Rows that break a foreign key, counted per table (at most `limit` rows are read). */
export function foreignKeyViolations(db: Database.Database, limit = 1000): Map<string, number> {
  const perTable = new Map<string, number>();
  const rows = db.prepare(`PRAGMA foreign_key_check`).iterate() as IterableIterator<{ table: string }>;
  let read = 0;
  for (const row of rows) {
    perTable.set(row.table, (perTable.get(row.table) ?? 0) + 1);
    if (++read >= limit) break;
  }
  return perTable;
}
