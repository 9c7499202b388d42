import type { SaveDialogOptions } from 'electron';
import { extname, join } from 'node:path';

const fileTypes: Record<string, { name: string; extensions: string[] }> = {
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.pdf': { name: 'Tệp PDF', extensions: ['pdf'] },
};

/**
 * The Save dialog of a single file the page downloads (a report's PDF, one workbook). Electron's default names the
 * dialog after the download's URL, which for the app's files is a meaningless `blob:file:///…`; this one says
 * which file is being saved, suggests the Downloads folder and offers the file's type.
 */
export function downloadSaveOptions(fileName: string, downloadsFolder: string): SaveDialogOptions {
  const type = fileTypes[extname(fileName).toLowerCase()];
  return {
    title: `Lưu tệp ${fileName}`,
    buttonLabel: 'Lưu',
    defaultPath: join(downloadsFolder, fileName),
    ...(type ? { filters: [type] } : {}),
  };
}
