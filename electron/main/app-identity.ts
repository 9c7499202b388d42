/** electron-builder.yml's appId: the installer writes it into the Start-menu and desktop shortcuts. */
export const appId = 'vn.thidua.desk';

/**
 * The Windows AppUserModelID of the running app. A development copy (`npm start`, `npm run dev`) gets an id of its
 * own, so its window is never grouped with, or pinned as, the installed app.
 */
export function appUserModelId(isPackaged: boolean): string {
  return isPackaged ? appId : `${appId}.dev`;
}
