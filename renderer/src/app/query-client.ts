import { QueryClient } from '@tanstack/react-query';

/**
 * Reads go to a local SQLite file through IPC: a failure will not fix itself by retrying, and the data only changes
 * through this window's own mutations (which invalidate what they touch), so no retries and no refetch on focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
