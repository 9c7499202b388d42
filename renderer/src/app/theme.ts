import type { ThemeConfig } from 'antd';

/**
 * A sober office look: the Windows system font (Segoe UI has every Vietnamese glyph), a dark administrative blue,
 * small radii. Printed documents use Times New Roman separately.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4e89',
    borderRadius: 4,
    fontSize: 14,
    fontFamily: "'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f4f6f9', headerPadding: '0 24px' },
  },
};
