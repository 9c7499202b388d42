import { z } from 'zod';

// Excel files crossing the process boundary, shared by the figure, self-score and award-list imports.

/**
 * Size caps on what crosses the process boundary. A returned template is a few hundred kilobytes (one sheet per
 * unit, one row per indicator); these leave room for a hundred-unit workbook while keeping a stray video or
 * database file out of the importer. The importer applies tighter caps on the unzipped content.
 */
export const excelFileLimits = {
  maxFiles: 200,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
} as const;

/** base64 length of a file of `bytes` bytes. */
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

export const excelFileSchema = z
  .object({
    fileName: z.string().trim().min(1).max(255),
    contentBase64: z
      .string()
      .min(1)
      .max(base64Length(excelFileLimits.maxFileBytes))
      .regex(base64Pattern, { message: 'Nội dung tệp phải là base64' }),
  })
  .strict();

export const excelFilesSchema = z
  .array(excelFileSchema)
  .min(1)
  .max(excelFileLimits.maxFiles)
  .refine(
    (files) => files.reduce((sum, f) => sum + f.contentBase64.length, 0) <= base64Length(excelFileLimits.maxTotalBytes),
    { message: `Tổng dung lượng các tệp vượt quá ${excelFileLimits.maxTotalBytes / 1024 / 1024} MB` },
  );

export interface ExcelFile {
  fileName: string;
  contentBase64: string;
}
