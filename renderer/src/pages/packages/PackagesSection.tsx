import { InboxOutlined } from '@ant-design/icons';
import { viPackages } from '@renderer/i18n/vi-packages-ui';
import { PackagesPage } from './PackagesPage';

/** The sidebar entry "Gói báo cáo" at `#/goi-bao-cao`. */
export const PackagesSection = {
  key: 'packages',
  path: '/goi-bao-cao',
  label: viPackages.nav,
  icon: <InboxOutlined />,
  element: <PackagesPage />,
};
