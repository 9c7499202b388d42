import { TeamOutlined } from '@ant-design/icons';
import { viClusters } from '@renderer/i18n/vi-clusters-ui';
import { ClustersPage } from './ClustersPage';

/** The sidebar entry "Cụm, khối thi đua" at `#/cum-khoi`. */
export const ClustersSection = {
  key: 'cum-khoi',
  path: '/cum-khoi',
  label: viClusters.nav,
  icon: <TeamOutlined />,
  element: <ClustersPage />,
};
