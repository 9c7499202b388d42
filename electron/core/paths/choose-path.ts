import { statSync } from 'node:fs';
import { pathPurposeKinds, type ChosenPath, type PathPurpose } from '@shared/contract/paths';
import { AppError } from '@shared/errors';
import { pathMessages } from '@shared/i18n/vi-paths';
import type { CoreContext } from '../context';

const isKind = (path: string, kind: 'folder' | 'file') => {
  try {
    const stat = statSync(path);
    return kind === 'folder' ? stat.isDirectory() : stat.isFile();
  } catch {
    return false;
  }
};

/**
 * `paths:choose`: asks the context's picker, checks that the answer is an existing folder or file of the kind the
 * purpose needs, and hands back a token for it. Null when the secretary cancelled.
 */
export async function choosePath(
  ctx: CoreContext,
  input: { purpose: PathPurpose; typedPath?: string | undefined },
): Promise<ChosenPath | null> {
  if (ctx.picker === undefined) throw new AppError('NOT_SUPPORTED', pathMessages.noPicker);
  const kind = pathPurposeKinds[input.purpose];
  const path = await ctx.picker.choose({ purpose: input.purpose, kind, typedPath: input.typedPath });
  if (path === null) return null;
  if (!isKind(path, kind)) {
    throw new AppError('INVALID_INPUT', kind === 'folder' ? pathMessages.notFolder(path) : pathMessages.notFile(path));
  }
  return { token: ctx.paths.issue(path, input.purpose), path };
}
