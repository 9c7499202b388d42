import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type Result } from '@shared/contract';
import { inputMessages } from '@shared/i18n/vi-errors';
import type { CoreContext } from '@core/context';
import { dispatch } from '@core/dispatch/dispatch';
import { isAppRendererUrl } from './app-url';

/** The parts of Electron's WebFrameMain the sender check reads (a real frame fits; tests pass plain objects). */
export interface FrameIdentity {
  /** Browser-global id of the frame, constant for the frame's lifetime. */
  readonly frameTreeNodeId: number;
  readonly parent: unknown;
  readonly url: string;
  /** True while an old document of the frame runs its unload handlers after a navigation. */
  readonly detached: boolean;
}

/**
 * The sender is the app's own top frame: the very frame that is the main window's main frame, not a subframe
 * (the report preview), not another window, and currently showing the app's page rather than anything it might
 * have been navigated to. Checked on every call (Electron's checklist: validate the sender of all IPC messages).
 * `mainFrame` is read at call time because the window is created after the handlers are bound.
 */
export function isAppTopFrame(
  sender: FrameIdentity | null,
  mainFrame: FrameIdentity | null,
  rendererUrl: string,
): boolean {
  if (sender === null || mainFrame === null) return false;
  if (sender.detached || sender.parent !== null) return false;
  if (sender.frameTreeNodeId !== mainFrame.frameTreeNodeId) return false;
  return isAppRendererUrl(sender.url, rendererUrl);
}

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is refused unless it comes from the app's top
 * frame; otherwise the input goes to the same `dispatch` the harness and the CLI use (zod validation, handler,
 * result envelope). The reply is always an envelope, never a rejected promise: Electron would turn a rejection
 * into an English "Error invoking remote method" in the renderer.
 */
export function bindContract(ipcMain: Pick<IpcMain, 'handle'>, ctx: CoreContext, isTrustedSender: SenderCheck): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<Result<unknown>> => {
      if (!passes(isTrustedSender, event)) {
        ctx.log.error('Refused an IPC call from an untrusted sender', { channel, url: frameUrl(event) });
        return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: inputMessages.forbiddenSender } };
      }
      return dispatch(ctx, channel, input);
    });
  }
}

/** Reading a frame that has just been disposed throws in Electron; such a sender is refused, not crashed on. */
function passes(check: SenderCheck, event: IpcMainInvokeEvent): boolean {
  try {
    return check(event);
  } catch {
    return false;
  }
}

function frameUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? '(no frame)';
  } catch {
    return '(disposed frame)';
  }
}
