import type ExcelJS from 'exceljs';
import { foldVietnamese } from '@shared/domain/vietnamese-text';
import { tryParseVietnameseNumber } from '@shared/domain/vietnamese-number';
import { importMessages } from '@shared/i18n/vi-excel';

/** A cell's content reduced to what the importer distinguishes. */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'boolean' }
  | { kind: 'date'; value: Date }
  /** A date cell whose number lies outside the dates Excel can show (exceljs gives an Invalid Date). */
  | { kind: 'invalidDate' }
  | { kind: 'error'; error: string; fromFormula: boolean }
  | { kind: 'noResult' };

/** A cell read for one purpose: its value (null when blank) or the Vietnamese refusal naming where it is. */
export type CellRead<T> = { ok: true; value: T | null } | { ok: false; refusal: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function richText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isRecord(value) && Array.isArray(value.richText)) {
    return (value.richText as Array<{ text?: unknown }>).map((run) => String(run.text ?? '')).join('');
  }
  return null;
}

/**
 * What a cell holds. A formula counts as its cached result: Excel stores the result it showed the unit when the
 * file was saved, so `=120+35` (villages added up) is accepted as 155; an error result (#DIV/0!, #REF!) or a formula
 * with no stored result (a file written by a script, never opened in Excel) is refused, never recalculated here.
 */
export function cellContent(value: ExcelJS.CellValue | undefined, fromFormula = false): CellContent {
  if (value === null || value === undefined) return fromFormula ? { kind: 'noResult' } : { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(value.getTime()) || year < 1900 || year > 9999
      ? { kind: 'invalidDate' }
      : { kind: 'date', value };
  }
  if (!isRecord(value)) return { kind: 'empty' };
  if ('error' in value) return { kind: 'error', error: String(value.error), fromFormula };
  if ('formula' in value || 'sharedFormula' in value) {
    return cellContent((value as { result?: ExcelJS.CellValue }).result, true);
  }
  const text = richText(value) ?? richText(value.text);
  return text === null ? { kind: 'empty' } : { kind: 'text', text };
}

function refuseNonText(content: CellContent, place: string): CellRead<never> | null {
  switch (content.kind) {
    case 'error':
      return {
        ok: false,
        refusal: content.fromFormula
          ? importMessages.formulaError(place, content.error)
          : importMessages.cellError(place, content.error),
      };
    case 'noResult':
      return { ok: false, refusal: importMessages.formulaWithoutResult(place) };
    case 'invalidDate':
      return { ok: false, refusal: importMessages.invalidDate(place) };
    default:
      return null;
  }
}

/** A lone dash is how Vietnamese reports write "nothing to report"; it reads as blank, like an empty cell. */
const dashOnly = /^[-–—]$/;

/**
 * A number cell: a number, or text written the Vietnamese way ("1.234,5", "1234,5", " 95 % "); blank is null.
 * Anything else is refused with the text quoted, never guessed ("12.34" could be 1234 or 12,34).
 */
export function readNumber(content: CellContent, place: string): CellRead<number> {
  const refused = refuseNonText(content, place);
  if (refused) return refused;
  switch (content.kind) {
    case 'empty':
      return { ok: true, value: null };
    case 'number':
      return { ok: true, value: content.value };
    case 'boolean':
      return { ok: false, refusal: importMessages.booleanNotNumber(place) };
    case 'date':
      return { ok: false, refusal: importMessages.dateNotNumber(place) };
    case 'text': {
      const text = content.text.trim();
      if (text === '' || dashOnly.test(text)) return { ok: true, value: null };
      const value = tryParseVietnameseNumber(text);
      if (value === null) return { ok: false, refusal: importMessages.notNumber(place, text.slice(0, 80)) };
      return { ok: true, value };
    }
    default:
      return { ok: true, value: null };
  }
}

const fold = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();

/**
 * A list cell (Đạt / Chưa đạt, Ước / Chính thức): one of the listed words, ignoring case, tones and extra spaces
 * ("chua dat" typed without a Vietnamese keyboard is still "Chưa đạt"); blank is null.
 */
export function readChoice<T>(
  content: CellContent,
  place: string,
  choices: ReadonlyArray<readonly [string, T]>,
  described: string,
): CellRead<T> {
  const refused = refuseNonText(content, place);
  if (refused) return refused;
  if (content.kind === 'empty') return { ok: true, value: null };
  const text = content.kind === 'text' ? content.text : content.kind === 'number' ? String(content.value) : '';
  if (text.trim() === '') return { ok: true, value: null };
  const found = choices.find(([word]) => fold(word) === fold(text));
  if (!found) return { ok: false, refusal: importMessages.notChoice(place, text.trim().slice(0, 80), described) };
  return { ok: true, value: found[1] };
}

/** Free text (Ghi chú); numbers and dates are kept as written. */
export function readText(content: CellContent, place: string, maxLength: number): CellRead<string> {
  const refused = refuseNonText(content, place);
  if (refused) return refused;
  let text: string;
  if (content.kind === 'text') text = content.text.trim();
  else if (content.kind === 'number') text = String(content.value);
  else if (content.kind === 'date') text = content.value.toISOString().slice(0, 10);
  else return { ok: true, value: null };
  if (text === '') return { ok: true, value: null };
  if (text.length > maxLength) return { ok: false, refusal: importMessages.noteTooLong(place, maxLength) };
  return { ok: true, value: text };
}

/** The plain text of a cell, for markers and keys. */
export function cellText(content: CellContent): string {
  if (content.kind === 'text') return content.text.trim();
  if (content.kind === 'number') return String(content.value);
  return '';
}
