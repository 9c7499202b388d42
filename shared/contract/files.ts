import { z } from 'zod';
import { isPlainName } from '../domain/file-names';
import { savedFilesMessages } from '../i18n/vi-files';
import { defineChannel } from './define';
import { pathTokenSchema } from './paths';

/** What the app exports: workbooks, Word documents, PDFs. Nothing else may be written by this channel. */
const exportedExtensions = /\.(xlsx|docx|pdf)$/i;

/** The size caps of exported files: a whole province's templates, with room to spare. */
export const savedFilesLimits = { maxFiles: 500, maxFileBytes: 20 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

const savedFileSchema = z
  .object({
    fileName: z.string().refine((name) => isPlainName(name) && exportedExtensions.test(name), {
      message: savedFilesMessages.badFileName,
    }),
    contentBase64: z
      .string()
      .min(1)
      .max(base64Length(savedFilesLimits.maxFileBytes))
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Nội dung tệp phải là base64' }),
  })
  .strict();

export interface SavedFiles {
  /** The folder the files went to, to tell the secretary. */
  folder: string;
  /** The names written, in order: a name already taken in the folder gets " (2)", never overwrites. */
  fileNames: string[];
}

export const filesChannels = {
  /**
   * Writes every file of an export into one folder, picked once with `paths:choose` for `export-files-folder` (the
   * main process's folder dialog; a typed full path in the browser mode). The page sends the token, never a path.
   */
  'files:saveToFolder': defineChannel<SavedFiles>()(
    z
      .object({
        folder: pathTokenSchema,
        files: z
          .array(savedFileSchema)
          .min(1)
          .max(savedFilesLimits.maxFiles)
          .refine(
            (files) =>
              files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= base64Length(savedFilesLimits.maxTotalBytes),
            { message: `Tổng dung lượng các tệp vượt quá ${savedFilesLimits.maxTotalBytes / 1024 / 1024} MB` },
          ),
      })
      .strict(),
  ),
};
