import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * File moves that tolerate Windows: an antivirus scanner or the search indexer often holds a freshly written file
 * for a moment, and rename then fails with EBUSY/EPERM/EACCES. A few short retries get past it; a real problem
 * (a missing folder, a full disk) still surfaces after them.
 */
const transientCodes = new Set(['EBUSY', 'EPERM', 'EACCES']);
const retryDelaysMs = [50, 100, 200, 400, 800];

/** `moveFile` for code that must not yield between reading and writing (the backup settings file). */
export function moveFileSync(from: string, to: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = retryDelaysMs[attempt];
      if (!transientCodes.has(code) || delay === undefined) throw error;
      Atomics.wait(pause, 0, 0, delay);
    }
  }
}

export async function moveFile(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = retryDelaysMs[attempt];
      if (!transientCodes.has(code) || delay === undefined) throw error;
      await new Promise((resume) => setTimeout(resume, delay));
    }
  }
}

/** Removes a file and its SQLite side files. Missing ones are fine, including under a folder that is gone. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    try {
      rmSync(`${path}${suffix}`, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    }
  }
}

/**
 * `make(from)`, `make(from + 1)`… until a name is free: two copies in the same second must not overwrite each
 * other.
 */
export function freePath(make: (sequence: number) => string, from = 1): string {
  for (let sequence = from; ; sequence++) {
    const candidate = make(sequence);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Where a file is written before it gets its name: `<name>.<pid>.partial`. A power cut or a kill leaves a name the
 * backup list ignores, and the process id says whether a writer may still be at work on it.
 */
export function partialPath(path: string): string {
  return `${path}.${process.pid}.partial`;
}

const partialName = /\.(?:(\d+)\.)?partial(?:-wal|-shm|-journal)?$/;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what interrupted copies of one database left in `folder` (`<base>.….partial` and its SQLite side files)
 * whose writer is gone; anything else in the folder, and a folder that cannot be read (a USB stick that is not
 * there), is left alone. Returns the names removed.
 */
export function removeStalePartials(folder: string, base: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = partialName.exec(name);
    if (!match || !name.startsWith(`${base}.`)) continue;
    // Names from before the process id was part of them have no writer left to wait for.
    if (match[1] !== undefined && processAlive(Number(match[1]))) continue;
    try {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // A read-only stick: the leftover stays, harmless, until the next start.
    }
  }
  return removed;
}
