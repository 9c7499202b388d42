import { closeSync, openSync, readSync, statSync } from 'node:fs';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads the first 16 bytes without opening the file as a database, so a stray file
 * (a unit's Excel sheet picked by mistake, random bytes) is refused before SQLite touches it.
 */
export function inspectDatabaseFile(path: string): 'missing' | 'empty' | 'sqlite' | 'not-sqlite' {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return 'not-sqlite';
    size = stat.size;
  } catch {
    return 'missing';
  }
  if (size === 0) return 'empty';
  if (size < sqliteHeader.length) return 'not-sqlite';
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(sqliteHeader.length);
    readSync(fd, head, 0, head.length, 0);
    return head.equals(sqliteHeader) ? 'sqlite' : 'not-sqlite';
  } finally {
    closeSync(fd);
  }
}
