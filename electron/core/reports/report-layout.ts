import {
  annexHeading,
  documentSymbol,
  issuerInSentence,
  type AnnexHeading,
  type SignatureBlock,
  type TitleBlock,
} from '@shared/document/document-frame';
import { buildDocumentHeader, councilSignature, type DocumentHeader } from '@shared/document/document-header';
import { indicatorGroupLabels, indicatorGroups, type IndicatorGroup } from '@shared/domain/target-form';
import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { reportWords } from '@shared/i18n/vi-report';
import type { ReportData, ReportProse } from '@shared/report/report-data';

/**
 * The order in which the quarterly report lays out its parts, for the Word and Excel files. It mirrors
 * quarterly-report.tsx (the HTML) rule for rule, so the STT of a target and the number of a section are the same
 * in the PDF, the .docx and the .xlsx.
 */

export const romanNumerals = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export interface FieldGroup {
  group: IndicatorGroup;
  /** "Kinh tế", "Văn hóa – xã hội"… */
  label: string;
  targets: TargetEvaluation[];
}

/** Targets under their field, in the plan's order inside each field; empty fields are left out. */
export function targetsByField(targets: readonly TargetEvaluation[]): FieldGroup[] {
  return indicatorGroups
    .map((group) => ({ group, label: indicatorGroupLabels[group], targets: targets.filter((t) => t.group === group) }))
    .filter((g) => g.targets.length > 0);
}

/**
 * The annex lists, per target, the units with a plan of their own or a figure, and only the targets that have such a
 * unit: a unit with neither would print a row of blanks. Without any, the report has no annex.
 */
export function annexTargets(targets: readonly TargetEvaluation[]): TargetEvaluation[] {
  return targets
    .map((t) => ({ ...t, units: t.units.filter((u) => u.target !== null || u.ytd !== null || u.achieved !== null) }))
    .filter((t) => t.units.length > 0);
}

/** The report's frame (header, title block, signature, Kính gửi): one source for the HTML, Word and Excel. */
export interface ReportFrame {
  header: DocumentHeader;
  title: TitleBlock;
  addressees: string[];
  signature: SignatureBlock;
}

export function reportFrame(data: ReportData): ReportFrame {
  return {
    header: buildDocumentHeader(data.council, data.issuedOn, data.documentNumber, 'BC'),
    title: { type: reportWords.documentType, subject: data.subject },
    addressees: data.addressees ?? [],
    signature: councilSignature(data.council),
  };
}

/** The annex heading: "Phụ lục", its title, "(Kèm theo Báo cáo số 45/BC-UBND ngày … của Ủy ban nhân dân …)". */
export function reportAnnexHeading(data: ReportData): AnnexHeading {
  const number = data.documentNumber.trim();
  return annexHeading(1, 1, reportWords.annex.title(data.periodLabel), {
    typeName: reportWords.annex.attachedTo,
    number: `${number || '…'}/${documentSymbol('bao_cao', data.council.issuingBodyCode)}`,
    isoDate: data.issuedOn,
    issuer: issuerInSentence(data.council.issuerName ?? '', data.council.issuingBody),
  });
}

export interface ReportSection {
  key: keyof ReportProse;
  /** "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI": numbered after the optional sections are dropped. */
  heading: string;
}

/** The numbered sections: clusters and awards print only when the secretary wrote something for them. */
export function reportSections(prose: ReportProse): ReportSection[] {
  const keys: Array<keyof ReportProse> = ['direction', 'results'];
  if (prose.clusters.trim() !== '') keys.push('clusters');
  if (prose.awards.trim() !== '') keys.push('awards');
  keys.push('shortcomings', 'nextSteps');
  return keys.map((key, i) => ({ key, heading: `${romanNumerals[i]}. ${reportWords.sections[key]}` }));
}

/** Whether the note "(*) số liệu ước tính" goes under the results table. */
export function hasEstimatedTarget(data: ReportData): boolean {
  return data.evaluation.targets.some((t) => t.estimated);
}

/** Whether the note goes under the annex table. */
export function hasEstimatedUnit(targets: readonly TargetEvaluation[]): boolean {
  return targets.some((t) => t.units.some((u) => u.estimated));
}

// XML 1.0 forbids most control characters; one pasted into a prose field would make Word and Excel refuse the file.
// eslint-disable-next-line no-control-regex
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as an Office file can hold it: control characters (never visible in the HTML either) are dropped. */
export function xmlSafeText(text: string): string {
  return text.replace(xmlForbidden, '');
}
