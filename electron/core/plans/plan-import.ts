import type { ChannelParsedInput } from '@shared/contract';
import type { PlanImportProposal } from '@shared/contract/plans';
import { suggestIndicator } from '@shared/domain/indicator-suggestion';
import type { Plan } from '@shared/domain/plan';
import { validateTargetDraft } from '@shared/domain/target-validation';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { AppError } from '@shared/errors';
import { planMessages } from '@shared/i18n/vi-errors';
import { planReadingMessages } from '@shared/i18n/vi-plan-reading';
import { proposeEarlierIndicator, type IndicatorName } from '@shared/plan-text/earlier-indicator';
import { parsePlanText } from '@shared/plan-text/parse-plan';
import type { ParsedTarget } from '@shared/plan-text/types';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { findOrCreateIndicator, requireIndicator } from '../indicators/service';
import { deletePlan, requireMovements, requirePlan } from './service';

/** The indicators an earlier year's plans set targets on, for linking "so với năm 2025" to last year's indicator. */
function indicatorsOfYear(ctx: CoreContext, year: number, cache: Map<number, IndicatorName[]>): IndicatorName[] {
  let found = cache.get(year);
  if (found === undefined) {
    const ids = new Set(ctx.repos.targets.byYear(year).map((target) => target.indicatorId));
    found = ctx.repos.indicators.all().filter((indicator) => ids.has(indicator.id));
    cache.set(year, found);
  }
  return found;
}

/** A change measured against an earlier year ("so với năm trước", "so với năm 2024", "cùng kỳ"). */
function baselineYearOf(target: ParsedTarget): number | null {
  const kind = target.reference?.kind;
  return kind === 'year' || kind === 'previous_year' || kind === 'same_period' ? target.baselineYear : null;
}

/**
 * Reads a plan's text into a proposal for the review screen: nothing is written. Each target is matched to the
 * catalogue by name and unit (ignoring case and diacritics) so a second year's plan reuses last year's indicators;
 * a target measured against an earlier year is linked, by its name, to the indicator that year's plan used, so it
 * gets its baseline (the secretary confirms the link). A plan without targets is still proposed, with its notice.
 */
export function proposePlanImport(ctx: CoreContext, text: string): PlanImportProposal {
  if (text.trim() === '') throw new AppError('PLAN_TEXT_INVALID', planMessages.emptyText);
  const parsed = parsePlanText(text);
  const catalogue = ctx.repos.indicators.all();
  const key = (name: string, unit: string | null) => `${foldVietnamese(name).trim()}|${unit ?? ''}`;
  const byKey = new Map(catalogue.map((i) => [key(i.name, i.measureUnit), i.id]));
  const earlierByYear = new Map<number, IndicatorName[]>();
  const existing =
    parsed.header.number && parsed.header.date
      ? ctx.repos.plans.byNumberAndDate(parsed.header.number, parsed.header.date)
      : undefined;
  return {
    parsed,
    sourceText: text,
    existingPlanId: existing?.id ?? null,
    targets: parsed.targets.map((target) => {
      const suggestion = suggestIndicator(target);
      const baselineYear = baselineYearOf(target);
      const earlier =
        baselineYear === null
          ? null
          : proposeEarlierIndicator(target.name, indicatorsOfYear(ctx, baselineYear, earlierByYear));
      const link =
        earlier === null || baselineYear === null
          ? null
          : { indicatorId: earlier.id, name: earlier.name, year: baselineYear };
      const linkReason = link === null ? null : planReadingMessages.baselineLink(link.name, link.year);
      return {
        ...target,
        ambiguous: target.ambiguous || link !== null,
        ambiguityReason: [target.ambiguityReason, linkReason].filter(Boolean).join(' ') || null,
        matchedIndicatorId: link?.indicatorId ?? byKey.get(key(suggestion.name, suggestion.measureUnit)) ?? null,
        baselineLink: link,
        suggestedIndicator: {
          ...suggestion,
          numeratorLabel: null,
          denominatorLabel: null,
        },
      };
    }),
  };
}

/**
 * Saves a reviewed plan and all its targets in one transaction. A plan with the same number and date is replaced
 * only when the secretary confirmed it; each bad row is refused with its row number and nothing is written.
 */
export function importPlan(ctx: CoreContext, input: ChannelParsedInput<'plans:import'>, demo = false): Plan {
  return ctx.db.transaction(() => {
    const { header } = input;
    const existing =
      header.number && header.issuedOn ? ctx.repos.plans.byNumberAndDate(header.number, header.issuedOn) : undefined;
    if (existing && !input.replaceExisting) {
      throw new AppError('PLAN_EXISTS', planMessages.exists(header.number!, formatVietnameseDate(header.issuedOn!)));
    }
    if (existing) deletePlan(ctx, existing.id, 'Thay thế khi nhập lại kế hoạch');
    requireMovements(ctx, input.movementIds);
    const now = isoNow(ctx);
    const planId = ctx.repos.plans.insert({ ...header, sourceText: input.sourceText, status: 'nhap', demo }, now);
    ctx.repos.plans.replaceMovements(planId, input.movementIds);
    input.targets.forEach((row, index) => {
      const indicator =
        row.indicatorId !== undefined
          ? requireIndicator(ctx, row.indicatorId)
          : findOrCreateIndicator(ctx, row.newIndicator!, demo);
      const problem = validateTargetDraft(row, indicator.kind);
      if (problem) throw new AppError('INVALID_INPUT', planMessages.targetRow(index + 1, indicator.name, problem));
      const { indicatorId: _id, newIndicator: _new, ...draft } = row;
      try {
        const target = ctx.repos.targets.insert(
          { ...draft, planId, indicatorId: indicator.id, unitId: null, year: header.year, position: index },
          now,
        );
        audit(ctx, 'target', target.id, null, target);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new AppError(
            'INVALID_INPUT',
            planMessages.targetRow(index + 1, indicator.name, planMessages.targetDuplicate),
          );
        }
        throw error;
      }
    });
    const plan = requirePlan(ctx, planId);
    audit(ctx, 'plan', planId, null, { ...plan, sourceText: undefined });
    return plan;
  })();
}
