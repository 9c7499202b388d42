import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  name: string;
  /** One Vietnamese line for `help`. */
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. Throws AppError for a one-line user error. */
  run(
    values: Record<string, string | boolean | string[] | boolean[] | undefined>,
    positionals: string[],
    io: CliIo,
  ): Promise<number>;
}
