import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { App } from 'antd';
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract';
import { ApiError, callApi } from './call-api';

/** Queries are keyed `[channel, input]`, so a mutation can invalidate every query of a channel by its name. */
export function apiQueryKey<C extends ChannelName>(channel: C, input: ChannelInput<C>): readonly [C, ChannelInput<C>] {
  return [channel, input];
}

type ExtraQueryOptions<C extends ChannelName> = Omit<
  UseQueryOptions<ChannelOutput<C>, ApiError>,
  'queryKey' | 'queryFn'
>;

/** Reads one channel through TanStack Query. */
export function useApiQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options: ExtraQueryOptions<C> = {},
) {
  return useQuery<ChannelOutput<C>, ApiError>({
    ...options,
    queryKey: apiQueryKey(channel, input),
    queryFn: () => callApi(channel, input),
  });
}

export interface ApiMutationOptions {
  /** Channels whose cached reads are stale once this mutation succeeds. */
  invalidates: readonly ChannelName[];
}

/**
 * Writes through one channel. On success the listed channels are refetched before per-call `onSuccess` callbacks
 * run (so a closing dialog reveals fresh data); on failure the core's Vietnamese message is shown.
 */
export function useApiMutation<C extends ChannelName>(channel: C, { invalidates }: ApiMutationOptions) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => callApi(channel, input),
    onSuccess: () => Promise.all(invalidates.map((name) => queryClient.invalidateQueries({ queryKey: [name] }))),
    onError: (error) => {
      void message.error(error.message);
    },
  });
}
