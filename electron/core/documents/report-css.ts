/**
 * Print CSS of every administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I):
 * - I.1–3: A4; margins top/bottom 20 mm, left 30 mm, right 15 mm on every page, landscape pages included;
 * - I.4–5: Times New Roman (Liberation Serif, metric-compatible, where Times is absent), black, body 13 pt justified
 *   with a 1 cm first-line indent and at least 6 pt between paragraphs (II.6.e);
 * - I.7: page numbers 13 pt at the top centre, not on the first page. Each annex is printed as its own part
 *   (print-document.ts), so `counter(page)` restarts and `:first` hides the number on each annex's first page too
 *   (III.1.đ);
 * - II.1–2: nation 12.5 pt bold capitals, motto 13.5 pt bold with a rule as long as it; parent body 12.5 pt capitals,
 *   issuing body 12.5 pt bold capitals with a rule 40% of its line; number 13 pt; place and date 13 pt italics;
 * - II.5.b: type 14 pt bold capitals, trích yếu 14 pt bold, a rule 40% of its line under it;
 * - II.7, II.9: capacity and title 14 pt bold capitals, name 14 pt bold; "Nơi nhận:" 12 pt bold italics, its list
 *   11 pt;
 * - III.1.b–c: "Phụ lục" 14 pt bold, its title 14 pt bold capitals, the reference 14 pt italics.
 * Table cells never break a word (`overflow-wrap: normal`; figures and statuses on one line), rows never split, a group
 * heading stays with its first row, and a document's last rows or lines stay with its signature.
 */
export const reportCss = `
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; } }
@page :first { @top-center { content: none; } }
@page annex { size: A4 landscape; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; } }
@page annex:first { @top-center { content: none; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; line-height: 1.3; color: #000; background: #fff; }
.doc-header { width: 100%; border-collapse: collapse; margin-bottom: 4mm; }
.doc-header td { vertical-align: top; text-align: center; padding: 0; border: none; }
.doc-header .left { width: 40%; }
.doc-header .right { width: 60%; }
.ruled { display: inline-block; text-align: center; }
.ruled > span { display: block; }
.ruled > .rule { margin: 1.5pt auto 0; border-top: 0.6pt solid #000; height: 0; }
.ruled > .rule.full { width: 100%; }
.ruled > .rule.part { width: 40%; }
.parent-body { font-size: 12.5pt; }
.issuing-body { font-weight: bold; font-size: 12.5pt; }
.nation { font-weight: bold; font-size: 12.5pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13.5pt; white-space: nowrap; }
.number { margin-top: 6pt; font-size: 13pt; }
.place-date { font-style: italic; margin-top: 6pt; font-size: 13pt; }
.title-block { text-align: center; margin: 6mm 0 5mm; break-after: avoid; }
.doc-type { font-weight: bold; font-size: 14pt; }
.doc-subject { font-weight: bold; font-size: 14pt; }
.doc-reference { font-style: italic; font-size: 13pt; }
.doc-authority { font-weight: bold; font-size: 14pt; margin-top: 5mm; }
.addressees { text-align: center; margin: 0 0 5mm; }
.addressees .list { display: inline-block; text-align: left; vertical-align: top; }
.demo-note { text-align: center; font-style: italic; font-size: 11pt; margin-bottom: 4mm; }
p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
h2 { font-size: 13pt; font-weight: bold; margin: 8pt 0 4pt; text-indent: 1cm; break-after: avoid; }
ul { margin: 0 0 6pt; padding-left: 0; list-style: none; }
li { text-align: justify; text-indent: 1cm; margin-bottom: 6pt; }
li::before { content: "- "; }
table.data { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.data th, table.data td { border: 0.6pt solid #000; padding: 2pt 2pt; vertical-align: middle; overflow-wrap: normal; word-break: normal; hyphens: none; }
table.data th { font-weight: bold; text-align: center; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data tr.group { break-after: avoid; page-break-after: avoid; }
table.data td.num { text-align: right; white-space: nowrap; }
table.data td.num.words { white-space: normal; }
table.data td.center { text-align: center; }
table.data td.nowrap, table.data th.nowrap { white-space: nowrap; }
table.data tr.group td { font-weight: bold; }
table.data.closing-table tbody tr:last-child { break-before: avoid; page-break-before: avoid; }
.table-note { font-style: italic; font-size: 11pt; margin: -4pt 0 8pt; }
.closing { break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
.footer { width: 100%; border-collapse: collapse; margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; }
.footer td { vertical-align: top; border: none; padding: 0; }
.footer .recipients { width: 45%; font-size: 11pt; }
.footer .recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
.footer .signer { width: 55%; text-align: center; font-size: 14pt; }
.footer.signers .signer { width: 50%; }
.footer.signers .recipients { padding-top: 4mm; }
.footer .capacity { font-weight: bold; }
.footer .signer-post { font-style: italic; font-size: 13pt; }
.footer .signature-space { height: 22mm; }
.footer .signer-name { font-weight: bold; }
.part-annex { page: annex; break-before: page; }
.part-portrait { break-before: page; }
.annex-heading { text-align: center; margin: 0 0 5mm; }
.annex-label { font-weight: bold; font-size: 14pt; }
.annex-title { font-weight: bold; font-size: 14pt; }
.annex-reference { font-style: italic; font-size: 13pt; }
@media screen { body { background: #eee; } .sheet { background: #fff; width: 210mm; margin: 8mm auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 1px 4px #999; }
  .part-annex.sheet { width: 297mm; } }
`;
