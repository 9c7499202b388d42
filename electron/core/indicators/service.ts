import type { ChannelParsedInput } from '@shared/contract';
import type { Indicator } from '@shared/domain/indicator';
import { indicatorGroups } from '@shared/domain/target-form';
import { AppError } from '@shared/errors';
import { catalogMessages } from '@shared/i18n/vi-errors';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function listIndicators(ctx: CoreContext): Indicator[] {
  return ctx.repos.indicators
    .all()
    .sort(
      (a, b) => indicatorGroups.indexOf(a.group) - indicatorGroups.indexOf(b.group) || collator.compare(a.name, b.name),
    );
}

export function requireIndicator(ctx: CoreContext, id: number): Indicator {
  const indicator = ctx.repos.indicators.byId(id);
  if (!indicator) throw new AppError('NOT_FOUND', catalogMessages.indicatorNotFound(id));
  return indicator;
}

type IndicatorInput = Omit<ChannelParsedInput<'indicators:save'>, 'id'>;

/** Inserts or returns the catalogue entry with the same name and unit; callers own the transaction. */
export function findOrCreateIndicator(ctx: CoreContext, fields: IndicatorInput, demo = false): Indicator {
  const existing = ctx.repos.indicators.byNameAndUnit(fields.name, fields.measureUnit);
  if (existing) return existing;
  const created = ctx.repos.indicators.insert({ ...fields, demo }, isoNow(ctx));
  audit(ctx, 'indicator', created.id, null, created);
  return created;
}

export function saveIndicator(ctx: CoreContext, input: ChannelParsedInput<'indicators:save'>): Indicator {
  return ctx.db.transaction(() => {
    const { id, ...fields } = input;
    const clash = ctx.repos.indicators.byNameAndUnit(fields.name, fields.measureUnit);
    if (clash && clash.id !== id) throw new AppError('CONFLICT', catalogMessages.indicatorExists(fields.name));
    if (id === undefined) {
      const created = ctx.repos.indicators.insert({ ...fields, demo: false }, isoNow(ctx));
      audit(ctx, 'indicator', created.id, null, created);
      return created;
    }
    const before = requireIndicator(ctx, id);
    ctx.repos.indicators.update(id, fields, isoNow(ctx));
    const after = requireIndicator(ctx, id);
    audit(ctx, 'indicator', id, before, after);
    return after;
  })();
}
