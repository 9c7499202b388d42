/**
 * Errors that reach the secretary carry a stable code (for tests and logs) and a
 * Vietnamese message (for the screen). Anything else is a bug and is reported as INTERNAL.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_CHANNEL'
  | 'FORBIDDEN_SENDER'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DB_NOT_SQLITE'
  | 'DB_TOO_NEW'
  | 'DB_DAMAGED'
  | 'DB_MISSING'
  | 'NUMBER_INVALID'
  | 'PLAN_TEXT_INVALID'
  | 'FILE_INVALID'
  | 'LOCKED'
  | 'PLAN_EXISTS'
  | 'NOT_SUPPORTED'
  /** Another window or program holds the data file's write lock; trying again usually works. */
  | 'BUSY'
  /** The disk is full, read-only, or the file may not be written: the system's answer, in Vietnamese. */
  | 'FILE_SYSTEM'
  | 'INTERNAL';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message };
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
