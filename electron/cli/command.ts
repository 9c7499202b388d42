import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** What node:util parseArgs returns for the command's options. */
export type CliValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CliCommand {
  name: string;
  /** One Vietnamese line for `help`. */
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. Throws AppError for a one-line user error. */
  run(values: CliValues, positionals: string[], io: CliIo): Promise<number>;
}
