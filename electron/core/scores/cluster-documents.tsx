/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RoundView, UnitScoreCard } from '@shared/domain/cluster-round';
import type { CouncilProfile } from '@shared/domain/council';
import { buildDocumentHeader } from '@shared/document/document-header';
import { formatDocumentDate } from '@shared/document/document-date';
import { documentWords } from '@shared/i18n/vi-document';
import {
  clusterDocumentWords as w,
  clusterKindLabels,
  clusterWords,
  nominationAwardLabels,
} from '@shared/i18n/vi-clusters';
import { parentIndexes, roundPoints } from '@shared/scoring/criteria';
import { DocumentHeaderTable, SignatureTable } from '../documents/document-parts';
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

/** A wide table on A4 landscape pages; the phiếu chấm and the biên bản stay portrait. */
const clusterCss = `${reportCss}
@page wide { size: A4 landscape; margin: 20mm 15mm 20mm 20mm; }
.wide { page: wide; }
.sheet-unit { page-break-before: always; break-before: page; }
table.data td.rank { text-align: center; font-weight: bold; }
.signers { width: 100%; border-collapse: collapse; margin-top: 8mm; break-inside: avoid; }
.signers td { width: 50%; text-align: center; vertical-align: top; border: none; }
.signers .capacity { font-weight: bold; }
.signers .signature-space { height: 24mm; }
.signers .signer-name { font-weight: bold; }
.explanation { font-style: italic; font-size: 10pt; }
`;

function Header({ data, kind }: { data: ClusterDocumentData; kind: string }) {
  const cluster = data.round.cluster;
  const header = buildDocumentHeader(
    {
      parentBody: data.council.issuingBody.replace(/\s*\(.*\)\s*$/, ''),
      issuingBody: cluster.name,
      issuingBodyCode: w.bodyCode(cluster.kind),
      place: data.council.place,
    },
    data.issuedOn,
    '',
    kind,
  );
  return <DocumentHeaderTable header={header} />;
}

function leaderName(round: RoundView): string {
  const leader = round.cluster.members.find((m) => m.unitId === round.cluster.leaderUnitId);
  return leader?.name ?? documentWords.blank;
}

function Footer({ round }: { round: RoundView }) {
  const signer = {
    capacity: w.signerCapacity(round.cluster.kind),
    title: w.signerTitle(round.cluster.kind),
    name: leaderName(round),
  };
  return <SignatureTable signer={signer} recipients={w.recipients} />;
}

function nominationNote(round: RoundView, unitId: number): string {
  return round.nominations
    .filter((n) => n.unitId === unitId)
    .map((n) => w.nominated(nominationAwardLabels[n.award], n.votes, round.minutes.voters))
    .join('; ');
}

function RankingTable({ round }: { round: RoundView }) {
  return (
    <table className="data">
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
          <th>{w.rank}</th>
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
  return (
    <main className="sheet wide">
      <Header data={data} kind="BC" />
      <div className="doc-type">{w.summaryType}</div>
      <div className="doc-subject">{w.subject(round)}</div>
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <p>{w.summaryOpening(round)}</p>
      <RankingTable round={round} />
      <Footer round={round} />
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
      <Header data={data} kind="PC" />
      <div className="doc-type">{w.sheetType}</div>
      <div className="doc-subject">{w.sheetSubject(round, card.name)}</div>
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <table className="data">
        <thead>
          <tr>
            <th>{w.stt}</th>
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
      <table className="signers">
        <tbody>
          <tr>
            <td>
              <div className="capacity">{w.unitHead}</div>
              <div className="signature-space" />
            </td>
            <td>
              <div className="capacity">{w.signerTitle(round.cluster.kind)}</div>
              <div className="signature-space" />
              <div className="signer-name">{leaderName(round)}</div>
            </td>
          </tr>
        </tbody>
      </table>
    </main>
  );
}

function Minutes({ data }: { data: ClusterDocumentData }) {
  const { round } = data;
  const m = round.minutes;
  return (
    <main className="sheet">
      <Header data={data} kind="BB" />
      <div className="doc-type">{w.minutesType}</div>
      <div className="doc-subject">{w.minutesSubject(round)}</div>
      {data.demo && <div className="demo-note">{w.demoNote}</div>}
      <p>
        {w.minutesOpening(
          m.meetingDate ? formatDocumentDate(m.meetingDate) : documentWords.blank,
          m.meetingPlace ?? documentWords.blank,
          round,
        )}
      </p>
      <p>{w.chairLine(m.chair ?? documentWords.blank, m.recorder ?? documentWords.blank)}</p>
      <p>{w.votersLine(m.voters, round.cluster.members.length)}</p>
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
      <table className="signers">
        <tbody>
          <tr>
            <td>
              <div className="capacity">{w.recorderTitle}</div>
              <div className="signature-space" />
              <div className="signer-name">{m.recorder ?? ''}</div>
            </td>
            <td>
              <div className="capacity">{w.chairTitle}</div>
              <div className="signature-space" />
              <div className="signer-name">{m.chair ?? ''}</div>
            </td>
          </tr>
        </tbody>
      </table>
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
  const body =
    document === 'tong_hop' ? (
      <Summary data={data} />
    ) : document === 'bien_ban' ? (
      <Minutes data={data} />
    ) : (
      <>
        {cards.map((card, i) => (
          <div key={card.unitId} className={i > 0 ? 'sheet-unit' : undefined}>
            <ScoreSheet data={data} card={card} />
          </div>
        ))}
      </>
    );
  const title = `${w.titles[document]} ${clusterKindLabels[data.round.cluster.kind].toLocaleLowerCase('vi')} ${data.round.cluster.name}`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
<title>${renderToStaticMarkup(<>{title}</>)}</title>
<style>${clusterCss}</style>
</head>
<body>
${renderToStaticMarkup(body)}
</body>
</html>
`;
}
