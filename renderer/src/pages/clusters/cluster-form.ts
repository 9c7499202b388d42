import type { ChannelInput } from '@shared/contract';
import type { Cluster, ClusterKind } from '@shared/domain/cluster';
import type { Unit } from '@shared/domain/unit';
import { viClusters as t } from '@renderer/i18n/vi-clusters-ui';

/** The values of the "Thêm / sửa cụm, khối" form. */
export interface ClusterFormValues {
  name: string;
  kind: ClusterKind;
  memberIds: number[];
  leaderUnitId: number | null;
  deputyUnitId: number | null;
  note: string;
}

export interface UnitOption {
  value: number;
  label: string;
  /** The unit's name alone, for the leader and deputy lists. */
  name: string;
}

export function emptyClusterValues(): ClusterFormValues {
  return { name: '', kind: 'cum', memberIds: [], leaderUnitId: null, deputyUnitId: null, note: '' };
}

export function clusterValues(cluster: Cluster): ClusterFormValues {
  return {
    name: cluster.name,
    kind: cluster.kind,
    memberIds: cluster.members.map((m) => m.unitId),
    leaderUnitId: cluster.leaderUnitId,
    deputyUnitId: cluster.deputyUnitId,
    note: cluster.note ?? '',
  };
}

/**
 * The units the members are picked from: the active units in the list's order, then members that are no longer
 * active (kept so editing an older cluster does not silently drop them). A unit already in another cluster of the
 * same kind that year says so in its label; choosing it anyway gets the core's refusal, which names both.
 */
export function memberOptions(
  activeUnits: readonly Pick<Unit, 'id' | 'name'>[],
  sameYear: readonly Cluster[],
  kind: ClusterKind,
  editing: Cluster | null,
): UnitOption[] {
  const elsewhere = new Map<number, string>();
  for (const cluster of sameYear) {
    if (cluster.kind !== kind || cluster.id === editing?.id) continue;
    for (const m of cluster.members) elsewhere.set(m.unitId, cluster.name);
  }
  const label = (id: number, name: string) => {
    const other = elsewhere.get(id);
    return other === undefined ? name : t.form.inOther(name, other);
  };
  const options = activeUnits.map((u) => ({ value: u.id, label: label(u.id, u.name), name: u.name }));
  const listed = new Set(activeUnits.map((u) => u.id));
  for (const m of editing?.members ?? []) {
    if (!listed.has(m.unitId)) options.push({ value: m.unitId, label: label(m.unitId, m.name), name: m.name });
  }
  return options;
}

/** Leader and deputy are chosen among the members, in the members' order. */
export function leaderOptions(
  memberIds: readonly number[],
  units: readonly UnitOption[],
): Array<{ value: number; label: string }> {
  const names = new Map(units.map((u) => [u.value, u.name]));
  return memberIds.map((id) => ({ value: id, label: names.get(id) ?? String(id) }));
}

/** A leader or deputy who left the members is cleared, so the form never sends a non-member. */
export function keepLeadersInMembers(values: ClusterFormValues): ClusterFormValues {
  const keep = (id: number | null) => (id !== null && values.memberIds.includes(id) ? id : null);
  return { ...values, leaderUnitId: keep(values.leaderUnitId), deputyUnitId: keep(values.deputyUnitId) };
}

/** What `clusters:save` takes for these values. */
export function buildSaveClusterInput(
  values: ClusterFormValues,
  year: number,
  id: number | undefined,
): ChannelInput<'clusters:save'> {
  return {
    ...(id === undefined ? {} : { id }),
    year,
    name: values.name.trim(),
    kind: values.kind,
    memberIds: values.memberIds,
    leaderUnitId: values.leaderUnitId ?? null,
    deputyUnitId: values.deputyUnitId ?? null,
    note: values.note.trim() === '' ? null : values.note.trim(),
    reason: id === undefined ? t.form.reasonCreate : t.form.reasonEdit,
  };
}
