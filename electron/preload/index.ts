import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, type Api, type ChannelName } from '@shared/contract';

/**
 * The preload's only job: give the page `window.api`, one function per contract channel, each a plain
 * `ipcRenderer.invoke`. The page never sees ipcRenderer itself, so it can reach no channel outside the contract;
 * the main process validates every input, so nothing is checked here.
 */
const invoker = (channel: ChannelName) => (input: unknown) => ipcRenderer.invoke(channel, input);

// Built from the channel list at run time, so the compiler cannot see the keys: the cast names them, and
// `satisfies` then checks that each function fits its channel's signature in `Api`.
const api = Object.fromEntries(channelNames.map((channel) => [channel, invoker(channel)])) as Record<
  ChannelName,
  ReturnType<typeof invoker>
> satisfies Api;

contextBridge.exposeInMainWorld('api', api);
