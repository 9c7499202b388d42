import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { vi } from '../i18n/vi';

/** Dates are typed and shown the Vietnamese way, 31/03/2023; `D/M/YYYY` also accepts "1/7/2025" as typed by hand. */
export const displayDateFormats = ['DD/MM/YYYY', 'D/M/YYYY'];

/** A DatePicker in dd/mm/yyyy that fills its form column. Value and onChange come from the surrounding Form.Item. */
export function DateField(props: Omit<DatePickerProps, 'format'>) {
  return (
    <DatePicker
      format={displayDateFormats}
      placeholder={vi.common.datePlaceholder}
      style={{ width: '100%' }}
      {...props}
    />
  );
}

/** The ISO date the core expects, from a picker value. */
export function toIsoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}
