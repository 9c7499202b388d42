/**
 * Print CSS for an administrative document (Nghị định 30/2020/NĐ-CP, domain §7): A4 portrait with margins
 * top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13 pt, justified, first-line indent 1 cm; page numbers
 * at the top centre from page 2 (CSS page-margin boxes, supported by Chromium and so by Electron's printToPDF);
 * the annex on landscape pages; table headers repeated on every page and rows never split.
 */
export const reportCss = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
@page annex { size: A4 landscape; margin: 20mm 20mm 20mm 20mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
.doc-header { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }
.doc-header td { vertical-align: top; text-align: center; padding: 0; border: none; }
.doc-header .left { width: 40%; font-size: 13pt; }
.doc-header .right { width: 60%; }
.upper { text-transform: uppercase; }
.parent-body { font-size: 12.5pt; }
.issuing-body { font-weight: bold; font-size: 12.5pt; }
.nation { font-weight: bold; font-size: 12.5pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13.5pt; }
.rule { display: block; margin: 1pt auto 3pt; border-top: 0.6pt solid #000; }
.rule.short { width: 30%; }
.rule.motto-rule { width: 62%; }
.number { margin-top: 4pt; font-size: 13pt; }
.place-date { font-style: italic; margin-top: 4pt; font-size: 13pt; }
.doc-type { text-align: center; font-weight: bold; font-size: 14pt; margin: 6mm 0 0; }
.doc-subject { text-align: center; font-weight: bold; font-size: 14pt; margin: 0 0 6mm; }
.demo-note { text-align: center; font-style: italic; font-size: 11pt; margin-bottom: 4mm; }
p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
h2 { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 1cm; }
ul { margin: 0 0 6pt; padding-left: 1.6cm; }
li { text-align: justify; margin-bottom: 3pt; }
table.data { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.data th, table.data td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: middle; }
table.data th { font-weight: bold; text-align: center; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data td.num { text-align: right; white-space: nowrap; }
table.data td.center { text-align: center; }
table.data tr.group td { font-weight: bold; }
table.data td, table.data th { overflow-wrap: anywhere; }
.table-note { font-style: italic; font-size: 11pt; margin: -4pt 0 8pt; }
.footer { width: 100%; border-collapse: collapse; margin-top: 8mm; break-inside: avoid; page-break-inside: avoid; }
.footer td { vertical-align: top; border: none; padding: 0; }
.footer .recipients { width: 45%; font-size: 11pt; }
.footer .recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
.footer .signer { width: 55%; text-align: center; }
.footer .capacity { font-weight: bold; }
.footer .signature-space { height: 24mm; }
.footer .signer-name { font-weight: bold; }
.annex { page: annex; break-before: page; }
.annex-title { text-align: center; font-weight: bold; font-size: 13pt; margin: 0; }
.annex-subtitle { text-align: center; font-style: italic; font-size: 12pt; margin: 0 0 4mm; }
@media screen { body { background: #eee; } .sheet { background: #fff; width: 210mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 1px 4px #999; }
  .annex.sheet { width: 297mm; padding: 20mm; } }
`;
