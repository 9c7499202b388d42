import { Button, Result } from 'antd';
import { useHashRoute } from '@renderer/app/use-hash-route';
import { viDashboard } from '@renderer/i18n/vi-dashboard';
import { dashboardPath, parseDashboardRoute } from './dashboard-routes';
import { OverviewPage } from './OverviewPage';
import { TargetDetailPage } from './TargetDetailPage';
import { UnitDetailPage } from './UnitDetailPage';

/** "Tổng quan": the overview, a target's page and a unit's page, chosen by the hash route. */
export function DashboardSection() {
  const { path } = useHashRoute();
  const route = parseDashboardRoute(path);
  switch (route.kind) {
    case 'overview':
      return <OverviewPage />;
    case 'target':
      // Keyed by id: chart and table switches start afresh on another target.
      return <TargetDetailPage key={route.targetId} targetId={route.targetId} />;
    case 'unit':
      return <UnitDetailPage key={route.unitId} unitId={route.unitId} />;
    case 'unknown':
      return (
        <Result
          status="404"
          title={viDashboard.route.notFound}
          extra={
            <Button type="primary" href={`#${dashboardPath}`}>
              {viDashboard.back}
            </Button>
          }
        />
      );
  }
}
