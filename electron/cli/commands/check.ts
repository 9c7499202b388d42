import { resolve } from 'node:path';
import { checkDatabaseFile } from '@core/db/integrity';
import { requireString } from '../args';
import type { CliCommand } from '../command';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Kiểm tra toàn vẹn tệp dữ liệu (PRAGMA integrity_check) và in phiên bản lược đồ',
  usage: 'check --db TỆP [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
  async run(values, _positionals, io) {
    const report = checkDatabaseFile(resolve(requireString(values, 'db')));
    if (values.json) io.out(JSON.stringify(report));
    else {
      io.out(report.integrity);
      io.out(`Phiên bản lược đồ: ${report.schemaVersion} (phần mềm hỗ trợ đến ${report.latestSchemaVersion})`);
    }
    if (report.integrity !== 'ok') {
      io.err('Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.');
      return 1;
    }
    return 0;
  },
};
