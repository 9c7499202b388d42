import type { ReactNode } from 'react';
import { ApartmentOutlined, SettingOutlined } from '@ant-design/icons';
import { vi } from '../i18n/vi';
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
  { key: 'units', path: routePaths.units, label: vi.nav.units, icon: <ApartmentOutlined />, element: <UnitsPage /> },
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
