import type Database from 'better-sqlite3';
import { ruleDefinitionSchema, type AwardRule } from '@shared/commendation/rules';

interface RuleRow {
  rule_key: string;
  effective_from: string;
  title_code: string;
  label: string;
  source: AwardRule['source'];
  source_note: string;
  applies_to: AwardRule['appliesTo'];
  definition: string;
  active: number;
}

const toRule = (r: RuleRow): AwardRule => ({
  key: r.rule_key,
  effectiveFrom: r.effective_from,
  titleCode: r.title_code,
  label: r.label,
  source: r.source,
  sourceNote: r.source_note,
  appliesTo: r.applies_to,
  // Stored rules were validated on the way in; parsing again keeps a hand-edited file from reaching the evaluator.
  definition: ruleDefinitionSchema.parse(JSON.parse(r.definition)),
  active: r.active === 1,
});

/** Every version of every commendation rule; a version is never overwritten by a later date's change. */
export class AwardRulesRepository {
  private readonly allStmt;
  private readonly upsertStmt;

  constructor(db: Database.Database) {
    this.allStmt = db.prepare(
      `SELECT rule_key, effective_from, title_code, label, source, source_note, applies_to, definition, active
       FROM award_rules ORDER BY rule_key, effective_from`,
    );
    this.upsertStmt = db.prepare(
      `INSERT INTO award_rules (rule_key, effective_from, title_code, label, source, source_note, applies_to,
         definition, active, updated_at)
       VALUES (@key, @effectiveFrom, @titleCode, @label, @source, @sourceNote, @appliesTo, @definition, @active, @now)
       ON CONFLICT (rule_key, effective_from) DO UPDATE SET title_code = excluded.title_code, label = excluded.label,
         source = excluded.source, source_note = excluded.source_note, applies_to = excluded.applies_to,
         definition = excluded.definition, active = excluded.active, updated_at = excluded.updated_at`,
    );
  }

  all(): AwardRule[] {
    return (this.allStmt.all() as RuleRow[]).map(toRule);
  }

  save(rule: AwardRule, now: string): void {
    this.upsertStmt.run({
      ...rule,
      definition: JSON.stringify(rule.definition),
      active: rule.active ? 1 : 0,
      now,
    });
  }
}
