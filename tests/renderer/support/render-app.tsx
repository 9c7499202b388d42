import { render } from '@testing-library/react';
import { App } from '@renderer/app/App';
import { createQueryClient } from '@renderer/app/query-client';
import { createFakeApi, type FakeApi, type FakeApiState } from './fake-api';

/** Renders the whole app at a route against a fresh fake `window.api` and an empty query cache. */
export function renderApp(route: string, state: Partial<FakeApiState> = {}): FakeApi {
  const fake = createFakeApi(state);
  window.api = fake.api;
  window.history.replaceState(null, '', `#${route}`);
  render(<App queryClient={createQueryClient()} />);
  return fake;
}
