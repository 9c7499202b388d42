import { createHash } from 'node:crypto';
import type { ImportFilePreview } from '@shared/contract/figures';

/**
 * A fingerprint of what applying would write: the quarter, the accepted files and, for each change, the unit, the
 * indicator, the figure it replaces and the new one. Apply recomputes it from the same files inside its
 * transaction; a figure edited, a unit locked or a file swapped since the preview changes it, and apply refuses.
 */
export function importDigest(year: number | null, quarter: number | null, files: ImportFilePreview[]): string {
  const accepted = files
    .filter((f) => f.accepted)
    .map((f) => ({
      file: f.fileName,
      changes: f.changes.map((c) => [c.unitId, c.indicatorId, c.before, c.after]),
    }));
  return createHash('sha256').update(JSON.stringify({ year, quarter, accepted })).digest('hex');
}
