import { createPortal } from 'react-dom';
import { formatTimestamp } from '@renderer/format/date-time';
import { viFigures } from '@renderer/i18n/vi-figures';
import type { AuditLine } from './audit-describe';

const t = viFigures.audit;

/**
 * The printed audit log: hidden on screen, the only thing on paper (see audit-print.css). It is rendered straight into
 * the body, outside the app's flex layout, so Chromium breaks the table across pages cleanly.
 */
export function AuditPrintSheet({
  lines,
  total,
  filterText,
}: {
  lines: AuditLine[];
  total: number;
  filterText: string;
}) {
  return createPortal(
    <section className="audit-print" aria-hidden>
      <h1>{t.printTitle}</h1>
      <p>{t.printFilters(filterText)}</p>
      <p>{t.printedAt(formatTimestamp(new Date().toISOString()))}</p>
      {lines.length < total && <p>{t.printTruncated(lines.length, total)}</p>}
      <table>
        <thead>
          <tr>
            <th>{t.columns.at}</th>
            <th>{t.columns.actor}</th>
            <th>{t.columns.subject}</th>
            <th>{t.columns.before}</th>
            <th>{t.columns.after}</th>
            <th>{t.columns.reason}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{formatTimestamp(line.at)}</td>
              <td>{line.actor}</td>
              <td>
                {line.subject} ({line.action.toLocaleLowerCase('vi')})
              </td>
              <td>{line.before}</td>
              <td>{line.after}</td>
              <td>{line.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>,
    document.body,
  );
}
