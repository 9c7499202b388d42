import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '@shared/errors';

/**
 * A file named on the command line, as the import channels take it (name and base64), refused before it is read
 * when it is larger than the channel accepts.
 */
export function readInputFile(
  path: string,
  maxBytes: number,
  words: { cannotRead: (path: string) => string; tooLarge: (path: string) => string },
): { fileName: string; contentBase64: string } {
  const full = resolve(path);
  let size: number;
  try {
    size = statSync(full).size;
  } catch (error) {
    throw new AppError('NOT_FOUND', words.cannotRead(path), { cause: error });
  }
  if (size > maxBytes) throw new AppError('FILE_INVALID', words.tooLarge(path));
  return { fileName: basename(full), contentBase64: readFileSync(full).toString('base64') };
}
