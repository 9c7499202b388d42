import type { Unit } from '@shared/domain/unit';
import { vi } from '../i18n/vi';
import { formatIsoDate } from './dates';

export type UnitStatusKind = 'active' | 'pending' | 'retired' | 'merged';

export interface UnitStatus {
  kind: UnitStatusKind;
  text: string;
}

/**
 * What the Trạng thái column says about a unit. A merged unit names the unit that absorbed it so the secretary can
 * follow old figures to their new home.
 * @example describeUnitStatus({ validTo: '2023-03-31', mergedIntoId: null, … }, names, '2024-01-01').text === 'Ngừng hoạt động từ 31/03/2023'
 */
export function describeUnitStatus(
  unit: Pick<Unit, 'validFrom' | 'validTo' | 'mergedIntoId'>,
  namesById: ReadonlyMap<number, string>,
  todayIso: string,
): UnitStatus {
  const s = vi.units.status;
  if (unit.validTo !== null) {
    const date = formatIsoDate(unit.validTo);
    if (unit.mergedIntoId !== null) {
      const into = namesById.get(unit.mergedIntoId) ?? s.unknownUnit(unit.mergedIntoId);
      return { kind: 'merged', text: s.merged(into, date) };
    }
    return { kind: 'retired', text: s.retired(date) };
  }
  if (unit.validFrom !== null && unit.validFrom > todayIso) {
    return { kind: 'pending', text: s.startsOn(formatIsoDate(unit.validFrom)) };
  }
  return { kind: 'active', text: s.active };
}
