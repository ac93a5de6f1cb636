import type { Dispatch } from '../../shared/ipc/dispatcher';
import type { IpcResult } from '../../shared/ipc/error-codes';
import { isTrustedSenderFrame, type SenderFrameLike } from './ipc-sender-check';

/** The part of an `IpcMainInvokeEvent` the handlers read. */
export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

/** The part of Electron's `ipcMain` used here, so tests can pass a fake. */
export interface IpcHandleRegistry {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface RegisterIpcHandlersDeps {
  ipcMain: IpcHandleRegistry;
  /** The contract's channel allowlist; nothing else gets a handler. */
  channels: readonly string[];
  dispatch: Dispatch;
  onRejectedSender?: (channel: string, frameUrl: string | undefined) => void;
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

const UNEXPECTED: IpcResult = { ok: false, error: { code: 'internal', message: 'unexpected error' } };

/**
 * One `ipcMain.handle` per allowlisted channel (S6). Each checks the sender frame before
 * anything else, passes exactly one payload argument to the dispatcher (which validates
 * it with zod) and never lets an exception carry a stack or a path to the renderer.
 * Returns a function that removes the handlers.
 */
export function registerIpcHandlers(deps: RegisterIpcHandlersDeps): () => void {
  const channels = [...new Set(deps.channels)];
  for (const channel of channels) {
    deps.ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSenderFrame(event.senderFrame)) {
        deps.onRejectedSender?.(channel, safeFrameUrl(event));
        throw new Error('IPC refused: untrusted sender');
      }
      try {
        return await deps.dispatch(channel, args[0]);
      } catch (error) {
        deps.onUnexpectedError?.(channel, error);
        return UNEXPECTED;
      }
    });
  }
  return () => {
    for (const channel of channels) deps.ipcMain.removeHandler(channel);
  };
}

function safeFrameUrl(event: InvokeEventLike): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}
