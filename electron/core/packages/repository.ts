import type Database from 'better-sqlite3';

/** One package applied at the upper level. */
export interface PackageReceipt {
  id: number;
  senderUnitId: number;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  contentSha256: string;
  createdAt: string;
  fileName: string;
  appVersion: string;
  figureCount: number;
  estimatedCount: number;
  /** The validated `noi-dung.json`, as sent. */
  content: string;
  receivedAt: string;
  receivedBy: string;
}

const columns = `id, sender_unit_id AS senderUnitId, year, quarter, content_sha256 AS contentSha256,
  created_at AS createdAt, file_name AS fileName, app_version AS appVersion, figure_count AS figureCount,
  estimated_count AS estimatedCount, content, received_at AS receivedAt, received_by AS receivedBy`;

export class PackageReceiptsRepository {
  private readonly byPeriodStmt;
  private readonly insertStmt;

  constructor(db: Database.Database) {
    this.byPeriodStmt = db.prepare(
      `SELECT ${columns} FROM package_receipts WHERE year = ? AND quarter = ? ORDER BY sender_unit_id, created_at, id`,
    );
    this.insertStmt = db.prepare(
      `INSERT INTO package_receipts (sender_unit_id, year, quarter, content_sha256, created_at, file_name, app_version,
         figure_count, estimated_count, content, received_at, received_by)
       VALUES (@senderUnitId, @year, @quarter, @contentSha256, @createdAt, @fileName, @appVersion, @figureCount,
         @estimatedCount, @content, @receivedAt, @receivedBy)
       ON CONFLICT (sender_unit_id, year, quarter, content_sha256) DO NOTHING`,
    );
  }

  /** Every package applied for a quarter, oldest first within each sender. */
  byPeriod(year: number, quarter: number): PackageReceipt[] {
    return this.byPeriodStmt.all(year, quarter) as PackageReceipt[];
  }

  /** Records a package; the same content from the same sender for the same quarter is kept once. */
  insert(receipt: Omit<PackageReceipt, 'id'>): void {
    this.insertStmt.run(receipt);
  }
}
