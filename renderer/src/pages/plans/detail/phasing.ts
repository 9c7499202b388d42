import type { PhasingMode, Target } from '@shared/domain/plan';
import { validateTargetDraft } from '@shared/domain/target-validation';
import { numberText, readNumberText } from '@renderer/format/number-text';
import { viPlans } from '@renderer/i18n/vi-plans';

export type Milestones = [number, number, number, number];
export type MilestoneTexts = [string, string, string, string];

/**
 * The four cumulative milestones as the percentages the secretary types; an even split when none are stored.
 * @example milestoneTexts([0.2, 0.5, 0.8, 1]) → ['20', '50', '80', '100']
 */
export function milestoneTexts(milestones: readonly number[] | null): MilestoneTexts {
  if (milestones === null || milestones.length !== 4) return ['25', '50', '75', '100'];
  return milestones.map((m) => numberText(Math.round(m * 100 * 1e6) / 1e6)) as MilestoneTexts;
}

/**
 * Percentages typed for Q1–Q4 as shares of the annual target (0–1).
 * @example readMilestones(['12,5', '55', '85', '100']) → { ok: true, milestones: [0.125, 0.55, 0.85, 1] }
 */
export function readMilestones(
  texts: readonly string[],
): { ok: true; milestones: Milestones } | { ok: false; problem: string } {
  const shares: number[] = [];
  for (const text of texts) {
    const reading = readNumberText(text);
    if (!reading.ok) return { ok: false, problem: viPlans.common.invalidNumber(reading.text) };
    if (reading.value === null) return { ok: false, problem: viPlans.phasing.missingMilestone };
    shares.push(reading.value / 100);
  }
  return { ok: true, milestones: shares as Milestones };
}

/** The phasing chosen for a target, checked with the rest of the target by `validateTargetDraft`. */
export function phasingChoice(
  target: Pick<Target, 'comparator' | 'value' | 'max' | 'changeMode'>,
  mode: PhasingMode,
  texts: readonly string[],
): { ok: true; phasingMode: PhasingMode; milestones: Milestones | null } | { ok: false; problem: string } {
  let milestones: Milestones | null = null;
  if (mode === 'explicit') {
    const read = readMilestones(texts);
    if (!read.ok) return read;
    milestones = read.milestones;
  }
  const problem = validateTargetDraft({ ...target, phasingMode: mode, milestones });
  return problem ? { ok: false, problem } : { ok: true, phasingMode: mode, milestones };
}

/**
 * A target's phasing in a few words for the targets table.
 * @example describePhasing({ phasingMode: 'explicit', milestones: [0.2, 0.5, 0.8, 1] }) === 'Theo mốc: 20% · 50% · 80% · 100%'
 */
export function describePhasing(target: Pick<Target, 'phasingMode' | 'milestones'>): string {
  if (target.phasingMode === 'explicit' && target.milestones) {
    return viPlans.phasing.milestonesShort(
      milestoneTexts(target.milestones)
        .map((m) => `${m}%`)
        .join(' · '),
    );
  }
  return viPlans.phasing.modes[target.phasingMode];
}
