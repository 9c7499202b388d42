import type { BaseWindow, Dialog, OpenDialogOptions } from 'electron';
import { databaseFileFilters, pathDialogWords } from '@shared/i18n/vi-paths';
import type { PathPicker, PathRequest } from '@core/paths/path-picker';

/** The dialog's options for a request: title and button in Vietnamese, a folder or a database file. */
export function openDialogOptions(request: PathRequest): OpenDialogOptions {
  const words = pathDialogWords[request.purpose];
  const folder = request.kind === 'folder';
  return {
    title: words.title,
    buttonLabel: words.button,
    // A chosen folder is used as it is: the dialog may not create one ("never created, only checked").
    properties: folder ? ['openDirectory', 'dontAddToRecent'] : ['openFile', 'dontAddToRecent'],
    ...(folder ? {} : { filters: databaseFileFilters }),
  };
}

/**
 * Paths come only from this dialog in the desktop app: the renderer asks through `paths:choose` and receives a
 * token. Whatever the secretary picks here is trusted, a network share included, because she pointed at it;
 * a typed path from the renderer is ignored.
 */
export function createDialogPathPicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: () => BaseWindow | null,
): PathPicker {
  return {
    mode: 'dialog',
    async choose(request) {
      const window = parent();
      const options = openDialogOptions(request);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
