import { Button, Result } from 'antd';
import { ProfileOutlined } from '@ant-design/icons';
import { useHashRoute } from '@renderer/app/use-hash-route';
import { viPlans } from '@renderer/i18n/vi-plans';
import { PlanDetailPage } from './detail/PlanDetailPage';
import { PlanCreatePage } from './import/PlanCreatePage';
import { PlanImportPage } from './import/PlanImportPage';
import { PlansListPage } from './list/PlansListPage';
import { parsePlanRoute, plansPath } from './plan-routes';

/** The sidebar icon of the section. */
export function PlansSectionIcon() {
  return <ProfileOutlined />;
}

/** "Kế hoạch & chỉ tiêu": the list, the import screen, the blank plan and each plan's page, chosen by the hash route. */
export function PlansSection() {
  const { path } = useHashRoute();
  const route = parsePlanRoute(path);
  switch (route.kind) {
    case 'list':
      return <PlansListPage />;
    case 'import':
      return <PlanImportPage />;
    case 'create':
      return <PlanCreatePage />;
    case 'detail':
      // Keyed by id: moving from one plan to another starts every dialog and form afresh.
      return <PlanDetailPage key={route.id} planId={route.id} />;
    case 'unknown':
      return (
        <Result
          status="404"
          title={viPlans.route.notFound}
          extra={
            <Button type="primary" href={`#${plansPath}`}>
              {viPlans.detail.back}
            </Button>
          }
        />
      );
  }
}
