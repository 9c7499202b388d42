/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import type { AwardRecord, Decision } from '@shared/commendation/registry';
import type { CandidateEligibility } from '@shared/commendation/evaluate-eligibility';
import type { ProposalEntry } from '@shared/commendation/registry';
import {
  attachedReference,
  documentSymbol,
  issuerInSentence,
  signatureBlock,
  type IssuingAuthority,
  type SignatureBlock,
} from '@shared/document/document-frame';
import { buildDocumentHeader, councilSignature } from '@shared/document/document-header';
import type { CouncilProfile } from '@shared/domain/council';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { formatVietnameseNumber } from '@shared/domain/vietnamese-number';
import { awardDocumentWords as w } from '@shared/i18n/vi-commendation';
import { documentHtml } from '../documents/document-html';
import { Closing, DocumentHeaderTable, SignatureTable, TitleBlockView } from '../documents/document-parts';
import { reportCss } from '../documents/report-css';

const money = (amount: number | null) => (amount === null ? '' : formatVietnameseNumber(amount, 0));

function recipientLine(a: Pick<AwardRecord, 'personName' | 'position' | 'unitName'>) {
  return a.personName === null ? '' : [a.position, a.unitName].filter(Boolean).join(', ');
}

/** "TM. ỦY BAN NHÂN DÂN" in the settings names the collective: "ỦY BAN NHÂN DÂN". */
function councilCollective(council: CouncilProfile): string {
  return council.signerCapacity.replace(/^\s*TM\.\s*/i, '').trim() || 'Ủy ban nhân dân';
}

/**
 * The signature of a decision's list comes from the decision itself (Nghị định 30, Phụ lục I, II.7.b): the chairman
 * in person (or KT./Q./TL./TUQ.), or the committee, "TM. ỦY BAN NHÂN DÂN". A decision of another body has none here.
 */
export function decisionSignature(council: CouncilProfile, decision: Decision): SignatureBlock | null {
  const headTitle = council.signerTitle.trim() || 'Chủ tịch';
  const authority: IssuingAuthority | null =
    decision.issuer === 'chu_tich'
      ? { kind: 'head', headTitle }
      : decision.issuer === 'uy_ban'
        ? { kind: 'collective', name: councilCollective(council), headTitle }
        : null;
  return authority && signatureBlock(authority, decision.signingMode, decision.signerTitle, decision.signer);
}

export interface DecisionAnnexData {
  council: CouncilProfile;
  decision: Decision;
  awards: AwardRecord[];
  prizeTotal: number;
}

function AwardsTable({ data }: { data: DecisionAnnexData }) {
  const { awards } = data;
  return (
    <table className="data closing-table">
      <colgroup>
        <col style={{ width: '7%' }} />
        <col style={{ width: '28%' }} />
        <col style={{ width: '30%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '15%' }} />
      </colgroup>
      <thead>
        <tr>
          <th className="nowrap">{w.stt}</th>
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
  );
}

/**
 * The list attached to a decision: who receives what, and the prize money at the base salary of its date. Our own
 * decision's list is printed on our letterhead (without number and date: they are the decision's, Mẫu 1.3) and signed
 * by the decision's authority; another body's decision is recorded as a list received, with no letterhead of ours
 * and no signature.
 */
export function renderDecisionAnnexHtml(data: DecisionAnnexData): string {
  const { decision, awards, council } = data;
  const titles = [...new Set(awards.map((a) => a.titleName))].join(', ');
  const salaries = [...new Set(awards.map((a) => a.baseSalary).filter((s): s is number => s !== null))];
  const signature = decisionSignature(council, decision);
  const reference = attachedReference({
    typeName: 'Quyết định',
    number: decision.number,
    isoDate: decision.signedOn,
    issuer: decision.authority,
  });
  const notes = (
    <>
      {salaries.length === 1 && (
        <div className="table-note">
          {w.baseSalaryNote(money(salaries[0]!), formatVietnameseDate(decision.signedOn), '')}
        </div>
      )}
      <div className="table-note">{w.count(awards.length)}</div>
    </>
  );
  const body = (
    <main className="sheet">
      {signature && (
        <DocumentHeaderTable
          header={buildDocumentHeader(council, decision.signedOn, '', 'QĐ')}
          number={false}
          placeDate={false}
        />
      )}
      <TitleBlockView
        title={{ type: w.annexTitle, subject: signature ? w.annexSubject(titles) : w.receivedSubject(titles) }}
        reference={signature ? reference : w.receivedReference(reference)}
      />
      {decision.demo && <div className="demo-note">{w.demoNote}</div>}
      <AwardsTable data={data} />
      {signature ? (
        <Closing>
          {notes}
          <SignatureTable signature={signature} />
        </Closing>
      ) : (
        <Closing>{notes}</Closing>
      )}
    </main>
  );
  return documentHtml(`${w.annexTitle} ${decision.number}`, reportCss, [body]);
}

export interface SubmissionData {
  council: CouncilProfile;
  titleName: string;
  periodLabel: string;
  year: number;
  /** The Tờ trình the list is attached to: its number (digits) and date. */
  submission: { number: string; issuedOn: string };
  entries: ProposalEntry[];
  eligibility: ReadonlyMap<string, CandidateEligibility>;
  demo: boolean;
}

/** The list attached to a Tờ trình: the lines proposed upward, their achievements and the rules checked. */
export function renderSubmissionHtml(data: SubmissionData): string {
  const { council } = data;
  const number = data.submission.number.trim();
  const reference = attachedReference({
    typeName: 'Tờ trình',
    number: `${number || '…'}/${documentSymbol('to_trinh', council.issuingBodyCode)}`,
    isoDate: data.submission.issuedOn,
    issuer: issuerInSentence(council.issuerName, council.issuingBody),
  });
  const body = (
    <main className="sheet">
      <DocumentHeaderTable
        header={buildDocumentHeader(council, data.submission.issuedOn, '', 'TTr')}
        number={false}
        placeDate={false}
      />
      <TitleBlockView
        title={{ type: w.submissionTitle, subject: w.submissionSubject(data.titleName, data.periodLabel, data.year) }}
        reference={reference}
      />
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <table className="data closing-table">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '22%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="nowrap">{w.stt}</th>
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
      <Closing>
        <div className="table-note">{w.count(data.entries.length)}</div>
        <SignatureTable signature={councilSignature(council)} />
      </Closing>
    </main>
  );
  return documentHtml(`${w.submissionTitle} ${data.titleName}`, reportCss, [body]);
}
