/** Route paths, apart from the section registry so pages can link to each other without importing every page. */
export const routePaths = {
  dashboard: '/tong-quan',
  units: '/don-vi',
  settings: '/cai-dat',
} as const;
