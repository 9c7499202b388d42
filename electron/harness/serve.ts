import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '@shared/errors';
import { webDemoDatabasePath } from '@core/app/app-folders';
import { invoke } from '@core/dispatch/dispatch';
import { startHarness } from './server';

const usage = 'npm run web -- [--demo] [--db TỆP] [--port CỔNG]';

/**
 * `npm run web -- --demo`: the app in a browser, for machines where Electron cannot run, on the demo district kept
 * in the user's data folder (app-folders.ts). `--db FILE` serves another database file (created if missing);
 * `--demo` with it loads the demo district into that file when it is new.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      demo: { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
    },
  });
  if (!values.db && !values.demo) throw new Error(`Cần --demo hoặc --db TỆP: ${usage}`);
  if (!existsSync(resolve('out/renderer/index.html'))) {
    throw new Error('Chưa có bản dựng giao diện: chạy "npm run build" trước.');
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${values.port}`);
  const databasePath = resolve(values.db ?? webDemoDatabasePath());
  mkdirSync(dirname(databasePath), { recursive: true });
  const harness = await startHarness({ databasePath, port });
  // A new file gets the demo district the README and the guide's pictures describe (the first-run screen offers the
  // 2026 commune first; the browser mode keeps the district so its documented walk-through holds); one set up before
  // is served as it is.
  if (values.demo && harness.recoveryOffer === null) {
    const info = await invoke(harness.ctx, 'app:info', {});
    if (!info.setupDone) await invoke(harness.ctx, 'app:setup', { mode: 'demo', demo: 'huyen-2023' });
  }
  process.stdout.write(
    `Thi Đua Desk (trình duyệt): ${harness.url}\nDữ liệu: ${databasePath}\n` +
      'Mở địa chỉ trên bằng Chromium, Chrome hoặc Edge; Ctrl+C để dừng.\n',
  );
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Lỗi: ${isAppError(error) ? error.message : (error as Error).message}\n`);
  process.exitCode = 1;
});
