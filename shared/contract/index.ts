import type { AnyChannel, InputOf, OutputOf, ParsedInputOf, Result } from './define';
import { appChannels } from './app';
import { awardExcelChannels } from './award-excel';
import { backupsChannels } from './backups';
import { catalogChannels } from './catalog';
import { commendationChannels } from './commendation';
import { clustersChannels } from './clusters';
import { clusterExcelChannels } from './cluster-excel';
import { dashboardChannels } from './dashboard';
import { excelChannels } from './excel';
import { figuresChannels } from './figures';
import { plansChannels, targetsChannels, tasksChannels } from './plans';
import { reportsChannels } from './reports';
import { reportExportsChannels } from './report-exports';
import { settingsChannels } from './settings';
import { unitsChannels } from './units';

/** Every IPC channel, `domain:verb`. The preload, the main process, the harness and the CLI all derive from this. */
export const contract = {
  ...commendationChannels,
  ...appChannels,
  ...backupsChannels,
  ...settingsChannels,
  ...unitsChannels,
  ...catalogChannels,
  ...plansChannels,
  ...targetsChannels,
  ...tasksChannels,
  ...figuresChannels,
  ...dashboardChannels,
  ...reportsChannels,
  ...reportExportsChannels,
  ...excelChannels,
  ...clustersChannels,
  ...awardExcelChannels,
  ...clusterExcelChannels,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type ChannelInput<C extends ChannelName> = InputOf<Contract[C]>;
export type ChannelParsedInput<C extends ChannelName> = ParsedInputOf<Contract[C]>;
export type ChannelOutput<C extends ChannelName> = OutputOf<Contract[C]>;

/** What `window.api` looks like in the renderer, in Electron and in the loopback harness alike. */
export type Api = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Result, AnyChannel };
