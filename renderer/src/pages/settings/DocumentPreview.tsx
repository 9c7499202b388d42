import type { CSSProperties } from 'react';
import type { CouncilProfile } from '@shared/domain/council';
import { buildDocumentHeader, buildSignerBlock } from '@shared/document/document-header';
import { documentWords } from '@shared/i18n/vi-document';

/** Looks like the printed page (domain §7): Times New Roman, black on white, header table and signer block. */
const page: CSSProperties = {
  fontFamily: "'Times New Roman', 'Liberation Serif', Tinos, serif",
  color: '#000',
  background: '#fff',
  border: '1px solid #d9d9d9',
  boxShadow: '0 1px 4px rgba(0, 0, 0, 0.08)',
  padding: '24px 20px',
  fontSize: 13,
  lineHeight: 1.35,
};
const column: CSSProperties = { textAlign: 'center', verticalAlign: 'top', padding: 0 };
const shortRule: CSSProperties = { width: '30%', margin: '2px auto 6px', borderTop: '1px solid #000' };
const underlined: CSSProperties = { display: 'inline-block', borderBottom: '1px solid #000', paddingBottom: 1 };

interface DocumentPreviewProps {
  profile: CouncilProfile;
  /** The date shown in the place/date line, ISO. */
  isoDate: string;
}

export function DocumentPreview({ profile, isoDate }: DocumentPreviewProps) {
  const header = buildDocumentHeader(profile, isoDate);
  const signer = buildSignerBlock(profile);

  return (
    <div style={page} data-testid="document-preview">
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          <tr>
            <td style={{ ...column, width: '42%' }}>
              {header.parentBody && <div>{header.parentBody}</div>}
              <div style={{ fontWeight: 700 }}>{header.issuingBody}</div>
              <div style={shortRule} />
              <div>{header.numberLine}</div>
            </td>
            <td style={{ ...column, width: '58%' }}>
              <div style={{ fontWeight: 700 }}>{header.nation}</div>
              <div style={{ fontWeight: 700, fontSize: 14 }}>
                <span style={underlined}>{header.motto}</span>
              </div>
              <div style={{ fontStyle: 'italic', marginTop: 6 }} data-testid="place-date-line">
                {header.placeDateLine}
              </div>
            </td>
          </tr>
        </tbody>
      </table>

      <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 40 }}>
        <tbody>
          <tr>
            <td style={{ verticalAlign: 'top', width: '50%', padding: 0 }}>
              <div style={{ fontWeight: 700, fontStyle: 'italic', fontSize: 12 }}>{documentWords.recipients}</div>
              {documentWords.defaultRecipients.map((line) => (
                <div key={line} style={{ fontSize: 11 }}>
                  {line}
                </div>
              ))}
            </td>
            <td style={{ ...column, width: '50%' }} data-testid="signer-block">
              {signer.capacity && <div style={{ fontWeight: 700 }}>{signer.capacity}</div>}
              <div style={{ fontWeight: 700 }}>{signer.title}</div>
              <div style={{ fontWeight: 700, marginTop: 56 }}>{signer.name}</div>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
