import type { ReportPeriod } from '../domain/period';
import type { ReportProse } from './report-data';

export const reportStatuses = ['nhap', 'phat_hanh'] as const;
/** nháp (being written) / phát hành (issued: frozen, reprints identically). */
export type ReportStatus = (typeof reportStatuses)[number];

export interface ReportRecord {
  id: number;
  year: number;
  period: ReportPeriod;
  documentNumber: string;
  issuedOn: string;
  prose: ReportProse;
  recipients: string[];
  /** "Kính gửi" (Phụ lục I, II.9.b): the bodies a report sent upward is addressed to; empty: none printed. */
  addressees: string[];
  status: ReportStatus;
  issuedAt: string | null;
  issuedBy: string | null;
  updatedAt: string;
}
