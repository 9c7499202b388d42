import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { keepPreviousData } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { callApi } from '@renderer/api/call-api';
import { useApiQuery } from '@renderer/api/hooks';
import { formatTimestamp } from '@renderer/format/date-time';
import { vi } from '@renderer/i18n/vi';
import { viFigures } from '@renderer/i18n/vi-figures';
import { auditSearchInput, describeFilter, type AuditFilter } from './audit-filter';
import { describeAuditRow, type AuditLine, type AuditLookups } from './audit-describe';
import { AuditFilters } from './AuditFilters';
import { AuditPrintSheet } from './AuditPrintSheet';
import './audit-print.css';

const t = viFigures.audit;
const pageSize = 25;
/** The printout stops here: a log of years is read on screen, filtered, not printed whole. */
const maxPrintedRows = 2000;

const actionColors = { insert: 'green', update: 'blue', delete: 'red' } as const;

/**
 * "Nhật ký thay đổi": every change the core audited, newest first, filtered by unit, indicator, period and kind of
 * record, a page at a time; "In" prints every matching row (up to a cap) as a table.
 */
export function AuditPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [printLines, setPrintLines] = useState<{ lines: AuditLine[]; total: number } | null>(null);
  const [printing, setPrinting] = useState(false);
  const search = useApiQuery('audit:search', auditSearchInput(filter, page, pageSize), {
    placeholderData: keepPreviousData,
  });
  const units = useApiQuery('units:list', { includeRetired: true });
  const indicators = useApiQuery('indicators:list', {});
  const plans = useApiQuery('plans:list', {});

  const lookups: AuditLookups = useMemo(
    () => ({
      unitNames: new Map((units.data ?? []).map((unit) => [unit.id, unit.name])),
      indicators: new Map((indicators.data ?? []).map((indicator) => [indicator.id, indicator])),
    }),
    [units.data, indicators.data],
  );
  const lines = useMemo(
    () => (search.data?.rows ?? []).map((row) => describeAuditRow(row, lookups)),
    [search.data, lookups],
  );
  const years = useMemo(() => {
    const set = new Set((plans.data ?? []).map((plan) => plan.year));
    set.add(new Date().getFullYear());
    return [...set].sort((a, b) => b - a);
  }, [plans.data]);

  const changeFilter = (next: AuditFilter) => {
    setFilter(next);
    setPage(1);
  };

  const print = async () => {
    setPrinting(true);
    try {
      const collected: AuditLine[] = [];
      let total = 0;
      while (collected.length < maxPrintedRows) {
        const limit = Math.min(1000, maxPrintedRows - collected.length);
        const batch = await callApi('audit:search', {
          ...auditSearchInput(filter, 1, limit),
          offset: collected.length,
        });
        total = batch.total;
        collected.push(...batch.rows.map((row) => describeAuditRow(row, lookups)));
        if (batch.rows.length < limit) break;
      }
      // The print sheet must be in the document before the print dialog takes its snapshot.
      flushSync(() => setPrintLines({ lines: collected, total }));
      window.print();
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setPrinting(false);
    }
  };

  const columns: TableColumnsType<AuditLine> = [
    { key: 'at', title: t.columns.at, width: 140, render: (_v, line) => formatTimestamp(line.at) },
    { key: 'actor', title: t.columns.actor, dataIndex: 'actor', width: 130 },
    {
      key: 'subject',
      title: t.columns.subject,
      render: (_v, line) => (
        <Flex vertical gap={2}>
          <span>{line.subject}</span>
          <span>
            <Tag>{line.kind}</Tag>
            <Tag color={actionColors[line.actionCode]}>{line.action}</Tag>
          </span>
        </Flex>
      ),
    },
    { key: 'before', title: t.columns.before, dataIndex: 'before', width: 200 },
    { key: 'after', title: t.columns.after, dataIndex: 'after', width: 200 },
    { key: 'reason', title: t.columns.reason, dataIndex: 'reason', width: 200 },
  ];

  const indicatorNames = new Map([...lookups.indicators].map(([id, indicator]) => [id, indicator.name]));

  return (
    <>
      <Flex vertical gap="middle" className="audit-screen">
        <div>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            {t.title}
          </Typography.Title>
          <Typography.Text type="secondary">{t.intro}</Typography.Text>
        </div>
        <Flex gap="middle" align="flex-end" wrap justify="space-between">
          <AuditFilters
            filter={filter}
            units={units.data ?? []}
            indicators={indicators.data ?? []}
            years={years}
            onChange={changeFilter}
          />
          <Button icon={<PrinterOutlined />} loading={printing} onClick={() => void print()}>
            {t.print}
          </Button>
        </Flex>
        {search.isError && <Alert type="error" showIcon title={vi.app.loadFailed} description={search.error.message} />}
        {search.isSuccess && <Typography.Text type="secondary">{t.count(search.data.total)}</Typography.Text>}
        <Table<AuditLine>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={lines}
          loading={search.isFetching}
          locale={{ emptyText: t.empty }}
          pagination={{
            current: page,
            pageSize,
            total: search.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: setPage,
          }}
        />
      </Flex>
      {printLines && (
        <AuditPrintSheet
          lines={printLines.lines}
          total={printLines.total}
          filterText={describeFilter(filter, lookups.unitNames, indicatorNames)}
        />
      )}
    </>
  );
}
