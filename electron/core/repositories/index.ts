import type Database from 'better-sqlite3';
import { AuditRepository } from './audit';
import { FiguresRepository } from './figures';
import { IndicatorsRepository } from './indicators';
import { LocksRepository } from './locks';
import { MovementsRepository } from './movements';
import { PlansRepository } from './plans';
import { ReportsRepository } from './reports';
import { TargetsRepository } from './targets';
import { TasksRepository } from './tasks';
import { SettingsRepository } from './settings';
import { UnitsRepository } from './units';

/** Statements are prepared once per connection, here. */
export function createRepositories(db: Database.Database) {
  return {
    audit: new AuditRepository(db),
    figures: new FiguresRepository(db),
    indicators: new IndicatorsRepository(db),
    locks: new LocksRepository(db),
    movements: new MovementsRepository(db),
    plans: new PlansRepository(db),
    reports: new ReportsRepository(db),
    targets: new TargetsRepository(db),
    tasks: new TasksRepository(db),
    settings: new SettingsRepository(db),
    units: new UnitsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
