import type Database from 'better-sqlite3';
import type { Cluster, ClusterKind, ClusterMember } from '@shared/domain/cluster';
import type { ComputeRule, CriterionDraft, CriterionKind, CriterionRow } from '@shared/scoring/criteria';

interface ClusterRow {
  id: number;
  year: number;
  name: string;
  kind: ClusterKind;
  leader_unit_id: number | null;
  deputy_unit_id: number | null;
  note: string | null;
  is_demo: number;
}

interface MemberRow extends Omit<ClusterMember, 'unitId'> {
  cluster_id: number;
  unit_id: number;
}

interface CriterionDbRow {
  id: number;
  level: number;
  code: string;
  title: string;
  kind: CriterionKind;
  max_points: number;
  indicator_id: number | null;
  compute_rule: ComputeRule | null;
  zero_below_percent: number | null;
}

const toCriterion = (r: CriterionDbRow): CriterionRow => ({
  id: r.id,
  level: r.level,
  code: r.code,
  title: r.title,
  kind: r.kind,
  maxPoints: r.max_points,
  link:
    r.indicator_id === null || r.compute_rule === null
      ? null
      : { indicatorId: r.indicator_id, rule: r.compute_rule, zeroBelowPercent: r.zero_below_percent },
});

export interface ClusterFields {
  year: number;
  name: string;
  kind: ClusterKind;
  leaderUnitId: number | null;
  deputyUnitId: number | null;
  note: string | null;
  demo: boolean;
}

/** Clusters, their members and their scoring tables. */
export class ClustersRepository {
  private readonly byYearStmt;
  private readonly byIdStmt;
  private readonly yearsStmt;
  private readonly membersOfYearStmt;
  private readonly membersOfStmt;
  private readonly insertStmt;
  private readonly updateStmt;
  private readonly deleteStmt;
  private readonly clearMembersStmt;
  private readonly insertMemberStmt;
  private readonly criteriaStmt;
  private readonly insertCriterionStmt;
  private readonly updateCriterionStmt;
  private readonly deleteCriterionStmt;
  private readonly deleteCriteriaStmt;
  private readonly setLeadersStmt;

  constructor(db: Database.Database) {
    const columns = 'id, year, name, kind, leader_unit_id, deputy_unit_id, note, is_demo';
    this.byYearStmt = db.prepare(`SELECT ${columns} FROM clusters WHERE year = ? ORDER BY kind, name, id`);
    this.byIdStmt = db.prepare(`SELECT ${columns} FROM clusters WHERE id = ?`);
    this.yearsStmt = db.prepare(`SELECT DISTINCT year FROM clusters ORDER BY year DESC`).pluck();
    const memberColumns = `m.cluster_id, m.unit_id, u.code, u.name, u.kind`;
    this.membersOfYearStmt = db.prepare(
      `SELECT ${memberColumns} FROM cluster_members m JOIN units u ON u.id = m.unit_id
       JOIN clusters c ON c.id = m.cluster_id WHERE c.year = ? ORDER BY m.cluster_id, m.position`,
    );
    this.membersOfStmt = db.prepare(
      `SELECT ${memberColumns} FROM cluster_members m JOIN units u ON u.id = m.unit_id
       WHERE m.cluster_id = ? ORDER BY m.position`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO clusters (year, name, kind, leader_unit_id, deputy_unit_id, note, is_demo, created_at, updated_at)
       VALUES (@year, @name, @kind, @leaderUnitId, @deputyUnitId, @note, @demo, @now, @now)`,
    );
    this.updateStmt = db.prepare(
      `UPDATE clusters SET name = @name, kind = @kind, leader_unit_id = @leaderUnitId,
         deputy_unit_id = @deputyUnitId, note = @note, updated_at = @now WHERE id = @id`,
    );
    this.setLeadersStmt = db.prepare(
      `UPDATE clusters SET leader_unit_id = ?, deputy_unit_id = ?, updated_at = ? WHERE id = ?`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM clusters WHERE id = ?`);
    this.clearMembersStmt = db.prepare(`DELETE FROM cluster_members WHERE cluster_id = ?`);
    this.insertMemberStmt = db.prepare(`INSERT INTO cluster_members (cluster_id, unit_id, position) VALUES (?, ?, ?)`);
    this.criteriaStmt = db.prepare(
      `SELECT id, level, code, title, kind, max_points, indicator_id, compute_rule, zero_below_percent
       FROM score_criteria WHERE cluster_id = ? ORDER BY position, id`,
    );
    this.insertCriterionStmt = db.prepare(
      `INSERT INTO score_criteria (cluster_id, position, level, code, title, kind, max_points, indicator_id,
         compute_rule, zero_below_percent)
       VALUES (@clusterId, @position, @level, @code, @title, @kind, @maxPoints, @indicatorId, @rule, @zeroBelowPercent)`,
    );
    this.updateCriterionStmt = db.prepare(
      `UPDATE score_criteria SET position = @position, level = @level, code = @code, title = @title, kind = @kind,
         max_points = @maxPoints, indicator_id = @indicatorId, compute_rule = @rule,
         zero_below_percent = @zeroBelowPercent
       WHERE id = @id AND cluster_id = @clusterId`,
    );
    this.deleteCriterionStmt = db.prepare(`DELETE FROM score_criteria WHERE id = ? AND cluster_id = ?`);
    this.deleteCriteriaStmt = db.prepare(`DELETE FROM score_criteria WHERE cluster_id = ?`);
  }

  private assemble(rows: ClusterRow[], members: MemberRow[]): Cluster[] {
    const byCluster = new Map<number, ClusterMember[]>();
    for (const m of members) {
      const list = byCluster.get(m.cluster_id) ?? [];
      list.push({ unitId: m.unit_id, code: m.code, name: m.name, kind: m.kind });
      byCluster.set(m.cluster_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      year: r.year,
      name: r.name,
      kind: r.kind,
      members: byCluster.get(r.id) ?? [],
      leaderUnitId: r.leader_unit_id,
      deputyUnitId: r.deputy_unit_id,
      note: r.note,
      demo: r.is_demo === 1,
    }));
  }

  byYear(year: number): Cluster[] {
    return this.assemble(this.byYearStmt.all(year) as ClusterRow[], this.membersOfYearStmt.all(year) as MemberRow[]);
  }

  byId(id: number): Cluster | undefined {
    const row = this.byIdStmt.get(id) as ClusterRow | undefined;
    return row && this.assemble([row], this.membersOfStmt.all(id) as MemberRow[])[0];
  }

  years(): number[] {
    return this.yearsStmt.all() as number[];
  }

  insert(fields: ClusterFields, memberIds: readonly number[], now: string): Cluster {
    const id = Number(this.insertStmt.run({ ...fields, demo: fields.demo ? 1 : 0, now }).lastInsertRowid);
    this.setMembers(id, memberIds);
    return this.byId(id)!;
  }

  update(id: number, fields: Omit<ClusterFields, 'year' | 'demo'>, memberIds: readonly number[], now: string): Cluster {
    this.updateStmt.run({ ...fields, id, now });
    this.setMembers(id, memberIds);
    return this.byId(id)!;
  }

  setLeaders(id: number, leaderUnitId: number | null, deputyUnitId: number | null, now: string): Cluster {
    this.setLeadersStmt.run(leaderUnitId, deputyUnitId, now, id);
    return this.byId(id)!;
  }

  private setMembers(id: number, memberIds: readonly number[]): void {
    this.clearMembersStmt.run(id);
    memberIds.forEach((unitId, position) => this.insertMemberStmt.run(id, unitId, position));
  }

  delete(id: number): void {
    this.deleteCriteriaStmt.run(id);
    this.deleteStmt.run(id);
  }

  criteria(clusterId: number): CriterionRow[] {
    return (this.criteriaStmt.all(clusterId) as CriterionDbRow[]).map(toCriterion);
  }

  /** Rows with an id are updated in place (their scores stay attached); the others are inserted. */
  saveCriterion(clusterId: number, position: number, row: CriterionDraft): number {
    const params = {
      clusterId,
      position,
      level: row.level,
      code: row.code,
      title: row.title,
      kind: row.kind,
      maxPoints: row.maxPoints,
      indicatorId: row.link?.indicatorId ?? null,
      rule: row.link?.rule ?? null,
      zeroBelowPercent: row.link?.zeroBelowPercent ?? null,
    };
    if (row.id !== undefined) {
      this.updateCriterionStmt.run({ ...params, id: row.id });
      return row.id;
    }
    return Number(this.insertCriterionStmt.run(params).lastInsertRowid);
  }

  deleteCriterion(clusterId: number, id: number): void {
    this.deleteCriterionStmt.run(id, clusterId);
  }
}
