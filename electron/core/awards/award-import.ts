import { createHash } from 'node:crypto';
import type {
  AwardImportFilePreview,
  AwardImportPreview,
  AwardImportResult,
  AwardImportRow,
} from '@shared/contract/awards';
import type { ExcelFile } from '@shared/contract/excel';
import type { AwardTitle } from '@shared/commendation/catalogue';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { AppError } from '@shared/errors';
import { awardImportMessages as m } from '@shared/i18n/vi-award-excel';
import { titleAbbreviations } from '@shared/i18n/vi-commendation';
import { excelPlace } from '@shared/i18n/vi-excel';
import { isoNow, type CoreContext } from '../context';
import { audit } from '../audit/audit-helpers';
import { readEachIsolated } from '../isolation/isolated-read';
import type { AwardFileReading, AwardSheetRow } from './award-import-read';

/**
 * Names compared "the Vietnamese way": same letters and tones, case and spacing ignored ("NGUYỄN VĂN  AN" is
 * "Nguyễn Văn An", but "Nguyen Van An" is not — a person or unit is never guessed from a name without its tones).
 * @example sameNameKey('  LÊ  Văn Cường ') === 'lê văn cường'
 */
export function sameNameKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

/** Titles by code, name or abbreviation, diacritics ignored ("lao dong tien tien", "LĐTT", "LDTT"). */
const titleKey = (text: string) =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Lookups {
  units: Map<string, Array<{ id: number; name: string }>>;
  titles: Map<string, AwardTitle>;
  people: Map<string, number[]>;
  /** `person:12:3:2022` / `unit:4:7:2022`: holder, title and year already recorded. */
  recorded: Set<string>;
}

function lookups(ctx: CoreContext): Lookups {
  const units = new Map<string, Array<{ id: number; name: string }>>();
  const add = (key: string, unit: { id: number; name: string }) => {
    const list = units.get(key) ?? [];
    if (!list.some((u) => u.id === unit.id)) list.push(unit);
    units.set(key, list);
  };
  for (const unit of ctx.repos.units.all()) {
    add(sameNameKey(unit.name), unit);
    add(sameNameKey(unit.code), unit);
  }
  const titles = new Map<string, AwardTitle>();
  for (const title of ctx.repos.awardTitles.all()) {
    for (const text of [title.code, title.name, titleAbbreviations[title.code]]) {
      if (text !== undefined && !titles.has(titleKey(text))) titles.set(titleKey(text), title);
    }
  }
  const people = new Map<string, number[]>();
  for (const person of ctx.repos.people.all()) {
    const key = `${sameNameKey(person.fullName)}@${person.unitId}`;
    people.set(key, [...(people.get(key) ?? []), person.id]);
  }
  const recorded = new Set(
    ctx.repos.awards
      .all()
      .map((a) => `${a.personId !== null ? `person:${a.personId}` : `unit:${a.unitId}`}:${a.titleId}:${a.year}`),
  );
  return { units, titles, people, recorded };
}

interface PlannedFile extends AwardImportFilePreview {
  /** New people by key, as first written (name, position). */
  newPeople: Map<string, { fullName: string; position: string | null; unitId: number }>;
}

/**
 * Matches every row against the catalogue and the records: unit by exact name or code (never guessed), title by
 * code or name, person by name in that unit (or a new person), duplicates (already recorded, or repeated in the
 * files) marked and skipped. Synchronous, so apply can run it again inside its transaction.
 */
function plan(ctx: CoreContext, readings: readonly AwardFileReading[]): PlannedFile[] {
  const look = lookups(ctx);
  const seen = new Map<string, { file: string; row: number }>();
  return readings.map((reading) => {
    const file: PlannedFile = {
      fileName: reading.fileName,
      accepted: false,
      rows: [],
      refusals: [...reading.refusals],
      notices: [...reading.notices],
      newPeople: new Map(),
    };
    const place = (r: AwardSheetRow, column: keyof AwardSheetRow['columns']) =>
      excelPlace({ file: reading.fileName, sheet: r.sheetName, row: r.row, column: r.columns[column] });
    for (const r of reading.rows) {
      const units = look.units.get(sameNameKey(r.unit!)) ?? [];
      const title = look.titles.get(titleKey(r.title!));
      if (units.length !== 1) file.refusals.push(m.unknownUnit(place(r, 'unit'), r.unit!));
      if (!title) file.refusals.push(m.unknownTitle(place(r, 'title'), r.title!));
      if (units.length !== 1 || !title) continue;
      const unit = units[0]!;
      let personId: number | null = null;
      let holder: string;
      let name = unit.name;
      let newPerson = false;
      if (title.recipient === 'ca_nhan') {
        if (r.name === null) {
          file.refusals.push(m.missingName(place(r, 'name')));
          continue;
        }
        name = r.name;
        const key = `${sameNameKey(r.name)}@${unit.id}`;
        const found = look.people.get(key) ?? [];
        if (found.length > 1) {
          file.refusals.push(m.ambiguousPerson(place(r, 'name'), r.name, unit.name));
          continue;
        }
        if (found.length === 1) {
          personId = found[0]!;
          holder = `person:${personId}`;
        } else {
          newPerson = true;
          holder = `new:${key}`;
          if (!file.newPeople.has(key)) {
            file.newPeople.set(key, { fullName: r.name, position: r.position, unitId: unit.id });
          }
        }
      } else holder = `unit:${unit.id}`;
      const recordKey = `${holder}:${title.id}:${r.year}`;
      const earlier = seen.get(recordKey);
      const decision = r.number !== null ? ctx.repos.decisions.byNumber(r.number, r.date!) : undefined;
      const row: AwardImportRow = {
        sheetName: r.sheetName,
        row: r.row,
        status: 'new',
        recipient: title.recipient,
        name,
        position: title.recipient === 'ca_nhan' ? r.position : null,
        personId,
        newPerson,
        unitId: unit.id,
        unitName: unit.name,
        titleId: title.id,
        titleName: title.name,
        year: r.year!,
        decisionNumber: r.number,
        decisionDate: r.date,
        decisionId: decision?.id ?? null,
        note: null,
      };
      if (look.recorded.has(recordKey)) {
        row.status = 'duplicate';
        row.note = m.duplicateInDatabase;
      } else if (earlier) {
        row.status = 'duplicate';
        row.note =
          earlier.file === reading.fileName
            ? m.duplicateInFile(earlier.row)
            : `${m.duplicateInFile(earlier.row)} "${earlier.file}"`;
      } else seen.set(recordKey, { file: reading.fileName, row: r.row });
      file.rows.push(row);
    }
    file.accepted = file.refusals.length === 0;
    if (!file.accepted) {
      // Rows of a refused file do not hold their place: a later file may record them.
      for (const [key, at] of [...seen]) if (at.file === reading.fileName) seen.delete(key);
    }
    return file;
  });
}

function digestOf(files: readonly PlannedFile[]): string {
  const accepted = files
    .filter((f) => f.accepted)
    .map((f) => ({
      file: f.fileName,
      rows: f.rows.map((r) => [
        r.sheetName,
        r.row,
        r.status,
        r.personId,
        r.newPerson ? sameNameKey(r.name) : null,
        r.position,
        r.unitId,
        r.titleId,
        r.year,
        r.decisionNumber,
        r.decisionDate,
        r.decisionId,
      ]),
    }));
  return createHash('sha256').update(JSON.stringify(accepted)).digest('hex');
}

function toPreview(files: readonly PlannedFile[]): AwardImportPreview {
  const accepted = files.filter((f) => f.accepted);
  const toWrite = accepted.flatMap((f) => f.rows.filter((r) => r.status === 'new'));
  const newDecisions = new Set(
    toWrite
      .filter((r) => r.decisionNumber !== null && r.decisionId === null)
      .map((r) => `${r.decisionNumber}|${r.decisionDate}`),
  );
  return {
    files: files.map(({ newPeople: _newPeople, ...f }) => f),
    totals: {
      awards: toWrite.length,
      newPeople: accepted.reduce((sum, f) => sum + f.newPeople.size, 0),
      matchedPeople: new Set(toWrite.flatMap((r) => (r.personId !== null ? [r.personId] : []))).size,
      newDecisions: newDecisions.size,
      duplicates: accepted.reduce((sum, f) => sum + f.rows.filter((r) => r.status === 'duplicate').length, 0),
      refusedFiles: files.length - accepted.length,
    },
    digest: digestOf(files),
  };
}

/** Each file read in the isolated reader, one at a time; what comes back is plain row data. */
function readAll(ctx: CoreContext, files: readonly ExcelFile[]): Promise<AwardFileReading[]> {
  return readEachIsolated(ctx.log, 'read-award-file', files, (file, message) => ({
    fileName: file.fileName,
    rows: [],
    refusals: [message],
    notices: [],
  }));
}

/** `awards:previewImport`: every row of the files, matched and checked; writes nothing. */
export async function previewAwardImport(ctx: CoreContext, files: readonly ExcelFile[]): Promise<AwardImportPreview> {
  return toPreview(plan(ctx, await readAll(ctx, files)));
}

/**
 * `awards:applyImport`: plans again inside one transaction and refuses if the digest differs from the preview's
 * (a record added, a person renamed, a file swapped); then creates the new people, decisions and awards of the
 * accepted files, each audited. Imported awards carry no prize money (it was not recorded in the old lists).
 */
export async function applyAwardImport(
  ctx: CoreContext,
  input: { files: readonly ExcelFile[]; digest: string; reason?: string | undefined },
): Promise<AwardImportResult> {
  const readings = await readAll(ctx, input.files);
  return ctx.db.transaction(() => {
    const files = plan(ctx, readings);
    if (digestOf(files) !== input.digest) throw new AppError('CONFLICT', m.changed);
    const now = isoNow(ctx);
    const reason = input.reason ?? null;
    const people = new Map<string, number>();
    const decisions = new Map<string, number>();
    const result: AwardImportResult = {
      awards: 0,
      people: 0,
      decisions: 0,
      duplicates: 0,
      refusedFiles: files.filter((f) => !f.accepted).map((f) => f.fileName),
    };
    for (const file of files.filter((f) => f.accepted)) {
      for (const row of file.rows) {
        if (row.status === 'duplicate') {
          result.duplicates += 1;
          continue;
        }
        let personId = row.personId;
        if (row.newPerson) {
          const key = `${sameNameKey(row.name)}@${row.unitId}`;
          personId = people.get(key) ?? null;
          if (personId === null) {
            const fields = file.newPeople.get(key)!;
            const created = ctx.repos.people.insert(
              { ...fields, birthDate: null, gender: null, statGroup: 'truc_tiep', demo: false },
              now,
            );
            audit(ctx, 'person', created.id, null, created, reason);
            people.set(key, created.id);
            personId = created.id;
            result.people += 1;
          }
        }
        let decisionId = row.decisionId;
        if (row.decisionNumber !== null && decisionId === null) {
          const key = `${row.decisionNumber}|${row.decisionDate}`;
          decisionId = decisions.get(key) ?? null;
          if (decisionId === null) {
            const created = ctx.repos.decisions.insert(
              {
                number: row.decisionNumber,
                signedOn: row.decisionDate!,
                signer: m.unknownSigner,
                authority: m.unknownAuthority,
                subject: m.importedSubject(file.fileName),
                // Known only by number and date: printed as a list received, never signed in our name.
                issuer: 'cap_tren',
                signingMode: '',
                signerTitle: '',
                demo: false,
              },
              now,
            );
            audit(ctx, 'decision', created.id, null, created, reason);
            decisions.set(key, created.id);
            decisionId = created.id;
            result.decisions += 1;
          }
        }
        const award = ctx.repos.awards.insert(
          {
            titleId: row.titleId,
            year: row.year,
            period: 'Y',
            personId,
            unitId: personId === null ? row.unitId : null,
            decisionId,
            decisionText: decisionId === null ? m.importedWithoutDecision(file.fileName) : '',
            prizeMultiple: null,
            baseSalary: null,
            prizeAmount: null,
            method: 'thuong_xuyen',
            demo: false,
          },
          now,
        );
        audit(ctx, 'award', award.id, null, award, reason);
        result.awards += 1;
      }
    }
    return result;
  })();
}
