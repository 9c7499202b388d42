import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user data folders, by name. The installed app keeps Electron's default (`%APPDATA%\Thi Đua Desk`, from
 * productName), which the installer leaves in place on uninstall. `npm run dev` and `npm start` use a folder of
 * their own, so trying out a change never opens, migrates or backs up the council's real database; the browser
 * mode's demo lives there too.
 */
export const developmentFolderName = 'Thi Đua Desk (dev)';

/** The demo database of `npm run web -- --demo`, in the development folder. */
export const webDemoFileName = 'thi-dua-desk-demo.sqlite';

/**
 * Electron's `app.getPath('appData')`, computed the same way for plain Node (the browser mode has no Electron):
 * `%APPDATA%` on Windows, `~/Library/Application Support` on macOS, `$XDG_CONFIG_HOME` or `~/.config` elsewhere.
 */
export function appDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** Where `npm run web -- --demo` keeps its database when no `--db` is given. */
export function webDemoDatabasePath(appData: string = appDataFolder()): string {
  return join(appData, developmentFolderName, webDemoFileName);
}
