import type { auditChannels } from '@shared/contract/audit';
import type { HandlersFor } from '../dispatch/handler-types';

export const auditHandlers: HandlersFor<typeof auditChannels> = {
  'audit:search': (input, ctx) => ctx.repos.audit.search(input),
};
