import type { Dayjs } from 'dayjs';
import type { ChannelInput } from '@shared/contract';
import { isTaskDoneOnTime, type PlanTask, type TaskState } from '@shared/domain/plan';
import { toIsoDate } from '@renderer/forms/DateField';

/** Tasks done on or before their deadline, out of all tasks that were not cancelled. */
export function onTimeSummary(tasks: readonly PlanTask[]): { done: number; total: number } {
  const counted = tasks.filter((t) => t.state !== 'huy');
  return { done: counted.filter(isTaskDoneOnTime).length, total: counted.length };
}

/**
 * Still open past its deadline, or finished after it.
 * @example isTaskLate({ state: 'dang_thuc_hien', deadline: '2023-06-30', completedOn: null }, '2023-07-05') === true
 */
export function isTaskLate(task: Pick<PlanTask, 'state' | 'deadline' | 'completedOn'>, todayIso: string): boolean {
  if (task.deadline === null || task.state === 'huy') return false;
  if (task.state === 'hoan_thanh') return task.completedOn !== null && task.completedOn > task.deadline;
  return todayIso > task.deadline;
}

export interface TaskValues {
  unitId: number;
  title: string;
  assignedBy?: string;
  deadline?: Dayjs | null;
  completedOn?: Dayjs | null;
  state: TaskState;
  note?: string;
}

function blankToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function taskInput(values: TaskValues, planId: number, id?: number): ChannelInput<'tasks:save'> {
  return {
    ...(id !== undefined && { id }),
    planId,
    unitId: values.unitId,
    title: values.title.trim(),
    assignedBy: blankToNull(values.assignedBy),
    deadline: values.deadline ? toIsoDate(values.deadline) : null,
    completedOn: values.completedOn ? toIsoDate(values.completedOn) : null,
    state: values.state,
    note: blankToNull(values.note),
  };
}
