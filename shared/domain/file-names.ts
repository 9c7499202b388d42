/**
 * Names of the files and folders the app writes for the secretary. Windows is the strictest system the app runs on,
 * so its rules apply everywhere: no path separators or the characters Windows refuses, no device names (CON, NUL,
 * COM1…), no trailing dot or space (Windows silently drops them, so "a." would overwrite "a").
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const forbiddenCharacters = /[<>:"/\\|?*\u0000-\u001f]/;
const deviceNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const maxNameLength = 150;

/** True for a name that stays a single file or folder inside the folder it is written to, on every system. */
export function isPlainName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= maxNameLength &&
    name.trim() === name &&
    name !== '.' &&
    name !== '..' &&
    !forbiddenCharacters.test(name) &&
    !deviceNames.test(name) &&
    !/[. ]$/.test(name)
  );
}

/** `name (2).xlsx` for the second file of that name, as Windows Explorer does. */
export function numberedName(name: string, copy: number): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${stem} (${copy})${extension}`;
}
