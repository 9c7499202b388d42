import { useState } from 'react';
import { Button, Flex, Select, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { reportPeriods, type ReportPeriod } from '@shared/domain/period';
import { useApiMutation } from '@renderer/api/hooks';
import { viReports } from '@renderer/i18n/vi-reports';
import type { PeriodChoice } from './report-form';

const t = viReports.picker;
const periodOptions = reportPeriods.map((period) => ({ value: period, label: viReports.periods[period] }));

interface PeriodPickerProps {
  years: number[];
  initial: PeriodChoice;
  onOpened: (id: number) => void;
}

/** Năm + kỳ → "Lập báo cáo": opens the period's working draft, created with proposed text the first time. */
export function PeriodPicker({ years, initial, onOpened }: PeriodPickerProps) {
  const [choice, setChoice] = useState(initial);
  const draft = useApiMutation('reports:draft', { invalidates: ['reports:list'] });
  return (
    <Flex vertical gap={4}>
      <Flex gap="middle" align="center" wrap>
        <label htmlFor="report-year">{t.year}</label>
        <Select<number>
          id="report-year"
          value={choice.year}
          style={{ width: 110 }}
          options={years.map((year) => ({ value: year, label: String(year) }))}
          onChange={(year) => setChoice((c) => ({ ...c, year }))}
        />
        <label htmlFor="report-period">{t.period}</label>
        <Select<ReportPeriod>
          id="report-period"
          value={choice.period}
          style={{ width: 180 }}
          options={periodOptions}
          onChange={(period) => setChoice((c) => ({ ...c, period }))}
        />
        <Button
          type="primary"
          icon={<FileAddOutlined />}
          loading={draft.isPending}
          onClick={() => draft.mutate(choice, { onSuccess: (report) => onOpened(report.id) })}
        >
          {t.open}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t.openHint}</Typography.Text>
    </Flex>
  );
}
