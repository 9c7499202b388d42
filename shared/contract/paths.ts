import { z } from 'zod';
import { pathMessages } from '../i18n/vi-paths';
import { defineChannel } from './define';

/**
 * Why the secretary is asked for a path. The native dialog's title and filters follow from it, and a token is only
 * accepted for the purpose it was picked for: a folder picked to export into cannot become the backup folder.
 */
export const pathPurposes = [
  'backup-folder',
  'export-database-folder',
  'import-database-file',
  'export-files-folder',
] as const;
export type PathPurpose = (typeof pathPurposes)[number];

/** What each purpose asks for. */
export const pathPurposeKinds: Readonly<Record<PathPurpose, 'folder' | 'file'>> = {
  'backup-folder': 'folder',
  'export-database-folder': 'folder',
  'import-database-file': 'file',
  'export-files-folder': 'folder',
};

/**
 * An opaque stand-in for a path the secretary picked in the main process's own dialog (or, in the browser harness,
 * typed into its picker). The renderer never sends a path: a compromised page cannot name a share or a device.
 */
export const pathTokenSchema = z.string().regex(/^p_[A-Za-z0-9_-]{32}$/, { message: pathMessages.notToken });

/** A path the secretary picked: the token to send back, and the path to show. */
export interface ChosenPath {
  token: string;
  path: string;
}

/**
 * How `paths:choose` asks: the desktop app's native dialog, a typed path (the browser harness, which has no dialog),
 * or not at all (no picker: the CLI and plain tests).
 */
export type PickerMode = 'dialog' | 'typed' | 'none';

export const pathsChannels = {
  'paths:picker': defineChannel<{ mode: PickerMode }>()(z.object({}).strict()),
  /**
   * Opens the picker for `purpose`; null when the secretary cancels. `typedPath` is read only by the browser
   * harness's picker (it has no native dialog); the desktop app ignores it.
   */
  'paths:choose': defineChannel<ChosenPath | null>()(
    z
      .object({
        purpose: z.enum(pathPurposes),
        typedPath: z.string().trim().min(1).max(1000).optional(),
      })
      .strict(),
  ),
};
