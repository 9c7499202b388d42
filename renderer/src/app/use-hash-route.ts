import { useCallback, useSyncExternalStore } from 'react';

/**
 * Hash routing (`#/don-vi`): the app is loaded from a file in Electron and from the harness over loopback, and a hash
 * route works the same in both without a server rewriting paths.
 */
export function pathFromHash(hash: string): string {
  const path = hash.replace(/^#/, '');
  return path.startsWith('/') ? path : `/${path}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export interface NavigateOptions {
  /** Replace the current history entry (redirects), instead of adding one. */
  replace?: boolean;
}

/** Moves to a route. Exported on its own so code outside components (e.g. after setup) can route too. */
export function navigateTo(path: string, { replace = false }: NavigateOptions = {}): void {
  const url = `#${path}`;
  if (window.location.hash === url) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  // The History API does not fire hashchange; announce the change so every subscriber re-reads the hash.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useHashRoute(): { path: string; navigate: (path: string, options?: NavigateOptions) => void } {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback((path: string, options?: NavigateOptions) => navigateTo(path, options), []);
  return { path: pathFromHash(hash), navigate };
}
