import type { Migration } from './types';

// Shipped: never edit. Add a new numbered file instead.
/**
 * What the printed documents need that was not stored (issue 15): the report's "Kính gửi"; a decision's authority
 * (its chairman, its committee, or another body whose decision is only recorded here) and how it was signed; the
 * fields of a round's documents (dates, the leader's signer, the biên bản's times and attendance) and of a Tờ trình.
 * Document fields are JSON objects read through shared/document types, so a new field needs no new migration.
 */
export const migration0070: Migration = {
  version: 70,
  name: 'documents',
  up(db) {
    db.exec(`
      ALTER TABLE reports ADD COLUMN addressees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(addressees));
      ALTER TABLE decisions ADD COLUMN issuer TEXT NOT NULL DEFAULT 'chu_tich'
        CHECK (issuer IN ('chu_tich','uy_ban','cap_tren'));
      ALTER TABLE decisions ADD COLUMN signing_mode TEXT NOT NULL DEFAULT ''
        CHECK (signing_mode IN ('','KT','Q','TL','TUQ'));
      ALTER TABLE decisions ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
      ALTER TABLE score_rounds ADD COLUMN document_fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(document_fields));
      ALTER TABLE proposals ADD COLUMN document_fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(document_fields));
    `);
  },
};
