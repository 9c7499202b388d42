import { parseArgs } from 'node:util';
import { isAppError } from '@shared/errors';
import type { CliCommand, CliIo } from './command';
import { awardsCommands } from './commands/awards';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { clusterCommands } from './commands/clusters';
import { exportTemplateCommand } from './commands/export-template';
import { importValuesCommand } from './commands/import-values';
import { importPlanCommand } from './commands/import-plan';
import { initCommand } from './commands/init';
import { packageCommand } from './commands/package';
import { parsePlanCommand } from './commands/parse-plan';
import { reportCommand } from './commands/report';
import { restoreCommand } from './commands/restore';
import { summaryCommand } from './commands/summary';
import { unitsCommand } from './commands/units';
import { valuesCommand } from './commands/values';

export const cliCommands: readonly CliCommand[] = [
  initCommand,
  unitsCommand,
  checkCommand,
  backupCommand,
  restoreCommand,
  parsePlanCommand,
  importPlanCommand,
  exportTemplateCommand,
  importValuesCommand,
  valuesCommand,
  summaryCommand,
  reportCommand,
  ...clusterCommands,
  ...awardsCommands,
  packageCommand,
];

function helpText(): string {
  return [
    'Thi Đua Desk — dòng lệnh. Cách dùng: npm run cli -- <lệnh> [tham số]',
    ...cliCommands.map((c) => `  ${c.usage.padEnd(48)} ${c.summary}`),
  ].join('\n');
}

/** Runs one CLI invocation; returns the exit code. Errors are one Vietnamese line on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help') {
    io.out(helpText());
    return name === undefined ? 2 : 0;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) {
    io.err(`Lỗi: không có lệnh "${name}". Gõ "npm run cli -- help" để xem danh sách lệnh.`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`Lỗi: tham số không hợp lệ (${(error as Error).message}). Cách dùng: ${command.usage}`);
    return 2;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (error) {
    if (isAppError(error)) {
      io.err(`Lỗi: ${error.message.replace(/\s*\n\s*/g, ' ')}`);
      return 1;
    }
    io.err(`Lỗi ngoài dự kiến: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
