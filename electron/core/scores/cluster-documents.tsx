/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import type { ReactNode } from 'react';
import type { RoundView, UnitScoreCard } from '@shared/domain/cluster-round';
import type { CouncilProfile } from '@shared/domain/council';
import { abbreviatedBody, documentTypes, signatureBlock, type SignatureBlock } from '@shared/document/document-frame';
import { buildDocumentHeader, type DocumentHeader } from '@shared/document/document-header';
import { formatDocumentDate } from '@shared/document/document-date';
import { documentWords } from '@shared/i18n/vi-document';
import {
  clusterDocumentWords as w,
  clusterKindLabels,
  clusterWords,
  nominationAwardLabels,
  roundDocumentWords,
} from '@shared/i18n/vi-clusters';
import { parentIndexes, roundPoints } from '@shared/scoring/criteria';
import { documentHtml } from '../documents/document-html';
import {
  Closing,
  DocumentHeaderTable,
  SignatureTable,
  TitleBlockView,
  TwoSignatures,
} from '../documents/document-parts';
import { reportCss } from '../documents/report-css';

export const clusterDocuments = ['tong_hop', 'phieu_cham', 'bien_ban'] as const;
export type ClusterDocument = (typeof clusterDocuments)[number];

export interface ClusterDocumentData {
  council: CouncilProfile;
  round: RoundView;
  /** ISO date printed in the header. */
  issuedOn: string;
  demo: boolean;
}

const pts = (n: number | null) => (n === null ? '' : clusterWords.points(n));

/** Every round document is portrait (Phụ lục I, I.2): the ranking's nine columns fit the width at 11 pt. */
const clusterCss = `${reportCss}
table.data td.rank { text-align: center; font-weight: bold; }
.explanation { font-style: italic; font-size: 10pt; }
`;

/** The cluster speaks under the council's body: "UBND HUYỆN MỸ TÚ / CỤM THI ĐUA SỐ 1 / Số: …/BC-CTĐ". */
function header(data: ClusterDocumentData, kind: string, number: string, isoDate: string): DocumentHeader {
  const cluster = data.round.cluster;
  return buildDocumentHeader(
    {
      parentBody: abbreviatedBody(data.council.issuingBody),
      issuingBody: cluster.name,
      issuingBodyCode: w.bodyCode(cluster.kind),
      place: data.council.place,
    },
    isoDate,
    number,
    kind,
  );
}

/** The person who signs for the leading unit, with their post: a cluster is signed by a person, not a unit. */
function leaderSignature(round: RoundView, collective: boolean): SignatureBlock {
  const fields = round.documents;
  const title = roundDocumentWords.leaderTitle(round.cluster.kind);
  const block = collective
    ? signatureBlock({ kind: 'collective', name: round.cluster.name, headTitle: title }, '', title, '')
    : signatureBlock({ kind: 'head', headTitle: title }, '', title, '');
  const post = fields.leaderPost?.trim();
  return { ...block, name: fields.leaderSigner?.trim() || documentWords.blank, ...(post ? { post: `(${post})` } : {}) };
}

function nominationNote(round: RoundView, unitId: number): string {
  return round.nominations
    .filter((n) => n.unitId === unitId)
    .map((n) => w.nominated(nominationAwardLabels[n.award], n.votes, round.minutes.voters))
    .join('; ');
}

function RankingTable({ round, closing = false }: { round: RoundView; closing?: boolean }) {
  return (
    <table className={closing ? 'data closing-table' : 'data'}>
      <colgroup>
        <col style={{ width: '6%' }} />
        <col style={{ width: '27%' }} />
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <col key={i} style={{ width: '8%' }} />
        ))}
        <col style={{ width: '19%' }} />
      </colgroup>
      <thead>
        <tr>
          <th className="nowrap">{w.rank}</th>
          <th>{w.unit}</th>
          <th>{w.selfScore}</th>
          <th>{w.clusterScore}</th>
          <th>{w.content}</th>
          <th>{w.bonus}</th>
          <th>{w.deduction}</th>
          <th>{w.finalScore}</th>
          <th>{w.note}</th>
        </tr>
      </thead>
      <tbody>
        {round.units.map((u) => (
          <tr key={u.unitId}>
            <td className="rank">{u.rank}</td>
            <td>{u.name}</td>
            <td className="num">{pts(u.totals.tu_cham.total)}</td>
            <td className="num">{pts(u.totals.cum_cham.total)}</td>
            <td className="num">{pts(u.final.content)}</td>
            <td className="num">{pts(u.final.bonus)}</td>
            <td className="num">{pts(u.final.deduction)}</td>
            <td className="num">
              <b>{pts(u.final.total)}</b>
            </td>
            <td>{[w.tieNote(u.tieBrokenBy), nominationNote(round, u.unitId)].filter((s) => s !== '').join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Summary({ data }: { data: ClusterDocumentData }) {
  const { round } = data;
  const fields = round.documents;
  return (
    <main className="sheet">
      <DocumentHeaderTable header={header(data, 'BC', fields.summaryNumber, fields.summaryDate ?? data.issuedOn)} />
      <TitleBlockView title={{ type: documentTypes.bao_cao.name, subject: roundDocumentWords.summarySubject(round) }} />
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <p>{w.summaryOpening(round)}</p>
      <RankingTable round={round} closing />
      <Closing>
        <SignatureTable signature={leaderSignature(round, true)} recipients={w.recipients} />
      </Closing>
    </main>
  );
}

/** Subtotals of every row of the table for one layer: a leaf's own points, a group's sum of its leaves. */
function rowSums(round: RoundView, pick: (id: number) => number | null): (number | null)[] {
  const parents = parentIndexes(round.criteria);
  const sums: (number | null)[] = round.criteria.map(() => null);
  round.criteria.forEach((row, i) => {
    if (!row.leaf) return;
    const value = pick(row.id);
    if (value === null) return;
    for (let at = i; at >= 0; at = parents[at]!) sums[at] = roundPoints((sums[at] ?? 0) + value);
  });
  return sums;
}

function ScoreSheet({ data, card }: { data: ClusterDocumentData; card: UnitScoreCard }) {
  const { round } = data;
  const scores = new Map(card.criteria.map((c) => [c.criterionId, c]));
  const layer = (l: 'tu_cham' | 'cum_cham' | 'hoi_dong') =>
    rowSums(round, (id) => scores.get(id)?.layers[l].points ?? null);
  const self = layer('tu_cham');
  const leader = layer('cum_cham');
  const council = layer('hoi_dong');
  return (
    <main className="sheet">
      {/* A form, not a document type of Phụ lục III: no number, so no symbol to mismatch. */}
      <DocumentHeaderTable header={header(data, '', '', round.documents.sheetDate ?? data.issuedOn)} number={false} />
      <TitleBlockView title={{ type: w.sheetType, subject: roundDocumentWords.sheetSubject(round, card.name) }} />
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <table className="data closing-table">
        <thead>
          <tr>
            <th className="nowrap">{w.stt}</th>
            <th>{w.criterion}</th>
            <th>{w.maxPoints}</th>
            <th>{w.selfScore}</th>
            <th>{w.clusterScore}</th>
            <th>{w.councilScore}</th>
            <th>{w.note}</th>
          </tr>
        </thead>
        <tbody>
          {round.criteria.map((row, i) => {
            const s = scores.get(row.id);
            const notes: ReactNode[] = [];
            if (s?.computed)
              notes.push(
                <div key="c" className="explanation">
                  {s.computed.explanation}
                </div>,
              );
            for (const l of ['tu_cham', 'cum_cham', 'hoi_dong'] as const) {
              const comment = s?.layers[l].comment;
              if (comment) notes.push(<div key={l}>{w.commentOf(l, comment)}</div>);
            }
            return (
              <tr key={row.id} className={row.leaf ? undefined : 'group'}>
                <td className="center">{row.code}</td>
                <td>{row.title}</td>
                <td className="num">{row.kind === 'tru' ? `−${pts(row.maxPoints)}` : pts(row.maxPoints)}</td>
                <td className="num">{pts(self[i] ?? null)}</td>
                <td className="num">{pts(leader[i] ?? null)}</td>
                <td className="num">{pts(council[i] ?? null)}</td>
                <td>{notes}</td>
              </tr>
            );
          })}
          <tr className="group">
            <td />
            <td>{clusterWords.total}</td>
            <td className="num">{pts(round.maxima.total)}</td>
            <td className="num">{pts(card.totals.tu_cham.total)}</td>
            <td className="num">{pts(card.totals.cum_cham.total)}</td>
            <td className="num">{pts(card.totals.hoi_dong.total)}</td>
            <td>{w.rankLine(card.rank, round.units.length)}</td>
          </tr>
        </tbody>
      </table>
      <Closing>
        <TwoSignatures left={{ lines: [w.unitHead], name: '' }} right={leaderSignature(round, false)} />
      </Closing>
    </main>
  );
}

/** Biên bản after Mẫu 1.9 of Nghị định 30: no date line in the header; the meeting's times in the text. */
function Minutes({ data }: { data: ClusterDocumentData }) {
  const { round } = data;
  const m = round.minutes;
  const f = round.documents;
  const r = roundDocumentWords;
  const date = m.meetingDate ? formatDocumentDate(m.meetingDate) : documentWords.blank;
  const attendees = f.attendees?.trim() || r.defaultAttendees(round.cluster.members.length, m.voters);
  return (
    <main className="sheet">
      <DocumentHeaderTable
        header={header(data, 'BB', f.minutesNumber, m.meetingDate ?? data.issuedOn)}
        placeDate={false}
      />
      <TitleBlockView title={{ type: documentTypes.bien_ban.name, subject: w.minutesSubject(round) }} />
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <p>{r.startLine(r.clock(f.startTime), date)}</p>
      <p>{r.placeLine(m.meetingPlace ?? documentWords.blank)}</p>
      <p>{r.attendeesLine(attendees)}</p>
      <p>{r.chairLine(m.chair ?? documentWords.blank)}</p>
      <p>{r.recorderLine(m.recorder ?? documentWords.blank)}</p>
      <p>{r.contentLine}</p>
      <h2>{w.rankingHeading}</h2>
      <RankingTable round={round} />
      <h2>{w.nominationHeading}</h2>
      {round.nominations.length === 0 ? (
        <p>{w.noNomination}</p>
      ) : (
        <ul>
          {round.nominations.map((n) => (
            <li key={`${n.award}-${n.unitId}`}>
              {w.nominationLine(nominationAwardLabels[n.award], n.unitName, n.votes, m.voters)}
            </li>
          ))}
        </ul>
      )}
      {m.note && <p>{m.note}</p>}
      <p>{w.closing}</p>
      <Closing>
        <p>{r.endLine(r.clock(f.endTime), date)}</p>
        <TwoSignatures
          left={{ lines: [r.recorderTitle], name: m.recorder ?? '' }}
          right={{ lines: [r.chairTitle], name: m.chair ?? '' }}
          recipients={f.minutesRecipients.length > 0 ? f.minutesRecipients : r.minutesRecipients}
        />
      </Closing>
    </main>
  );
}

/**
 * A cluster round's printed document as complete, self-contained HTML (Nghị định 30 layout, the quarterly report's
 * CSS): the summary table on A4 landscape, every unit's scoring sheet (or one), or the minutes with the nomination.
 */
export function renderClusterDocumentHtml(
  data: ClusterDocumentData,
  document: ClusterDocument,
  unitId?: number,
): string {
  const cards = data.round.units.filter((u) => unitId === undefined || u.unitId === unitId);
  const title = `${w.titles[document]} ${clusterKindLabels[data.round.cluster.kind].toLocaleLowerCase('vi')} ${data.round.cluster.name}`;
  // Each unit's sheet is a part of its own: its pages are numbered from 1, as a separate sheet is.
  const parts =
    document === 'tong_hop'
      ? [<Summary key="summary" data={data} />]
      : document === 'bien_ban'
        ? [<Minutes key="minutes" data={data} />]
        : cards.map((card) => (
            <div key={card.unitId} className="part-portrait">
              <ScoreSheet data={data} card={card} />
            </div>
          ));
  return documentHtml(title, clusterCss, parts);
}
