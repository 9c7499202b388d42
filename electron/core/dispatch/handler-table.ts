import type { Contract } from '@shared/contract';
import { appHandlers } from '../app/handlers';
import { auditHandlers } from '../audit/handlers';
import { awardsHandlers } from '../awards/handlers';
import { backupsHandlers } from '../backups/handlers';
import { clustersHandlers } from '../clusters/handlers';
import { commendationHandlers } from '../commendation/handlers';
import { dashboardHandlers } from '../dashboard/handlers';
import { decisionsHandlers } from '../decisions/handlers';
import { exemplarsHandlers } from '../exemplars/handlers';
import { figuresHandlers } from '../figures/handlers';
import { filesHandlers } from '../files/handlers';
import { indicatorsHandlers } from '../indicators/handlers';
import { initiativesHandlers } from '../initiatives/handlers';
import { locksHandlers } from '../locks/handlers';
import { movementsHandlers } from '../movements/handlers';
import { packagesHandlers } from '../packages/handlers';
import { pathsHandlers } from '../paths/handlers';
import { peopleHandlers } from '../people/handlers';
import { plansHandlers } from '../plans/handlers';
import { proposalsHandlers } from '../proposals/handlers';
import { reportsHandlers } from '../reports/handlers';
import { scoresHandlers } from '../scores/handlers';
import { settingsHandlers } from '../settings/handlers';
import { targetsHandlers } from '../targets/handlers';
import { tasksHandlers } from '../tasks/handlers';
import { unitsHandlers } from '../units/handlers';
import type { HandlersFor } from './handler-types';

/**
 * The one handler table: Electron's ipcMain, the loopback harness and the CLI all dispatch through it.
 * Each domain's handlers live in `electron/core/<domain>/handlers.ts`, beside its service and repository.
 */
export const handlers: HandlersFor<Contract> = {
  ...appHandlers,
  ...auditHandlers,
  ...awardsHandlers,
  ...backupsHandlers,
  ...clustersHandlers,
  ...commendationHandlers,
  ...dashboardHandlers,
  ...decisionsHandlers,
  ...exemplarsHandlers,
  ...figuresHandlers,
  ...filesHandlers,
  ...indicatorsHandlers,
  ...initiativesHandlers,
  ...locksHandlers,
  ...movementsHandlers,
  ...packagesHandlers,
  ...pathsHandlers,
  ...peopleHandlers,
  ...plansHandlers,
  ...proposalsHandlers,
  ...reportsHandlers,
  ...scoresHandlers,
  ...settingsHandlers,
  ...targetsHandlers,
  ...tasksHandlers,
  ...unitsHandlers,
};
