import { useMemo, useState } from 'react';
import { Alert, Card, Flex, Typography } from 'antd';
import { useApiQuery } from '@renderer/api/hooks';
import { useHashRoute } from '@renderer/app/use-hash-route';
import { viReports } from '@renderer/i18n/vi-reports';
import { PeriodPicker } from './PeriodPicker';
import { defaultPeriodChoice, sortReports } from './report-form';
import { ReportList } from './ReportList';
import { reportIdFromPath, reportPath, reportsPath } from './reports-route';
import { ReportWorkspace } from './ReportWorkspace';
import { useReportOutputs } from './use-report-outputs';

/** "Báo cáo": the list and the period picker at `#/bao-cao`, one report at `#/bao-cao/12`. */
export function ReportsPage() {
  const { path, navigate } = useHashRoute();
  const id = reportIdFromPath(path);
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={2} style={{ marginBottom: 4 }}>
          {viReports.title}
        </Typography.Title>
        <Typography.Text type="secondary">{viReports.intro}</Typography.Text>
      </div>
      {id === null ? (
        <ReportsHome onOpen={(opened) => navigate(reportPath(opened))} />
      ) : (
        <ReportWorkspace key={id} id={id} onBack={() => navigate(reportsPath)} />
      )}
    </Flex>
  );
}

function ReportsHome({ onOpen }: { onOpen: (id: number) => void }) {
  const plans = useApiQuery('plans:list', {});
  const reports = useApiQuery('reports:list', {});
  const outputs = useReportOutputs();
  const [today] = useState(() => new Date());
  const years = useMemo(
    () => [...new Set((plans.data ?? []).map((plan) => plan.year))].sort((a, b) => b - a),
    [plans.data],
  );
  const sorted = useMemo(() => sortReports(reports.data ?? []), [reports.data]);
  const initial = plans.isSuccess && reports.isSuccess ? defaultPeriodChoice(years, sorted, today) : null;
  const error = plans.error ?? reports.error;

  return (
    <Flex vertical gap="middle">
      {error && <Alert type="error" showIcon title={viReports.loadFailed} description={error.message} />}
      <Card size="small">
        {plans.isSuccess && years.length === 0 ? (
          <Alert type="info" showIcon title={viReports.picker.noPlan} />
        ) : (
          initial && <PeriodPicker years={years} initial={initial} onOpened={onOpen} />
        )}
      </Card>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {viReports.list.title}
      </Typography.Title>
      <ReportList reports={sorted} loading={reports.isFetching} outputs={outputs} onOpen={onOpen} />
    </Flex>
  );
}
