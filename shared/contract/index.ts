import type { AnyChannel, InputOf, OutputOf, ParsedInputOf, Result } from './define';
import { appChannels } from './app';
import { auditChannels } from './audit';
import { awardsChannels } from './awards';
import { backupsChannels } from './backups';
import { clustersChannels } from './clusters';
import { commendationChannels } from './commendation';
import { dashboardChannels } from './dashboard';
import { decisionsChannels } from './decisions';
import { exemplarsChannels } from './exemplars';
import { figuresChannels } from './figures';
import { filesChannels } from './files';
import { indicatorsChannels } from './indicators';
import { initiativesChannels } from './initiatives';
import { locksChannels } from './locks';
import { movementsChannels } from './movements';
import { packagesChannels } from './packages';
import { pathsChannels } from './paths';
import { peopleChannels } from './people';
import { plansChannels } from './plans';
import { proposalsChannels } from './proposals';
import { reportsChannels } from './reports';
import { scoresChannels } from './scores';
import { settingsChannels } from './settings';
import { targetsChannels } from './targets';
import { tasksChannels } from './tasks';
import { unitsChannels } from './units';

/**
 * Every IPC channel, `domain:verb`. The preload, the main process, the harness and the CLI all derive from this.
 * Each domain's channels live in `shared/contract/<domain>.ts` and are handled in `electron/core/<domain>/`.
 */
export const contract = {
  ...appChannels,
  ...auditChannels,
  ...awardsChannels,
  ...backupsChannels,
  ...clustersChannels,
  ...commendationChannels,
  ...dashboardChannels,
  ...decisionsChannels,
  ...exemplarsChannels,
  ...figuresChannels,
  ...filesChannels,
  ...indicatorsChannels,
  ...initiativesChannels,
  ...locksChannels,
  ...movementsChannels,
  ...packagesChannels,
  ...pathsChannels,
  ...peopleChannels,
  ...plansChannels,
  ...proposalsChannels,
  ...reportsChannels,
  ...scoresChannels,
  ...settingsChannels,
  ...targetsChannels,
  ...tasksChannels,
  ...unitsChannels,
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
