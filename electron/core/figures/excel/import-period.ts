import { quarterLabel } from '@shared/domain/figure';
import { AppError } from '@shared/errors';
import { importMessages } from '@shared/i18n/vi-excel';
import type { ImportFileReading } from './read-import-file';

export interface ImportPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/**
 * The quarter being imported: the secretary's pick, else the one quarter every template read carries. Templates of
 * several quarters without a pick are not sorted out by guessing: the secretary is asked to choose (saving is one
 * call for one quarter). Null when no template sheet was read at all (every file is refused anyway).
 */
export function resolveImportPeriod(readings: ImportFileReading[], pick: Partial<ImportPeriod>): ImportPeriod | null {
  if (pick.year !== undefined && pick.quarter !== undefined) return { year: pick.year, quarter: pick.quarter };
  const found = new Map<string, ImportPeriod>();
  for (const reading of readings) {
    for (const { marker } of reading.sheets) {
      found.set(`${marker.year}-${marker.quarter}`, { year: marker.year, quarter: marker.quarter });
    }
  }
  const periods = [...found.values()].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  if (periods.length > 1) {
    throw new AppError(
      'INVALID_INPUT',
      importMessages.mixedPeriods(periods.map((p) => quarterLabel(p.year, p.quarter)).join(', ')),
    );
  }
  return periods[0] ?? null;
}
