/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import { renderToStaticMarkup } from 'react-dom/server';
import type { AwardRecord, Decision } from '@shared/commendation/registry';
import type { CandidateEligibility } from '@shared/commendation/evaluate-eligibility';
import type { ProposalEntry } from '@shared/commendation/registry';
import { formatDocumentDate } from '@shared/document/document-date';
import { buildDocumentHeader, buildSignerBlock } from '@shared/document/document-header';
import type { CouncilProfile } from '@shared/domain/council';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { awardDocumentWords as w } from '@shared/i18n/vi-commendation';
import { DocumentHeaderTable, SignatureTable } from '../documents/document-parts';
import { reportCss } from '../documents/report-css';

function Header({
  council,
  isoDate,
  number,
  kind,
}: {
  council: CouncilProfile;
  isoDate: string;
  number: string;
  kind: string;
}) {
  // An attached list repeats the bodies but not the number and date: those are the decision's.
  return <DocumentHeaderTable header={buildDocumentHeader(council, isoDate, number, kind)} annex />;
}

function Signer({ council, name }: { council: CouncilProfile; name?: string }) {
  const signer = buildSignerBlock(council);
  return <SignatureTable signer={{ ...signer, name: name ?? signer.name }} />;
}

const money = (amount: number | null) => (amount === null ? '' : formatVietnameseNumber(amount, 0));

function recipientLine(a: Pick<AwardRecord, 'personName' | 'position' | 'unitName'>) {
  return a.personName === null ? '' : [a.position, a.unitName].filter(Boolean).join(', ');
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
<title>${renderToStaticMarkup(<>{title}</>)}</title>
<style>${reportCss}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

export interface DecisionAnnexData {
  council: CouncilProfile;
  decision: Decision;
  awards: AwardRecord[];
  prizeTotal: number;
}

/** The list attached to a decision: who receives what, and the prize money at the base salary of its date. */
export function renderDecisionAnnexHtml(data: DecisionAnnexData): string {
  const { decision, awards } = data;
  const titles = [...new Set(awards.map((a) => a.titleName))].join(', ');
  const salaries = [...new Set(awards.map((a) => a.baseSalary).filter((s): s is number => s !== null))];
  const body = renderToStaticMarkup(
    <main className="sheet">
      <Header council={data.council} isoDate={decision.signedOn} number={decision.number} kind="QĐ" />
      <div className="doc-type">{w.annexTitle}</div>
      <div className="doc-subject">{w.annexSubject(titles)}</div>
      <div className="annex-subtitle">
        {w.annexAttached(decision.number, formatDocumentDate(decision.signedOn).replace(/^ngày /, ''))}
      </div>
      {decision.demo && <div className="demo-note">{w.demoNote}</div>}
      <table className="data">
        <colgroup>
          <col style={{ width: '7%' }} />
          <col style={{ width: '28%' }} />
          <col style={{ width: '30%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '15%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{w.stt}</th>
            <th>{w.name}</th>
            <th>{w.position}</th>
            <th>{w.title}</th>
            <th>{w.prize}</th>
          </tr>
        </thead>
        <tbody>
          {awards.map((a, i) => (
            <tr key={a.id}>
              <td className="center">{i + 1}</td>
              <td>{a.personName ?? a.unitName}</td>
              <td>{recipientLine(a)}</td>
              <td>{a.titleName}</td>
              <td className="num">{money(a.prizeAmount)}</td>
            </tr>
          ))}
          <tr className="group">
            <td />
            <td colSpan={3}>{w.total}</td>
            <td className="num">{money(data.prizeTotal)}</td>
          </tr>
        </tbody>
      </table>
      {salaries.length === 1 && (
        <div className="table-note">
          {w.baseSalaryNote(money(salaries[0]!), formatVietnameseDate(decision.signedOn), '')}
        </div>
      )}
      <div className="table-note">{w.count(awards.length)}</div>
      <Signer council={data.council} name={decision.signer} />
    </main>,
  );
  return page(`${w.annexTitle} ${decision.number}`, body);
}

export interface SubmissionData {
  council: CouncilProfile;
  titleName: string;
  periodLabel: string;
  year: number;
  issuedOn: string;
  entries: ProposalEntry[];
  eligibility: ReadonlyMap<string, CandidateEligibility>;
  demo: boolean;
}

/** The list attached to a Tờ trình: the lines proposed upward, their achievements and the rules checked. */
export function renderSubmissionHtml(data: SubmissionData): string {
  const body = renderToStaticMarkup(
    <main className="sheet">
      <Header council={data.council} isoDate={data.issuedOn} number="" kind="TTr" />
      <div className="doc-type">{w.submissionTitle}</div>
      <div className="doc-subject">{w.submissionSubject(data.titleName, data.periodLabel, data.year)}</div>
      <div className="annex-subtitle">{w.submissionAttached}</div>
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <table className="data">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '22%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{w.stt}</th>
            <th>{w.name}</th>
            <th>{w.position}</th>
            <th>{w.achievements}</th>
            <th>{w.eligibility}</th>
          </tr>
        </thead>
        <tbody>
          {data.entries.map((e, i) => {
            const key = e.personId !== null ? `person:${e.personId}` : `unit:${e.unitId}`;
            const checked = data.eligibility.get(key);
            return (
              <tr key={e.id}>
                <td className="center">{i + 1}</td>
                <td>{e.name}</td>
                <td>{e.personId === null ? '' : [e.jobPosition, e.unitName].filter(Boolean).join(', ')}</td>
                <td>{e.achievements}</td>
                <td>{checked ? checked.checks.map((c) => c.detail).join('; ') : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="table-note">{w.count(data.entries.length)}</div>
      <Signer council={data.council} />
    </main>,
  );
  return page(`${w.submissionTitle} ${data.titleName}`, body);
}
