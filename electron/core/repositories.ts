import type Database from 'better-sqlite3';
import { AuditRepository } from './audit/repository';
import { AwardsRepository } from './awards/repository';
import { AuthoritiesRepository } from './commendation/authorities-repository';
import { BaseSalaryRepository } from './commendation/base-salary-repository';
import { PrinciplesRepository } from './commendation/principles-repository';
import { RegimesRepository } from './commendation/regimes-repository';
import { AwardRulesRepository } from './commendation/rules-repository';
import { DecisionsRepository } from './decisions/repository';
import { ExemplarsRepository } from './exemplars/repository';
import { InitiativesRepository } from './initiatives/repository';
import { PeopleRepository } from './people/repository';
import { SanctionsRepository } from './people/sanctions-repository';
import { ProposalsRepository } from './proposals/repository';
import { TitlesRepository } from './commendation/titles-repository';
import { ClusterScoresRepository } from './scores/repository';
import { ClustersRepository } from './clusters/repository';
import { FiguresRepository } from './figures/repository';
import { IndicatorsRepository } from './indicators/repository';
import { LocksRepository } from './locks/repository';
import { MovementsRepository } from './movements/repository';
import { PackageReceiptsRepository } from './packages/repository';
import { PlansRepository } from './plans/repository';
import { ReportsRepository } from './reports/repository';
import { TargetsRepository } from './targets/repository';
import { TasksRepository } from './tasks/repository';
import { SettingsRepository } from './settings/repository';
import { UnitsRepository } from './units/repository';

/** Statements are prepared once per connection, here. */
export function createRepositories(db: Database.Database) {
  return {
    audit: new AuditRepository(db),
    awards: new AwardsRepository(db),
    awardAuthorities: new AuthoritiesRepository(db),
    awardPrinciples: new PrinciplesRepository(db),
    awardRegimes: new RegimesRepository(db),
    awardRules: new AwardRulesRepository(db),
    awardTitles: new TitlesRepository(db),
    baseSalaries: new BaseSalaryRepository(db),
    decisions: new DecisionsRepository(db),
    exemplars: new ExemplarsRepository(db),
    initiatives: new InitiativesRepository(db),
    people: new PeopleRepository(db),
    sanctions: new SanctionsRepository(db),
    proposals: new ProposalsRepository(db),
    clusters: new ClustersRepository(db),
    clusterScores: new ClusterScoresRepository(db),
    figures: new FiguresRepository(db),
    indicators: new IndicatorsRepository(db),
    locks: new LocksRepository(db),
    movements: new MovementsRepository(db),
    packageReceipts: new PackageReceiptsRepository(db),
    plans: new PlansRepository(db),
    reports: new ReportsRepository(db),
    targets: new TargetsRepository(db),
    tasks: new TasksRepository(db),
    settings: new SettingsRepository(db),
    units: new UnitsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
