import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError, isAppError } from '@shared/errors';
import { packageMessages as m } from '@shared/i18n/vi-packages';
import { inflateEntry, readCentralDirectory, type CentralEntry } from '@core/import-guard/zip-entries';
import {
  contentSchema,
  manifestHeadSchema,
  manifestSchema,
  packageEntries,
  packageFormatVersion,
  packageLimits,
  type PackageContent,
  type PackageManifest,
} from './package-format';

export interface PackageReading {
  manifest: PackageManifest;
  content: PackageContent;
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const expected = new Set<string>(Object.values(packageEntries));
const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

const invalid = (message: string, cause?: unknown) => new AppError('FILE_INVALID', message, { cause });
const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'gốc'}: ${issue.message}` : '';
};
export const sha256Hex = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** The zip's directory, with the package's own discipline: only the three known entries, each under its cap. */
function checkedEntries(fileName: string, bytes: Buffer): Map<string, CentralEntry> {
  if (bytes.length > packageLimits.maxFileBytes) {
    throw invalid(m.tooLarge(fileName, `${megabytes(bytes.length)}, tối đa ${megabytes(packageLimits.maxFileBytes)}`));
  }
  if (bytes.length < 30 || !bytes.subarray(0, 4).equals(zipMagic)) throw invalid(m.notPackage(fileName));
  let entries: CentralEntry[];
  try {
    // A generous cap for the directory itself; the exact-name check below names the first unexpected entry.
    entries = readCentralDirectory(bytes, 64);
  } catch (error) {
    throw invalid(m.corrupt(fileName), error);
  }
  const byName = new Map<string, CentralEntry>();
  let total = 0;
  for (const entry of entries) {
    // Exact names only: no folders, no "../", no second copy of an entry hiding behind the first.
    if (!expected.has(entry.name) || byName.has(entry.name)) throw invalid(m.unexpectedEntry(fileName, entry.name));
    const cap = packageLimits.maxEntryBytes[entry.name as keyof typeof packageLimits.maxEntryBytes];
    if (entry.size > cap) throw invalid(m.tooLarge(fileName, `${entry.name}: ${megabytes(entry.size)}`));
    total += entry.size;
    byName.set(entry.name, entry);
  }
  if (total > packageLimits.maxUnzippedBytes) {
    throw invalid(m.tooLarge(fileName, `${megabytes(total)}, tối đa ${megabytes(packageLimits.maxUnzippedBytes)}`));
  }
  for (const name of expected) if (!byName.has(name)) throw invalid(m.missingEntry(fileName, name));
  return byName;
}

function inflate(fileName: string, bytes: Buffer, entry: CentralEntry): Buffer {
  try {
    return inflateEntry(bytes, entry);
  } catch (error) {
    throw invalid(m.corrupt(fileName), isAppError(error) ? error : undefined);
  }
}

function parseJson(fileName: string, bytes: Buffer, onError: (detail: string) => string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (error) {
    throw invalid(onError((error as Error).message), error);
  }
}

const sameIdentity = (manifest: PackageManifest, content: PackageContent) =>
  JSON.stringify([manifest.sender, manifest.period]) === JSON.stringify([content.sender, content.period]);

/**
 * Reads a `.tdd` package, checking before trusting anything: size and entries (from the zip's directory, before
 * inflating), the manifest's format and version, the SHA-256 of the data and of the workbook, the data's schema,
 * and that the manifest and the data name the same sender and quarter. Throws AppError FILE_INVALID in Vietnamese.
 */
export function readPackage(fileName: string, bytes: Buffer): PackageReading {
  const entries = checkedEntries(fileName, bytes);
  const manifestBytes = inflate(fileName, bytes, entries.get(packageEntries.manifest)!);
  const rawManifest = parseJson(fileName, manifestBytes, (detail) => m.badManifest(fileName, detail));
  const head = manifestHeadSchema.safeParse(rawManifest);
  if (!head.success) throw invalid(m.notPackage(fileName));
  if (head.data.formatVersion > packageFormatVersion) throw invalid(m.newerFormat(fileName, head.data.formatVersion));
  const manifest = manifestSchema.safeParse(rawManifest);
  if (!manifest.success) throw invalid(m.badManifest(fileName, firstIssue(manifest.error)));

  const contentBytes = inflate(fileName, bytes, entries.get(packageEntries.content)!);
  const workbookBytes = inflate(fileName, bytes, entries.get(packageEntries.workbook)!);
  if (
    sha256Hex(contentBytes) !== manifest.data.contentSha256 ||
    sha256Hex(workbookBytes) !== manifest.data.workbookSha256
  ) {
    throw invalid(m.tampered(fileName));
  }
  const content = contentSchema.safeParse(parseJson(fileName, contentBytes, (d) => m.badContent(fileName, d)));
  if (!content.success) throw invalid(m.badContent(fileName, firstIssue(content.error)));
  if (!sameIdentity(manifest.data, content.data)) throw invalid(m.identityMismatch(fileName));
  const keys = new Set<number>();
  for (const target of content.data.targets) {
    if (keys.has(target.key)) throw invalid(m.badContent(fileName, `targets: khóa ${target.key} lặp lại`));
    keys.add(target.key);
  }
  const reported = new Set<number>();
  for (const figure of content.data.figures) {
    if (!keys.has(figure.target) || reported.has(figure.target)) {
      throw invalid(m.badContent(fileName, `figures: khóa chỉ tiêu ${figure.target}`));
    }
    reported.add(figure.target);
  }
  return { manifest: manifest.data, content: content.data };
}
