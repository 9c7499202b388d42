/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import { Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { buildDocumentHeader, buildSignerBlock } from '@shared/document/document-header';
import { indicatorGroupLabels, indicatorGroups } from '@shared/domain/target-form';
import type { TargetEvaluation } from '@shared/evaluation/evaluate-plan';
import { parseProse } from '@shared/report/prose';
import { annexRowCells, reportRowCells } from '@shared/report/report-cells';
import type { ReportData } from '@shared/report/report-data';
import { reportWords } from '@shared/i18n/vi-report';
import { DocumentHeaderTable, SignatureTable } from '../documents/document-parts';
import { reportCss } from '../documents/report-css';

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function Prose({ text }: { text: string }) {
  return (
    <>
      {parseProse(text).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

function DocumentHeader({ data }: { data: ReportData }) {
  return <DocumentHeaderTable header={buildDocumentHeader(data.council, data.issuedOn, data.documentNumber, 'BC')} />;
}

/** Targets grouped under their field (Kinh tế; Văn hóa – xã hội; …), in the plan's order inside each field. */
function byField(targets: readonly TargetEvaluation[]) {
  return indicatorGroups
    .map((group) => ({ group, label: indicatorGroupLabels[group], targets: targets.filter((t) => t.group === group) }))
    .filter((g) => g.targets.length > 0);
}

function ResultsTable({ data }: { data: ReportData }) {
  const w = reportWords.table;
  let stt = 0;
  return (
    <table className="data results">
      <colgroup>
        <col style={{ width: '6%' }} />
        <col style={{ width: '26%' }} />
        <col style={{ width: '8%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '7%' }} />
        <col style={{ width: '9%' }} />
        <col style={{ width: '7%' }} />
        <col style={{ width: '8%' }} />
      </colgroup>
      <thead>
        <tr>
          <th>{w.stt}</th>
          <th>{w.indicator}</th>
          <th>{w.unit}</th>
          <th>{w.plan}</th>
          <th>{w.periodValue}</th>
          <th>{w.ytd}</th>
          <th>{w.percentOfPlan}</th>
          <th>{w.samePeriod}</th>
          <th>{w.percentOfSamePeriod}</th>
          <th>{w.status}</th>
        </tr>
      </thead>
      <tbody>
        {byField(data.evaluation.targets).map((g, gi) => (
          <Fragment key={g.group}>
            <tr className="group">
              <td className="center">{roman[gi]}</td>
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
                  <td className="num">{c.plan}</td>
                  <td className="num">{c.periodValue}</td>
                  <td className="num">{c.ytd}</td>
                  <td className="num">{c.percentOfPlan}</td>
                  <td className="num">{c.samePeriodLastYear}</td>
                  <td className="num">{c.percentOfLastYear}</td>
                  <td className="center">{c.status}</td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function Annex({ data }: { data: ReportData }) {
  const w = reportWords.annex;
  const withUnits = data.evaluation.targets.filter((t) => t.units.length > 0);
  if (withUnits.length === 0) return null;
  return (
    <section className="annex">
      <div className="annex-title">{w.title}</div>
      <div className="annex-subtitle">{w.subtitle(data.documentNumber, data.periodLabel)}</div>
      <table className="data annex-table">
        <thead>
          <tr>
            <th>{w.stt}</th>
            <th>{w.unitName}</th>
            <th>{w.plan}</th>
            <th>{w.ytd}</th>
            <th>{w.percentOfPlan}</th>
            <th>{w.status}</th>
          </tr>
        </thead>
        <tbody>
          {withUnits.map((t, ti) => (
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
                    <td className="center">
                      {ti + 1}.{ui + 1}
                    </td>
                    <td>{c.name}</td>
                    <td className="num">{c.plan}</td>
                    <td className="num">{c.ytd}</td>
                    <td className="num">{c.percentOfPlan}</td>
                    <td className="center">{c.status}</td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
      {withUnits.some((t) => t.units.some((u) => u.estimated)) && (
        <div className="table-note">{reportWords.estimatedNote}</div>
      )}
    </section>
  );
}

function Footer({ data }: { data: ReportData }) {
  return <SignatureTable signer={buildSignerBlock(data.council)} recipients={data.recipients} />;
}

function QuarterlyReport({ data }: { data: ReportData }) {
  const w = reportWords.sections;
  const sections: Array<{ title: string; body: ReactNode }> = [
    { title: w.direction, body: <Prose text={data.prose.direction} /> },
    {
      title: w.results,
      body: (
        <>
          <p>{reportWords.resultsSentence(data)}</p>
          <ResultsTable data={data} />
          {data.evaluation.targets.some((t) => t.estimated) && (
            <div className="table-note">{reportWords.estimatedNote}</div>
          )}
          <Prose text={data.prose.results} />
        </>
      ),
    },
  ];
  if (data.prose.clusters.trim() !== '')
    sections.push({ title: w.clusters, body: <Prose text={data.prose.clusters} /> });
  if (data.prose.awards.trim() !== '') sections.push({ title: w.awards, body: <Prose text={data.prose.awards} /> });
  sections.push({ title: w.shortcomings, body: <Prose text={data.prose.shortcomings} /> });
  sections.push({ title: w.nextSteps, body: <Prose text={data.prose.nextSteps} /> });
  return (
    <>
      <main className="sheet">
        <DocumentHeader data={data} />
        <div className="doc-type">{reportWords.documentType}</div>
        <div className="doc-subject">{data.subject}</div>
        {data.demo && <div className="demo-note">{reportWords.demoNote}</div>}
        <Prose text={reportWords.opening(data)} />
        {sections.map((s, i) => (
          <section key={s.title}>
            <h2>
              {roman[i]}. {s.title}
            </h2>
            {s.body}
          </section>
        ))}
        <Footer data={data} />
      </main>
      <Annex data={data} />
    </>
  );
}

/**
 * The complete, self-contained HTML of a quarterly report: no external resources, so the preview, Electron's
 * printToPDF and the Chromium used by the CLI all print the same thing. React escapes every text it prints.
 */
export function renderQuarterlyReportHtml(data: ReportData): string {
  const body = renderToStaticMarkup(<QuarterlyReport data={data} />);
  const title = `${reportWords.documentType} ${data.subject}`;
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
