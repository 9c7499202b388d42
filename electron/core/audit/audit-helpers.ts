import { isoNow, type CoreContext } from '../context';

/** One audit line for a change the secretary made; callers own the transaction. */
export function audit(
  ctx: CoreContext,
  entity: string,
  entityId: number | string,
  before: unknown,
  after: unknown,
  reason?: string | null,
  scope?: { unitId: number | null; indicatorId: number | null; period: string | null },
): void {
  const action = before === null || before === undefined ? 'insert' : after === null ? 'delete' : 'update';
  ctx.repos.audit.record({
    at: isoNow(ctx),
    actor: ctx.actor,
    entity,
    entityId,
    action,
    before,
    after,
    reason,
    ...scope,
  });
}
