import type { FormRule } from 'antd';
import { vi } from '@renderer/i18n/vi';

/** Mirrors the contract's unit code rule so the secretary sees the problem before saving. */
export const unitCodeRules: FormRule[] = [
  { pattern: /^[A-Za-z0-9_.-]+$/, message: vi.units.form.codeInvalid },
  { max: 40, message: vi.units.form.codeTooLong },
];
