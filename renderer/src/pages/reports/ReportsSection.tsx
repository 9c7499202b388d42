import { FileTextOutlined } from '@ant-design/icons';
import { viReports } from '@renderer/i18n/vi-reports';
import { ReportsPage } from './ReportsPage';
import { reportsPath } from './reports-route';

/** The sidebar entry "Báo cáo" at `#/bao-cao`. */
export const ReportsSection = {
  key: 'reports',
  path: reportsPath,
  label: viReports.nav,
  icon: <FileTextOutlined />,
  element: <ReportsPage />,
};
