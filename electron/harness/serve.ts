import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '@shared/errors';
import { startHarness } from './server';

// `npm run web -- --db data.sqlite --port 5180`: the app in a browser, for machines where Electron cannot run.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string', default: '.tmp/web.sqlite' }, port: { type: 'string', default: '0' } },
  });
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('Chưa có bản dựng giao diện: chạy "npm run build" trước.');
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${values.port}`);
  const harness = await startHarness({ databasePath: values.db!, port });
  process.stderr.write(`Thi Đua Desk (trình duyệt): ${harness.url}  — dữ liệu: ${resolve(values.db!)}\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Lỗi: ${isAppError(error) ? error.message : (error as Error).message}\n`);
  process.exitCode = 1;
});
