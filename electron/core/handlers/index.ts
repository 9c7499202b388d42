import type { Contract } from '../../../shared/contract';
import { appHandlers } from './app';
import { awardExcelHandlers } from './award-excel';
import { backupsHandlers } from './backups';
import { catalogHandlers } from './catalog';
import { commendationHandlers } from './commendation';
import { clustersHandlers } from './clusters';
import { clusterExcelHandlers } from './cluster-excel';
import { excelHandlers } from './excel';
import { dashboardHandlers } from './dashboard';
import { figuresHandlers } from './figures';
import { plansHandlers, targetsHandlers, tasksHandlers } from './plans';
import { reportsHandlers } from './reports';
import { reportExportsHandlers } from './report-exports';
import { settingsHandlers } from './settings';
import type { HandlersFor } from './types';
import { unitsHandlers } from './units';

/** The one handler table: Electron's ipcMain, the loopback harness and the CLI all dispatch through it. */
export const handlers: HandlersFor<Contract> = {
  ...commendationHandlers,
  ...appHandlers,
  ...backupsHandlers,
  ...settingsHandlers,
  ...unitsHandlers,
  ...catalogHandlers,
  ...plansHandlers,
  ...targetsHandlers,
  ...tasksHandlers,
  ...figuresHandlers,
  ...excelHandlers,
  ...dashboardHandlers,
  ...reportsHandlers,
  ...reportExportsHandlers,
  ...clustersHandlers,
  ...awardExcelHandlers,
  ...clusterExcelHandlers,
};
