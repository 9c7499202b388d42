import { useQueryClient } from '@tanstack/react-query';
import type { RestoreResult } from '@shared/contract/backups';
import { useApiMutation } from '@renderer/api/hooks';
import { viBackupsUi } from '@renderer/i18n/vi-backups-ui';

/** The three ways the whole data file is replaced; each first keeps a copy of the current data (undoable). */
/** `backup` and `file` are tokens: of a listed copy, and of a file picked through `paths:choose`. */
export type Replacement = { kind: 'restore'; backup: string } | { kind: 'undo' } | { kind: 'import'; file: string };

/**
 * Restore, undo and import swap the whole database: units, figures, plans, the council profile and even
 * `app:info` may all differ afterwards, so every cached read is invalidated (and the visible ones refetched) before
 * the caller hears of the result, rather than a list of channels that would go stale as the app grows.
 * A failure resolves to null; its Vietnamese message has already been shown by `useApiMutation`.
 */
export function useReplaceDatabase() {
  const queryClient = useQueryClient();
  const restore = useApiMutation('backups:restore', { invalidates: [] });
  const undo = useApiMutation('backups:undoRestore', { invalidates: [] });
  const importFile = useApiMutation('backups:importDatabase', { invalidates: [] });

  const replace = async (what: Replacement): Promise<RestoreResult | null> => {
    let result: RestoreResult;
    try {
      if (what.kind === 'restore') result = await restore.mutateAsync({ backup: what.backup });
      else if (what.kind === 'import') result = await importFile.mutateAsync({ file: what.file });
      else result = await undo.mutateAsync({});
    } catch {
      return null;
    }
    await queryClient.invalidateQueries();
    return result;
  };

  return { replace, pending: restore.isPending || undo.isPending || importFile.isPending };
}

/** What the card says after a replacement: the core's message, plus a note when an older file was upgraded. */
export function replacementNotice(what: Replacement['kind'], result: RestoreResult): string {
  const upgraded = result.upgradedFrom === null ? '' : viBackupsUi.upgraded(result.upgradedFrom, result.schemaVersion);
  return (what === 'undo' ? viBackupsUi.undone : result.message) + upgraded;
}
