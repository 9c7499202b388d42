import type { ReactNode } from 'react';
import { ApartmentOutlined, AuditOutlined, DashboardOutlined, EditOutlined, SettingOutlined } from '@ant-design/icons';
import { vi } from '../i18n/vi';
import { viDashboard } from '../i18n/vi-dashboard';
import { viFigures } from '../i18n/vi-figures';
import { viPlans } from '../i18n/vi-plans';
import { AuditPage } from '../pages/audit/AuditPage';
import { auditPath } from '../pages/audit/audit-route';
import { dashboardPath } from '../pages/dashboard/dashboard-routes';
import { DashboardSection } from '../pages/dashboard/DashboardSection';
import { FiguresPage } from '../pages/figures/FiguresPage';
import { figuresPath } from '../pages/figures/figures-route';
import { plansPath } from '../pages/plans/plan-routes';
import { PlansSection, PlansSectionIcon } from '../pages/plans/PlansSection';
import { ReportsSection } from '../pages/reports/ReportsSection';
import { ClustersSection } from '../pages/clusters/ClustersSection';
import { CommendationSection } from '../pages/commendation/CommendationSection';
import { PackagesSection } from '../pages/packages/PackagesSection';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { UnitsPage } from '../pages/units/UnitsPage';
import { routePaths } from './routes';

export interface Section {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
  element: ReactNode;
}

/** The sidebar and the router both read this list; a feature appears in the app by adding its entry here. */
export const sections: readonly Section[] = [
  {
    key: 'dashboard',
    path: dashboardPath,
    label: viDashboard.nav,
    icon: <DashboardOutlined />,
    element: <DashboardSection />,
  },
  { key: 'plans', path: plansPath, label: viPlans.nav, icon: <PlansSectionIcon />, element: <PlansSection /> },
  { key: 'figures', path: figuresPath, label: viFigures.nav.figures, icon: <EditOutlined />, element: <FiguresPage /> },
  ReportsSection,
  ClustersSection,
  CommendationSection,
  PackagesSection,
  { key: 'units', path: routePaths.units, label: vi.nav.units, icon: <ApartmentOutlined />, element: <UnitsPage /> },
  { key: 'audit', path: auditPath, label: viFigures.nav.audit, icon: <AuditOutlined />, element: <AuditPage /> },
  {
    key: 'settings',
    path: routePaths.settings,
    label: vi.nav.settings,
    icon: <SettingOutlined />,
    element: <SettingsPage />,
  },
];

/** The section a path shows: an exact match, or a sub-path of a section (`/don-vi/12`); undefined means redirect. */
export function findSection<S extends Pick<Section, 'path'>>(list: readonly S[], path: string): S | undefined {
  return list.find((section) => path === section.path || path.startsWith(`${section.path}/`));
}
