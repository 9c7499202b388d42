import type Database from 'better-sqlite3';
import { AuditRepository } from './audit';
import { AwardsRepository } from './awards';
import { BaseSalaryRepository } from './awards-base-salary';
import { AwardRulesRepository } from './awards-rules';
import { DecisionsRepository } from './decisions';
import { ExemplarsRepository, InitiativesRepository } from './initiatives';
import { PeopleRepository } from './people';
import { ProposalsRepository } from './proposals';
import { TitlesRepository } from './titles';
import { ClusterScoresRepository } from './cluster-scores';
import { ClustersRepository } from './clusters';
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
    awards: new AwardsRepository(db),
    awardRules: new AwardRulesRepository(db),
    awardTitles: new TitlesRepository(db),
    baseSalaries: new BaseSalaryRepository(db),
    decisions: new DecisionsRepository(db),
    exemplars: new ExemplarsRepository(db),
    initiatives: new InitiativesRepository(db),
    people: new PeopleRepository(db),
    proposals: new ProposalsRepository(db),
    clusters: new ClustersRepository(db),
    clusterScores: new ClusterScoresRepository(db),
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
