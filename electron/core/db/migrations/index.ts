import { migration0010 } from './0010-initial';
import { migration0020 } from './0020-plans-and-targets';
import { migration0030 } from './0030-figures-and-locks';
import { migration0040 } from './0040-reports';
import { migration0050 } from './0050-clusters';
import { migration0060 } from './0060-commendation';
import { migration0070 } from './0070-documents';
import { migration0080 } from './0080-indicator-aggregation';
import { migration0090 } from './0090-law-2026';
import { migration0100 } from './0100-evaluation-generations';
import { migration0110 } from './0110-packages';
import type { Migration } from './types';

/** In order. The last one's version is the schema version this build writes. */
export const migrations: readonly Migration[] = [
  migration0010,
  migration0020,
  migration0030,
  migration0040,
  migration0050,
  migration0060,
  migration0070,
  migration0080,
  migration0090,
  migration0100,
  migration0110,
];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;
