import { useApiQuery } from '@renderer/api/hooks';

/** The current units as select options, for the registry forms that attach a person or a record to a unit. */
export function useUnitOptions() {
  const units = useApiQuery('units:list', { includeRetired: false });
  return (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
}
