import { z } from 'zod';
import { councilLevels, type CouncilLevel } from '../domain/council';
import { defineChannel } from './define';

/**
 * The demos a first run can load, the one offered first first: a merged commune of 2026 under NĐ 152/2025, and
 * the district of 2023 (before the two-tier reform).
 */
export const demoNames = ['xa-2026', 'huyen-2023'] as const;
export type DemoName = (typeof demoNames)[number];

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
  /** False until the secretary has chosen demo data or an empty start. */
  setupDone: boolean;
  demo: boolean;
  /** Which demo is loaded, when `demo`. */
  demoName: DemoName | null;
  /** The council's level (tỉnh, xã; huyện for history): units and authorities follow it. */
  councilLevel: CouncilLevel;
}

/** "Bắt đầu dùng thật": the demo's copy, and what to tell the secretary. */
export interface StartRealResult {
  info: AppInfo;
  backupPath: string;
  message: string;
}

/** The first steps of a new database, in the order a secretary takes them; each true once done. */
export const gettingStartedSteps = ['council', 'units', 'plan', 'figures', 'report'] as const;
export type GettingStartedStep = (typeof gettingStartedSteps)[number];
export type GettingStarted = Record<GettingStartedStep, boolean>;

export const appChannels = {
  'app:info': defineChannel<AppInfo>()(z.object({}).strict()),
  /**
   * The first-run choice: a demo (`demo`, the 2026 commune unless named), or an empty start at the council's level
   * (`level`, a commune unless named). One flat strict object rather than a union, so unknown fields are refused.
   */
  'app:setup': defineChannel<AppInfo>()(
    z
      .object({
        mode: z.enum(['demo', 'empty']),
        demo: z.enum(demoNames).optional(),
        level: z.enum(councilLevels).optional(),
      })
      .strict()
      .refine((v) => (v.mode === 'demo' ? v.level === undefined : v.demo === undefined), {
        message: 'Chỉ chọn dữ liệu mẫu khi dùng dữ liệu mẫu, chỉ chọn cấp khi bắt đầu trống',
      }),
  ),
  /** Leaves the demo: a verified copy of it is kept (undoable like a restore), then an empty database is opened. */
  /** Which first steps are done (Tổng quan's getting-started list). */
  'app:gettingStarted': defineChannel<GettingStarted>()(z.object({}).strict()),
  'app:startReal': defineChannel<StartRealResult>()(z.object({}).strict()),
};
