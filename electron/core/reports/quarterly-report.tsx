/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import { Fragment, type ReactNode } from 'react';
import { parseProse, type ProseBlock } from '@shared/report/prose';
import { annexRowCells, reportRowCells } from '@shared/report/report-cells';
import type { ReportData } from '@shared/report/report-data';
import { reportWords } from '@shared/i18n/vi-report';
import {
  AnnexHeadingView,
  Closing,
  DocumentHeaderTable,
  SignatureTable,
  TitleBlockView,
} from '../documents/document-parts';
import { documentHtml } from '../documents/document-html';
import { reportCss } from '../documents/report-css';
import {
  annexTargets,
  hasEstimatedTarget,
  hasEstimatedUnit,
  reportAnnexHeading,
  reportFrame,
  reportSections,
  romanNumerals,
  targetsByField,
} from './report-layout';

function Block({ block }: { block: ProseBlock }) {
  return block.kind === 'paragraph' ? (
    <p>{block.text}</p>
  ) : (
    <ul>
      {block.items.map((item, j) => (
        <li key={j}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * A figure cell stays on one line; one that holds words ("176.000 (tăng 10%)", "3/4 đơn vị đạt", "Không tổng hợp
 * được") may wrap, so it does not squeeze the columns beside it.
 */
const numClass = (text: string) => (/\p{L}{2,}/u.test(text) ? 'num words' : 'num');

function Prose({ text }: { text: string }) {
  return (
    <>
      {parseProse(text).map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </>
  );
}

/**
 * The last section's text with the signature: its last paragraph (or list item) goes into the closing block, so the
 * signature never stands alone on a page.
 */
function ProseThenClosing({ text, closing }: { text: string; closing: ReactNode }) {
  const blocks = parseProse(text);
  const last = blocks[blocks.length - 1];
  const before = blocks.slice(0, -1);
  let tail: ReactNode = null;
  if (last?.kind === 'list' && last.items.length > 1) {
    before.push({ kind: 'list', items: last.items.slice(0, -1) });
    tail = <Block block={{ kind: 'list', items: last.items.slice(-1) }} />;
  } else if (last) tail = <Block block={last} />;
  return (
    <>
      {before.map((block, i) => (
        <Block key={i} block={block} />
      ))}
      <Closing>
        {tail}
        {closing}
      </Closing>
    </>
  );
}

function Addressees({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  // Phụ lục I, II.9.d: one body on the line of "Kính gửi:"; several, one a line with "-", ";" and a final ".".
  if (lines.length === 1) return <div className="addressees">{`${reportWords.addressedTo} ${lines[0]}`}</div>;
  return (
    <div className="addressees">
      <span>{reportWords.addressedTo}</span>
      <span className="list">
        {lines.map((line, i) => (
          <div key={i}>{`- ${line.replace(/[;.]$/, '')}${i === lines.length - 1 ? '.' : ';'}`}</div>
        ))}
      </span>
    </div>
  );
}

function ResultsTable({ data }: { data: ReportData }) {
  const w = reportWords.table;
  let stt = 0;
  return (
    <table className="data results">
      <colgroup>
        <col style={{ width: '6%' }} />
        <col style={{ width: '25%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '7%' }} />
        <col style={{ width: '8%' }} />
      </colgroup>
      <thead>
        <tr>
          <th className="nowrap">{w.stt}</th>
          <th>{w.indicator}</th>
          <th className="nowrap">{w.unit}</th>
          <th>{w.plan}</th>
          <th>{w.periodValue}</th>
          <th>{w.ytd}</th>
          <th className="nowrap">{w.percentOfPlan}</th>
          <th>{w.samePeriod}</th>
          <th>{w.percentOfSamePeriod}</th>
          <th>{w.status}</th>
        </tr>
      </thead>
      <tbody>
        {targetsByField(data.evaluation.targets).map((g, gi) => (
          <Fragment key={g.group}>
            <tr className="group">
              <td className="center">{romanNumerals[gi]}</td>
              <td colSpan={9}>{g.label}</td>
            </tr>
            {g.targets.map((t) => {
              const c = reportRowCells(t);
              stt += 1;
              return (
                <tr key={t.targetId}>
                  <td className="center">{stt}</td>
                  <td>{c.name}</td>
                  <td className="center">{c.unit}</td>
                  <td className={numClass(c.plan)}>{c.plan}</td>
                  <td className={numClass(c.periodValue)}>{c.periodValue}</td>
                  <td className={numClass(c.ytd)}>{c.ytd}</td>
                  <td className="num">{c.percentOfPlan}</td>
                  <td className="num">{c.samePeriodLastYear}</td>
                  <td className="num">{c.percentOfLastYear}</td>
                  <td className="center nowrap">{c.status}</td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** Phụ lục: each target with its units; the target's row stays with its first unit (report-css: tr.group). */
function Annex({ data }: { data: ReportData }) {
  const w = reportWords.annex;
  const targets = annexTargets(data.evaluation.targets);
  if (targets.length === 0) return null;
  return (
    <section className="part-annex">
      <AnnexHeadingView heading={reportAnnexHeading(data)} />
      <table className="data annex-table">
        <colgroup>
          <col style={{ width: '7%' }} />
          <col style={{ width: '41%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '14%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="nowrap">{w.stt}</th>
            <th>{w.unitName}</th>
            <th>{w.plan}</th>
            <th>{w.ytd}</th>
            <th className="nowrap">{w.percentOfPlan}</th>
            <th>{w.status}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t, ti) => (
            <Fragment key={t.targetId}>
              <tr className="group">
                <td className="center">{ti + 1}</td>
                <td colSpan={5}>
                  {t.indicator}
                  {t.unit ? ` (${t.unit})` : ''}
                </td>
              </tr>
              {t.units.map((u, ui) => {
                const c = annexRowCells(t, u);
                return (
                  <tr key={u.unitId}>
                    <td className="center nowrap">
                      {ti + 1}.{ui + 1}
                    </td>
                    <td>{c.name}</td>
                    <td className={numClass(c.plan)}>{c.plan}</td>
                    <td className={numClass(c.ytd)}>{c.ytd}</td>
                    <td className="num">{c.percentOfPlan}</td>
                    <td className="center nowrap">{c.status}</td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
      {hasEstimatedUnit(targets) && <div className="table-note">{reportWords.estimatedNote}</div>}
    </section>
  );
}

function QuarterlyReport({ data }: { data: ReportData }) {
  const frame = reportFrame(data);
  const sections = reportSections(data.prose);
  const body = (key: (typeof sections)[number]['key']): ReactNode =>
    key === 'results' ? (
      <>
        <p>{reportWords.resultsSentence(data)}</p>
        <ResultsTable data={data} />
        {hasEstimatedTarget(data) && <div className="table-note">{reportWords.estimatedNote}</div>}
        <Prose text={data.prose.results} />
      </>
    ) : (
      <Prose text={data.prose[key]} />
    );
  const last = sections[sections.length - 1]!;
  const footer = <SignatureTable signature={frame.signature} recipients={data.recipients} />;
  return (
    <main className="sheet">
      <DocumentHeaderTable header={frame.header} />
      <TitleBlockView title={frame.title} />
      <Addressees lines={frame.addressees} />
      {data.demo && <div className="demo-note">{reportWords.demoNote}</div>}
      <Prose text={reportWords.opening(data)} />
      {sections.slice(0, -1).map((s) => (
        <section key={s.key}>
          <h2>{s.heading}</h2>
          {body(s.key)}
        </section>
      ))}
      <section>
        <h2>{last.heading}</h2>
        <ProseThenClosing text={data.prose[last.key]} closing={footer} />
      </section>
    </main>
  );
}

/**
 * The complete, self-contained HTML of a quarterly report (the report, then its annex as a part of its own): no
 * external resources, so the preview, Electron's printToPDF and the Chromium used by the CLI all print the same
 * thing. React escapes every text it prints.
 */
export function renderQuarterlyReportHtml(data: ReportData): string {
  const annex = annexTargets(data.evaluation.targets).length > 0 ? [<Annex key="annex" data={data} />] : [];
  return documentHtml(`${reportWords.documentType} ${data.subject}`, reportCss, [
    <QuarterlyReport key="report" data={data} />,
    ...annex,
  ]);
}
