/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import type { DocumentHeader, SignerBlock } from '@shared/document/document-header';
import { documentWords } from '@shared/i18n/vi-document';

/**
 * The two-column header of every printed document (Nghị định 30): issuing body, rule and number on the left;
 * nation, motto, rule and the place-and-date line on the right. An annex ("kèm theo") prints without number and date.
 */
export function DocumentHeaderTable({ header, annex = false }: { header: DocumentHeader; annex?: boolean }) {
  return (
    <table className="doc-header">
      <tbody>
        <tr>
          <td className="left">
            {header.parentBody !== '' && <div className="parent-body">{header.parentBody}</div>}
            <div className="issuing-body">{header.issuingBody}</div>
            <span className="rule short" />
            {!annex && <div className="number">{header.numberLine}</div>}
          </td>
          <td className="right">
            <div className="nation">{header.nation}</div>
            <div className="motto">{header.motto}</div>
            <span className="rule motto-rule" />
            {!annex && <div className="place-date">{header.placeDateLine}</div>}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Nơi nhận on the left (left empty when `recipients` is absent), the signer block on the right. */
export function SignatureTable({ signer, recipients }: { signer: SignerBlock; recipients?: readonly string[] }) {
  return (
    <table className="footer">
      <tbody>
        <tr>
          <td className="recipients">
            {recipients !== undefined && (
              <>
                <div className="label">{documentWords.recipients}</div>
                {recipients.map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </>
            )}
          </td>
          <td className="signer">
            {signer.capacity !== '' && <div className="capacity">{signer.capacity}</div>}
            <div className="capacity">{signer.title}</div>
            <div className="signature-space" />
            <div className="signer-name">{signer.name}</div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
