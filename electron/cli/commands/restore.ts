import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { putStagedInPlace, stageVerifiedCopy } from '@core/backups/replace-database';
import { isDamagedDatabaseError, restoreDamagedDatabase } from '@core/backups/startup-recovery';
import { openCore, type CoreContext } from '@core/context';
import { importDatabase } from '@core/backups/restore';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Khôi phục tệp dữ liệu từ một bản sao lưu; dữ liệu hiện tại được sao lưu trước (in ra nơi lưu)',
  usage: 'restore --db TỆP --from TỆP',
  options: { db: { type: 'string' }, from: { type: 'string' } },
  async run(values, _positionals, io) {
    const db = resolve(requireString(values, 'db'));
    const from = resolve(requireString(values, 'from'));
    if (!existsSync(db)) {
      // Nothing to keep: the verified copy simply becomes the database (a new PC).
      mkdirSync(dirname(db), { recursive: true });
      const { staged } = await stageVerifiedCopy(from, db);
      await putStagedInPlace(staged, db);
      io.out(`Đã khôi phục ${db} từ ${from} (chưa có tệp dữ liệu cũ nên không cần bản sao).`);
      return 0;
    }
    let ctx: CoreContext;
    try {
      ctx = await openCore(db, { actor: 'cli', log: { error: (m) => io.err(m), info: () => undefined } });
    } catch (error) {
      if (!isDamagedDatabaseError(error)) throw error;
      // A damaged file cannot be copied with the backup API; it is kept as it is, beside the database.
      const { damagedCopy } = await restoreDamagedDatabase(db, from);
      io.out(`Đã khôi phục ${db} từ ${from}.`);
      io.out(`Tệp dữ liệu cũ bị hỏng, được giữ nguyên tại: ${damagedCopy}`);
      return 0;
    }
    try {
      const result = await importDatabase(ctx, from);
      io.out(`Đã khôi phục ${db} từ ${from} (lược đồ ${result.schemaVersion}).`);
      io.out(`Dữ liệu trước khi khôi phục được sao lưu tại: ${result.snapshot.path}`);
      return 0;
    } finally {
      ctx.db.close();
    }
  },
};
