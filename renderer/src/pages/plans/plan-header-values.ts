import dayjs, { type Dayjs } from 'dayjs';
import type { ImportHeader } from '@shared/domain/plan-import-rows';
import { toIsoDate } from '@renderer/forms/DateField';

/** What the plan header form holds (Số, Ngày ban hành, …, Căn cứ one per line, linked movements). */
export interface PlanHeaderValues {
  number?: string;
  issuedOn?: Dayjs | null;
  place?: string;
  issuer?: string;
  title: string;
  theme?: string;
  year: number;
  phases?: { name?: string; start?: Dayjs | null; end?: Dayjs | null }[];
  legalBases?: string;
  signer?: string;
  movementIds?: number[];
}

function toDay(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

function blankToNull(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function headerValuesFrom(header: ImportHeader, movementIds: readonly number[]): PlanHeaderValues {
  return {
    number: header.number ?? '',
    issuedOn: toDay(header.issuedOn),
    place: header.place ?? '',
    issuer: header.issuer ?? '',
    title: header.title,
    theme: header.theme ?? '',
    year: header.year,
    phases: header.phases.map((p) => ({ name: p.name, start: toDay(p.start), end: toDay(p.end) })),
    legalBases: header.legalBases.join('\n'),
    signer: header.signer ?? '',
    movementIds: [...movementIds],
  };
}

/**
 * The contract's header from the form: trimmed, blanks as null, one legal basis per non-empty line.
 * @example headerFromValues({ title: ' KH ', year: 2023, legalBases: 'Căn cứ A\n\nCăn cứ B' }).legalBases → ['Căn cứ A', 'Căn cứ B']
 */
export function headerFromValues(values: PlanHeaderValues): ImportHeader {
  return {
    number: blankToNull(values.number),
    issuedOn: values.issuedOn ? toIsoDate(values.issuedOn) : null,
    place: blankToNull(values.place),
    issuer: blankToNull(values.issuer),
    title: values.title.trim(),
    theme: blankToNull(values.theme),
    year: values.year,
    phases: (values.phases ?? []).map((p) => ({
      name: p.name?.trim() ?? '',
      start: p.start ? toIsoDate(p.start) : null,
      end: p.end ? toIsoDate(p.end) : null,
    })),
    legalBases: (values.legalBases ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    signer: blankToNull(values.signer),
  };
}
