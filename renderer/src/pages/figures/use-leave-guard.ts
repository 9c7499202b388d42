import { useCallback, useEffect, useRef } from 'react';
import { App } from 'antd';
import { navigateTo, pathFromHash } from '@renderer/app/use-hash-route';
import { viFigures } from '@renderer/i18n/vi-figures';

const t = viFigures.leave;

/** Whether a route stays on this page (`/nhap-so-lieu`, `/nhap-so-lieu/2023-Q3`). */
export function isWithin(path: string, ownPath: string): boolean {
  return path === ownPath || path.startsWith(`${ownPath}/`);
}

/**
 * Asks before unsaved edits are lost: a click on a link to another section, Back/Forward or any other route change,
 * switching the quarter (through `confirmThen`), and closing or reloading the window (the browser's own prompt).
 */
export function useLeaveGuard(dirty: boolean, ownPath: string): { confirmThen: (action: () => void) => void } {
  const { modal } = App.useApp();
  const dirtyRef = useRef(dirty);
  const asking = useRef(false);
  const lastOwnHash = useRef(window.location.hash);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const confirmThen = useCallback(
    (action: () => void) => {
      if (!dirtyRef.current) {
        action();
        return;
      }
      if (asking.current) return;
      asking.current = true;
      modal.confirm({
        title: t.title,
        content: t.content,
        okText: t.leave,
        okButtonProps: { danger: true },
        cancelText: t.stay,
        onOk: () => {
          dirtyRef.current = false;
          asking.current = false;
          action();
        },
        onCancel: () => {
          asking.current = false;
        },
      });
    },
    [modal],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.defaultPrevented || event.button !== 0) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
      if (!link) return;
      const path = pathFromHash(link.getAttribute('href') ?? '');
      if (isWithin(path, ownPath)) return;
      event.preventDefault();
      event.stopPropagation();
      confirmThen(() => navigateTo(path));
    };
    // Back/Forward and programmatic moves: put the page's own route back before the shell re-reads the hash (it
    // re-renders in a microtask, after every hashchange listener has run), then ask.
    const onHashChange = () => {
      const path = pathFromHash(window.location.hash);
      if (isWithin(path, ownPath)) {
        lastOwnHash.current = window.location.hash;
        return;
      }
      if (!dirtyRef.current) return;
      window.history.replaceState(null, '', lastOwnHash.current);
      confirmThen(() => navigateTo(path));
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      event.preventDefault();
      // Older Chromium shows the prompt only when returnValue is set.
      event.returnValue = '';
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [ownPath, confirmThen]);

  return { confirmThen };
}
