import type Database from 'better-sqlite3';
import type { Decision, DecisionIssuer } from '@shared/commendation/registry';
import type { SigningMode } from '@shared/document/document-frame';

interface DecisionRow {
  id: number;
  number: string;
  signed_on: string;
  signer: string;
  authority: string;
  subject: string;
  issuer: DecisionIssuer;
  signing_mode: SigningMode;
  signer_title: string;
  is_demo: number;
}

const toDecision = (r: DecisionRow): Decision => ({
  id: r.id,
  number: r.number,
  signedOn: r.signed_on,
  signer: r.signer,
  authority: r.authority,
  subject: r.subject,
  issuer: r.issuer,
  signingMode: r.signing_mode,
  signerTitle: r.signer_title,
  demo: r.is_demo === 1,
});

/** Quyết định khen thưởng (their recipients are awards rows). */
export class DecisionsRepository {
  private readonly allStmt;
  private readonly byIdStmt;
  private readonly byNumberStmt;
  private readonly insertStmt;

  constructor(db: Database.Database) {
    const select = `SELECT id, number, signed_on, signer, authority, subject, issuer, signing_mode, signer_title, is_demo
      FROM decisions`;
    this.allStmt = db.prepare(`${select} ORDER BY signed_on DESC, id DESC`);
    this.byIdStmt = db.prepare(`${select} WHERE id = ?`);
    this.byNumberStmt = db.prepare(`${select} WHERE number = ? AND signed_on = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO decisions (number, signed_on, signer, authority, subject, issuer, signing_mode, signer_title, is_demo,
         created_at, updated_at)
       VALUES (@number, @signedOn, @signer, @authority, @subject, @issuer, @signingMode, @signerTitle, @demo, @now, @now)`,
    );
  }

  all(): Decision[] {
    return (this.allStmt.all() as DecisionRow[]).map(toDecision);
  }

  byId(id: number): Decision | undefined {
    const row = this.byIdStmt.get(id) as DecisionRow | undefined;
    return row && toDecision(row);
  }

  byNumber(number: string, signedOn: string): Decision | undefined {
    const row = this.byNumberStmt.get(number, signedOn) as DecisionRow | undefined;
    return row && toDecision(row);
  }

  insert(fields: Omit<Decision, 'id'>, now: string): Decision {
    const info = this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now });
    return this.byId(Number(info.lastInsertRowid))!;
  }
}
