import { isAbsolute as isPosixAbsolute } from 'node:path/posix';
import { AppError } from '@shared/errors';
import { pathMessages } from '@shared/i18n/vi-paths';

/**
 * `\\server\share\…`, `//server/share`, and Windows device namespaces (`\\?\…`, `\\.\pipe\…`, `\??\…`). Opening one
 * of these makes Windows talk to another machine (sending the user's NTLM hash) or to a device or pipe, so they are
 * accepted only when the secretary picked them in the app's own dialog.
 */
export function isNetworkOrDevicePath(path: string): boolean {
  return /^[\\/]{2}/.test(path) || /^\\\?\?\\/.test(path);
}

/** `C:\…`, `C:/…`, or (Linux test machines) `/…`. Drive-relative `C:foo` and bare `foo` are not absolute. */
export function isAbsoluteLocalPath(path: string): boolean {
  if (isNetworkOrDevicePath(path)) return false;
  return /^[A-Za-z]:[\\/]/.test(path) || isPosixAbsolute(path);
}

/**
 * A path typed rather than picked (the browser harness's picker, command-line arguments checked the same way):
 * full, local, no control characters. Returns it trimmed; throws INVALID_INPUT with a Vietnamese message.
 */
export function assertTypedLocalPath(typed: string): string {
  const path = typed.trim();
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point here
  if (/[\u0000-\u001f]/.test(path)) throw new AppError('INVALID_INPUT', pathMessages.control);
  if (isNetworkOrDevicePath(path)) throw new AppError('INVALID_INPUT', pathMessages.networkOrDevice(path));
  if (!isAbsoluteLocalPath(path)) throw new AppError('INVALID_INPUT', pathMessages.notAbsolute(path));
  return path;
}
