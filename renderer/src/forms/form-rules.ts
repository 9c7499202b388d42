import type { FormRule } from 'antd';
import { vi } from '../i18n/vi';

/** "Vui lòng nhập tên đơn vị": the message names the field; blank-only text counts as empty, as the core trims. */
export function requiredText(label: string): FormRule {
  return { required: true, whitespace: true, message: vi.common.required(label) };
}

export function requiredChoice(label: string): FormRule {
  return { required: true, message: vi.common.requiredChoice(label) };
}
