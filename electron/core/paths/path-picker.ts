import type { PathPurpose } from '@shared/contract/paths';
import { AppError } from '@shared/errors';
import { pathMessages } from '@shared/i18n/vi-paths';
import { assertTypedLocalPath } from './path-policy';

export interface PathRequest {
  purpose: PathPurpose;
  kind: 'folder' | 'file';
  /** Only the typed picker reads it. */
  typedPath?: string | undefined;
}

/**
 * Who asks the secretary for a path. `dialog`: the desktop app's native dialog (whatever it returns is trusted,
 * shares included: the secretary pointed at it). `typed`: the browser harness, which has no dialog; the renderer
 * shows a text field and the path is held to the rules for typed paths (full, local).
 */
export interface PathPicker {
  readonly mode: 'dialog' | 'typed';
  /** The chosen path, or null when the secretary cancelled. */
  choose(request: PathRequest): Promise<string | null>;
}

/** The browser harness's picker: the path the secretary typed, if it is a full local path. */
export const typedPathPicker: PathPicker = {
  mode: 'typed',
  choose(request) {
    if (request.typedPath === undefined)
      return Promise.reject(new AppError('INVALID_INPUT', pathMessages.typedMissing));
    return Promise.resolve(assertTypedLocalPath(request.typedPath));
  },
};
