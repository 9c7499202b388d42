/** @jsxRuntime automatic @jsxImportSource react */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';

/**
 * A printed document as one self-contained HTML page made of parts: the document itself, then each annex (Phụ lục,
 * or a list attached to it). The preview shows the whole page; printing prints each part on its own so each part
 * has its own page numbers (Nghị định 30, Phụ lục I, III.1.đ: "Số trang của Phụ lục được đánh số riêng theo từng
 * Phụ lục"), which Chromium's page counter cannot restart within one print.
 */

/** Between two parts in the body; React never writes comments, so the marker cannot come from a name. */
const partMarker = '<!--thidua:part-->';

const cspMeta =
  '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:" />';

/** The whole page: every part in order. No external resources, so the preview and every printer print the same. */
export function documentHtml(title: string, css: string, parts: readonly ReactElement[]): string {
  const escapedTitle = renderToStaticMarkup(<>{title}</>);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
${cspMeta}
<title>${escapedTitle}</title>
<style>${css}</style>
</head>
<body>
${parts.map((part) => renderToStaticMarkup(part)).join(`\n${partMarker}\n`)}
</body>
</html>
`;
}

/** Each part as a page of its own, with the same head; a page without markers is one part (older snapshots). */
export function documentParts(html: string): string[] {
  const open = html.indexOf('<body>');
  const close = html.lastIndexOf('</body>');
  if (open < 0 || close < 0) return [html];
  const head = html.slice(0, open + '<body>'.length);
  const tail = html.slice(close);
  return html
    .slice(open + '<body>'.length, close)
    .split(partMarker)
    .map((body) => `${head}${body}${tail}`);
}
