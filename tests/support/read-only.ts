import { chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * Makes a folder refuse writes, as a write-protected USB stick or a share without permission does; returns the undo.
 * As root (the CI machines) permission bits are ignored, so the folder is made immutable with `chattr +i`.
 */
export function makeReadOnly(folder: string): () => void {
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', folder]);
    return () => execFileSync('chattr', ['-i', folder]);
  }
  chmodSync(folder, 0o555);
  return () => chmodSync(folder, 0o755);
}
