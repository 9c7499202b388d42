/** @jsxRuntime automatic @jsxImportSource react */
// The pragma makes every tool (tsx for the CLI, vitest, electron-vite) use the automatic JSX runtime here.
import type { ReactNode } from 'react';
import type { AnnexHeading, SignatureBlock, TitleBlock } from '@shared/document/document-frame';
import type { DocumentHeader } from '@shared/document/document-header';
import { documentWords } from '@shared/i18n/vi-document';

/**
 * The document frame in HTML (shared/document/document-frame.ts is its data): header, title block, annex heading,
 * signature with Nơi nhận. Every printed document is made of these, so every document is laid out the same way.
 *
 * Rules are sized to their text, not to the column (Phụ lục I, II.1.b, II.2.b, II.5.b): the text sits in an
 * inline-block that shrinks to its longest line, and the rule is a block inside it, 100% of it under the motto and
 * 40% (within the decree's 1/3–1/2) under the issuing body and the trích yếu, centred.
 */
function Ruled({ children, share }: { children: ReactNode; share: 'full' | 'part' }) {
  return (
    <span className="ruled">
      {children}
      <span className={share === 'full' ? 'rule full' : 'rule part'} />
    </span>
  );
}

/**
 * The two-column header: parent body, issuing body with its rule, the number on the left; nation, motto with its
 * rule, the place-and-date line on the right. A list attached to a decision or a Tờ trình repeats the bodies but
 * neither number nor date (those are the main document's); a biên bản has a number but no date line (Mẫu 1.9); a
 * scoring sheet, a form without a type of Phụ lục III, has no number.
 */
export function DocumentHeaderTable({
  header,
  number = true,
  placeDate = true,
}: {
  header: DocumentHeader;
  number?: boolean;
  placeDate?: boolean;
}) {
  return (
    <table className="doc-header">
      <tbody>
        <tr>
          <td className="left">
            {header.parentBody !== '' && <div className="parent-body">{header.parentBody}</div>}
            <Ruled share="part">
              <span className="issuing-body">{header.issuingBody}</span>
            </Ruled>
            {number && <div className="number">{header.numberLine}</div>}
          </td>
          <td className="right">
            <div className="nation">{header.nation}</div>
            <Ruled share="full">
              <span className="motto">{header.motto}</span>
            </Ruled>
            {placeDate && <div className="place-date">{header.placeDateLine}</div>}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Tên loại, trích yếu and the rule under it (II.5.b); a decision's authority line follows. */
export function TitleBlockView({ title, reference }: { title: TitleBlock; reference?: string }) {
  return (
    <div className="title-block">
      <div className="doc-type">{title.type}</div>
      <Ruled share="part">
        <span className="doc-subject">{title.subject}</span>
        {reference !== undefined && <span className="doc-reference">{reference}</span>}
      </Ruled>
      {title.authorityLine && <div className="doc-authority">{title.authorityLine}</div>}
    </div>
  );
}

/** "Phụ lục I", the annex's title, "(Kèm theo …)" and the rule under it (III.1.b–c; Mẫu 2.1). */
export function AnnexHeadingView({ heading }: { heading: AnnexHeading }) {
  return (
    <div className="annex-heading">
      <div className="annex-label">{heading.label}</div>
      <Ruled share="part">
        <span className="annex-title">{heading.title}</span>
        <span className="annex-reference">{heading.reference}</span>
      </Ruled>
    </div>
  );
}

function Signature({ signature }: { signature: SignatureBlock }) {
  return (
    <>
      {signature.lines.map((line) => (
        <div key={line} className="capacity">
          {line}
        </div>
      ))}
      {signature.post && <div className="signer-post">{signature.post}</div>}
      <div className="signature-space" />
      <div className="signer-name">{signature.name}</div>
    </>
  );
}

/** Nơi nhận on the left, the signature on the right (II.7, II.9; sizes in report-css.ts). */
export function SignatureTable({
  signature,
  recipients,
}: {
  signature: SignatureBlock;
  recipients?: readonly string[];
}) {
  return (
    <table className="footer">
      <tbody>
        <tr>
          <td className="recipients">{recipients !== undefined && <Recipients lines={recipients} />}</td>
          <td className="signer">
            <Signature signature={signature} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function Recipients({ lines }: { lines: readonly string[] }) {
  return (
    <>
      <div className="label">{documentWords.recipients}</div>
      {lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </>
  );
}

/** Two signatures side by side (a biên bản: thư ký and chủ tọa; a scoring sheet), Nơi nhận under the left one. */
export function TwoSignatures({
  left,
  right,
  recipients,
}: {
  left: SignatureBlock;
  right: SignatureBlock;
  recipients?: readonly string[];
}) {
  return (
    <table className="footer signers">
      <tbody>
        <tr>
          <td className="signer">
            <Signature signature={left} />
          </td>
          <td className="signer">
            <Signature signature={right} />
          </td>
        </tr>
        {recipients !== undefined && (
          <tr>
            <td className="recipients" colSpan={2}>
              <Recipients lines={recipients} />
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/**
 * The end of a document: its last lines and the signature, kept on one page (a signature alone on a page cannot be
 * signed as the text's). A document ending on a table keeps its last rows with the signature instead (report-css:
 * `tbody tr:last-child` and `.closing` avoid the break before them).
 */
export function Closing({ children }: { children: ReactNode }) {
  return <div className="closing">{children}</div>;
}
