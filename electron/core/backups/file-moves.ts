import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * File moves that tolerate Windows: an antivirus scanner or the search indexer often holds a freshly written file
 * for a moment, and rename then fails with EBUSY/EPERM/EACCES. A few short retries get past it; a real problem
 * (a missing folder, a full disk) still surfaces after them.
 */
const transientCodes = new Set(['EBUSY', 'EPERM', 'EACCES']);
const retryDelaysMs = [50, 100, 200, 400, 800];

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
