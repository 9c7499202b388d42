import { migration0010 } from './0010-initial';
import type { Migration } from './types';

/** In order. The last one's version is the schema version this build writes. */
export const migrations: readonly Migration[] = [migration0010];

export const latestSchemaVersion = migrations[migrations.length - 1]?.version ?? 0;
