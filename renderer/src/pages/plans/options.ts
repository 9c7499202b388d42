import { aggregationKinds, directions, type AggregationKind, type Direction } from '@shared/domain/indicator';
import {
  changeModes,
  movementKinds,
  phasingModes,
  taskStates,
  type ChangeMode,
  type MovementKind,
  type PhasingMode,
  type TaskState,
} from '@shared/domain/plan';
import {
  comparators,
  indicatorGroupLabels,
  indicatorGroups,
  type Comparator,
  type IndicatorGroup,
} from '@shared/domain/target-form';
import { viPlans } from '@renderer/i18n/vi-plans';

/** Select options for the stored codes of this section, in the order the contract lists them. */
export const comparatorOptions: { value: Comparator; label: string }[] = comparators.map((value) => ({
  value,
  label: viPlans.target.comparators[value],
}));

export const kindOptions: { value: AggregationKind; label: string; help: string }[] = aggregationKinds.map((value) => ({
  value,
  label: viPlans.indicator.kinds[value],
  help: viPlans.indicator.kindHelp[value],
}));

export const directionOptions: { value: Direction; label: string }[] = directions.map((value) => ({
  value,
  label: viPlans.indicator.directions[value],
}));

export const groupOptions: { value: IndicatorGroup; label: string }[] = indicatorGroups.map((value) => ({
  value,
  label: indicatorGroupLabels[value],
}));

export const changeModeOptions: { value: ChangeMode; label: string }[] = changeModes.map((value) => ({
  value,
  label: viPlans.target.changeModes[value],
}));

export const phasingOptions: { value: PhasingMode; label: string; help: string }[] = phasingModes.map((value) => ({
  value,
  label: viPlans.phasing.modes[value],
  help: viPlans.phasing.help[value],
}));

export const movementKindOptions: { value: MovementKind; label: string }[] = movementKinds.map((value) => ({
  value,
  label: viPlans.movements.kinds[value],
}));

export const taskStateOptions: { value: TaskState; label: string }[] = taskStates.map((value) => ({
  value,
  label: viPlans.tasks.states[value],
}));

/** Comparators whose target has an upper bound ("90 – 95%", "tăng 5 – 7%"). */
export function takesMax(comparator: Comparator): boolean {
  return comparator === 'between' || comparator === 'increase' || comparator === 'decrease';
}

/** Comparators with a number the secretary types. */
export function takesValue(comparator: Comparator): boolean {
  return comparator !== 'zero' && comparator !== 'achieve' && comparator !== 'text';
}

export function isChange(comparator: Comparator): boolean {
  return comparator === 'increase' || comparator === 'decrease';
}
