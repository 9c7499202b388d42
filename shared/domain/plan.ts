import type { Comparator } from './target-form';

export const planStatuses = ['nhap', 'ban_hanh'] as const;
/** nháp (draft, still being checked) / đã ban hành (issued). */
export type PlanStatus = (typeof planStatuses)[number];

export interface PlanPhase {
  name: string;
  /** ISO dates. */
  start: string | null;
  end: string | null;
}

export interface Plan {
  id: number;
  /** Số và ký hiệu: "71/KH-UBND". */
  number: string | null;
  /** Ngày ban hành, ISO. */
  issuedOn: string | null;
  place: string | null;
  issuer: string | null;
  title: string;
  theme: string | null;
  year: number;
  phases: PlanPhase[];
  legalBases: string[];
  signer: string | null;
  status: PlanStatus;
  movementIds: number[];
  demo: boolean;
}

export interface PlanWithSource extends Plan {
  sourceText: string | null;
}

export const changeModes = ['relative', 'points', 'absolute'] as const;
/**
 * For increase/decrease targets: "tăng 10% so với năm 2022" is relative (% of the baseline);
 * "tỷ lệ hộ nghèo giảm 0,5%" is in percentage points; "giảm 20 hộ" is absolute.
 */
export type ChangeMode = (typeof changeModes)[number];

export const phasingModes = ['seasonal', 'linear', 'explicit'] as const;
/** How much of the annual target is expected by each quarter: last year's profile, evenly, or given milestones. */
export type PhasingMode = (typeof phasingModes)[number];

export interface Target {
  id: number;
  planId: number;
  indicatorId: number;
  /** null: the whole area (toàn huyện/xã); otherwise this unit's own allocation. */
  unitId: number | null;
  year: number;
  comparator: Comparator;
  value: number | null;
  max: number | null;
  changeMode: ChangeMode | null;
  baselineYear: number | null;
  baselineValue: number | null;
  /** The verbatim phrase from the plan, kept so the secretary can always see what was read. */
  sourceText: string | null;
  phasingMode: PhasingMode;
  /** For explicit phasing: the cumulative share (0–1) of the annual target expected by the end of Q1..Q4. */
  milestones: [number, number, number, number] | null;
  position: number;
  note: string | null;
}

export const movementKinds = ['thuong_xuyen', 'chuyen_de'] as const;
export type MovementKind = (typeof movementKinds)[number];

export interface Movement {
  id: number;
  name: string;
  kind: MovementKind;
  startYear: number;
  endYear: number | null;
  launchedBy: string | null;
  description: string | null;
  demo: boolean;
}

export const taskStates = ['dang_thuc_hien', 'hoan_thanh', 'huy'] as const;
export type TaskState = (typeof taskStates)[number];

/** A key task (nhiệm vụ trọng tâm) assigned to a unit, counted for on-time completion rewards. */
export interface PlanTask {
  id: number;
  planId: number | null;
  unitId: number;
  title: string;
  assignedBy: string | null;
  deadline: string | null;
  completedOn: string | null;
  state: TaskState;
  note: string | null;
}

/**
 * Done on time or early: completed, and on or before its deadline (a task without a deadline counts once done).
 * @example isTaskDoneOnTime({state:'hoan_thanh', deadline:'2023-06-30', completedOn:'2023-06-15'}) === true
 */
export function isTaskDoneOnTime(task: Pick<PlanTask, 'state' | 'deadline' | 'completedOn'>): boolean {
  if (task.state !== 'hoan_thanh' || task.completedOn === null) return false;
  return task.deadline === null || task.completedOn <= task.deadline;
}
