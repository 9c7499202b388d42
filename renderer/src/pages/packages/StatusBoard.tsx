import { useState } from 'react';
import { App, Button, Flex, InputNumber, Select, Table, Tag, Typography } from 'antd';
import type { BoardRow, PackageSettings } from '@shared/contract/packages';
import { quarterLabel } from '@shared/domain/figure';
import type { Quarter } from '@shared/domain/period';
import { reportingWindows, type ReportingCalendar, type SenderState } from '@shared/domain/reporting-calendar';
import { formatVietnameseDate } from '@shared/domain/vietnamese-date';
import { useApiMutation, useApiQuery } from '@renderer/api/hooks';
import { viPackages } from '@renderer/i18n/vi-packages-ui';

const t = viPackages.board;
const stateColors: Record<SenderState, string> = {
  on_time: 'green',
  late: 'orange',
  overdue: 'red',
  not_yet_due: 'default',
};
const date = (iso: string | null) => (iso === null ? '' : formatVietnameseDate(iso.slice(0, 10)));

/** Who has sent the quarter, when, with how many figures still estimates, and who is late; the calendar beside it. */
export function StatusBoard({ year, quarter }: { year: number; quarter: Quarter }) {
  const board = useApiQuery('packages:board', { year, quarter });
  const settings = useApiQuery('packages:settings', {});

  return (
    <Flex vertical gap="small">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t.title(quarterLabel(year, quarter))}
      </Typography.Title>
      {board.data && (
        <Typography.Text type="secondary">
          {t.window(date(board.data.from), date(board.data.to), date(board.data.dueOn))}
        </Typography.Text>
      )}
      {settings.data && <CalendarForm settings={settings.data} />}
      <Table<BoardRow>
        size="small"
        rowKey="unitId"
        loading={board.isLoading}
        dataSource={board.data?.rows ?? []}
        pagination={false}
        columns={[
          { key: 'unit', title: t.columns.unit, dataIndex: 'unitName' },
          {
            key: 'state',
            title: t.columns.state,
            width: 170,
            render: (_v, row) => <Tag color={stateColors[row.state]}>{t.states[row.state]}</Tag>,
          },
          { key: 'sent', title: t.columns.sentAt, width: 120, render: (_v, row) => date(row.sentAt) },
          { key: 'received', title: t.columns.receivedAt, width: 120, render: (_v, row) => date(row.receivedAt) },
          { key: 'figures', title: t.columns.figures, dataIndex: 'figures', width: 90, align: 'right' },
          { key: 'estimated', title: t.columns.estimated, dataIndex: 'estimated', width: 90, align: 'right' },
          { key: 'proposals', title: t.columns.proposals, dataIndex: 'proposals', width: 110, align: 'right' },
        ]}
      />
    </Flex>
  );
}

/** Lịch báo cáo: how the quarter is cut and how many days after the cut-off a package is due. */
function CalendarForm({ settings }: { settings: PackageSettings }) {
  const { message } = App.useApp();
  const saveSettings = useApiMutation('packages:saveSettings', {
    invalidates: ['packages:settings', 'packages:board'],
  });
  const [calendar, setCalendar] = useState<ReportingCalendar>(settings.calendar);
  return (
    <Flex gap="small" align="center" wrap>
      <Typography.Text>{t.calendar}:</Typography.Text>
      <Select
        aria-label={t.calendar}
        style={{ width: 360 }}
        value={calendar.window}
        options={reportingWindows.map((w) => ({ value: w, label: t.windows[w] }))}
        onChange={(window) => setCalendar({ ...calendar, window })}
      />
      <Typography.Text>{t.dueDays}</Typography.Text>
      <InputNumber
        aria-label={t.dueDays}
        min={0}
        max={90}
        value={calendar.dueDays}
        onChange={(dueDays) => dueDays !== null && setCalendar({ ...calendar, dueDays })}
      />
      <Button
        onClick={() =>
          saveSettings.mutate(
            { senderCode: settings.senderCode, upperCouncilName: settings.upperCouncilName, calendar },
            { onSuccess: () => void message.success(viPackages.send.saved) },
          )
        }
      >
        {t.saveCalendar}
      </Button>
    </Flex>
  );
}
