import { TrophyOutlined } from '@ant-design/icons';
import { viCommendation } from '@renderer/i18n/vi-commendation-ui';
import { CommendationPage } from './CommendationPage';
import { commendationPath } from './commendation-route';

/** The sidebar entry "Khen thưởng" at `#/khen-thuong`. */
export const CommendationSection = {
  key: 'khen-thuong',
  path: commendationPath,
  label: viCommendation.nav,
  icon: <TrophyOutlined />,
  element: <CommendationPage />,
};
