import type { PathPurpose } from '@shared/contract/paths';
import type { CoreContext } from '@core/context';
import { invoke } from '@core/dispatch/dispatch';

/**
 * The secretary picks `path` in the app's own dialog for `purpose`: a scripted dialog answers, and the renderer
 * receives the token through `paths:choose`, exactly as in the desktop app. Returns the token.
 */
export async function pickPath(ctx: CoreContext, purpose: PathPurpose, path: string): Promise<string> {
  ctx.picker = { mode: 'dialog', choose: () => Promise.resolve(path) };
  const chosen = await invoke(ctx, 'paths:choose', { purpose });
  if (chosen === null) throw new Error('the scripted dialog was cancelled');
  return chosen.token;
}
