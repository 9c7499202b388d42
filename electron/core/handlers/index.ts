import type { Contract } from '../../../shared/contract';
import { appHandlers } from './app';
import { catalogHandlers } from './catalog';
import { excelHandlers } from './excel';
import { dashboardHandlers } from './dashboard';
import { figuresHandlers } from './figures';
import { plansHandlers, targetsHandlers, tasksHandlers } from './plans';
import { reportsHandlers } from './reports';
import { settingsHandlers } from './settings';
import type { HandlersFor } from './types';
import { unitsHandlers } from './units';

/** The one handler table: Electron's ipcMain, the loopback harness and the CLI all dispatch through it. */
export const handlers: HandlersFor<Contract> = {
  ...appHandlers,
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
};
