import { resolve } from 'node:path';
import { formatBytes } from '@shared/i18n/vi-backups';
import { backupDatabaseFile } from '@core/backups/file-backup';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Sao lưu tệp dữ liệu (sao lưu trực tuyến, kiểm tra toàn vẹn bản sao); không ghi đè tệp đã có',
  usage: 'backup --db TỆP --out TỆP',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values, _positionals, io) {
    const db = resolve(requireString(values, 'db'));
    const out = resolve(requireString(values, 'out'));
    const { size } = await backupDatabaseFile(db, out);
    io.out(`Đã sao lưu ${db} vào ${out} (${formatBytes(size)}, kiểm tra toàn vẹn: ok).`);
    return 0;
  },
};
