import { AppError } from '@shared/errors';

export function requireString(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new AppError('INVALID_INPUT', `Thiếu tham số --${name}.`);
  }
  return value;
}
