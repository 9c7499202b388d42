import { useCallback, useSyncExternalStore } from 'react';
import { filtersStorageKey, parseStoredFilters, type StoredFilters } from './filters';

/**
 * The dashboards' filters, kept in localStorage so the next session opens where the secretary left off. Every page
 * of the section reads the same store, so the overview and a detail page never disagree on the period.
 */
const listeners = new Set<() => void>();
let cached: { raw: string | null; filters: StoredFilters } | null = null;
/** The last choice written, for when localStorage refuses (switched off): it then lasts as long as the page. */
let memoryCopy: string | null = null;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(filtersStorageKey);
  } catch {
    return memoryCopy;
  }
}

function snapshot(): StoredFilters {
  const raw = readRaw();
  if (cached === null || cached.raw !== raw) cached = { raw, filters: parseStoredFilters(raw) };
  return cached.filters;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function write(filters: StoredFilters): void {
  const raw = JSON.stringify(filters);
  memoryCopy = raw;
  try {
    window.localStorage.setItem(filtersStorageKey, raw);
  } catch {
    // Kept in memoryCopy only.
  }
  for (const listener of listeners) listener();
}

export function useDashboardFilters(): {
  stored: StoredFilters;
  update: (change: Partial<StoredFilters>) => void;
} {
  const stored = useSyncExternalStore(subscribe, snapshot);
  const update = useCallback((change: Partial<StoredFilters>) => write({ ...snapshot(), ...change }), []);
  return { stored, update };
}
