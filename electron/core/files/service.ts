import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChannelParsedInput } from '@shared/contract';
import type { SavedFiles } from '@shared/contract/files';
import { numberedName } from '@shared/domain/file-names';
import { AppError } from '@shared/errors';
import { savedFilesMessages } from '@shared/i18n/vi-files';
import { pathMessages } from '@shared/i18n/vi-paths';
import type { CoreContext } from '../context';

/**
 * `files:saveToFolder`: writes every file of an export into the folder the secretary picked once (the token's path).
 * A file never replaces one that is there (a unit's returned template may sit in the same folder under the same
 * name): the next free "name (2).xlsx" is used, created exclusively so a file appearing meanwhile is not overwritten
 * either. All or nothing: if one file cannot be written, the ones written in this call are removed and the message
 * names the file and the reason.
 */
export function saveFilesToFolder(ctx: CoreContext, input: ChannelParsedInput<'files:saveToFolder'>): SavedFiles {
  const folder = ctx.paths.resolve(input.folder, 'export-files-folder');
  // Picked earlier: a USB stick may have been pulled out since.
  if (!isFolder(folder)) throw new AppError('INVALID_INPUT', pathMessages.notFolder(folder));

  const written: string[] = [];
  for (const file of input.files) {
    try {
      written.push(writeNew(folder, file.fileName, Buffer.from(file.contentBase64, 'base64')));
    } catch (error) {
      for (const name of written) rmSync(join(folder, name), { force: true });
      ctx.log.error(`Could not write ${file.fileName} into ${folder}`, error);
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new AppError('FILE_SYSTEM', savedFilesMessages.writeFailed(file.fileName, folder, detail));
    }
  }
  ctx.log.info(`Saved ${written.length} files into ${folder}`);
  return { folder, fileNames: written };
}

/** Writes `bytes` as `name`, or as the first free "name (n)"; returns the name used. */
function writeNew(folder: string, name: string, bytes: Buffer): string {
  for (let copy = 1; ; copy += 1) {
    const candidate = copy === 1 ? name : numberedName(name, copy);
    try {
      writeFileSync(join(folder, candidate), bytes, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || copy >= 1000) throw error;
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
