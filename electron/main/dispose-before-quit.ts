export interface DisposeBeforeQuitDeps {
  dispose(): Promise<void>;
  /** `app.quit`, called again once disposal has finished. */
  quit(): void;
  /** Quitting must never hang on a stuck disposal. */
  timeoutMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * A `will-quit` listener that holds the quit until services are disposed (queued writes
 * flushed, library lock released), then quits for real. `will-quit` rather than
 * `before-quit`: it comes after every window has closed, so the renderer could still save
 * while closing, and a window that cancels the close cannot leave the app running on
 * disposed services. Data safety never depends on this (D7: Windows shutdown skips these
 * events, and Electron does not await promises in them); unsaved edits are already in
 * the crash journal by then.
 */
export function disposeBeforeQuit(deps: DisposeBeforeQuitDeps): (event: { preventDefault(): void }) => void {
  const timeoutMs = deps.timeoutMs ?? 5000;
  let state: 'running' | 'disposing' | 'disposed' = 'running';
  return (event) => {
    if (state === 'disposed') return;
    event.preventDefault();
    if (state === 'disposing') return;
    state = 'disposing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`disposal took longer than ${timeoutMs} ms`)), timeoutMs);
    });
    let disposal: Promise<void>;
    try {
      disposal = deps.dispose();
    } catch (error) {
      disposal = Promise.reject(error);
    }
    Promise.race([disposal, timeout])
      .catch((error: unknown) => deps.onError?.(error))
      .finally(() => {
        clearTimeout(timer);
        state = 'disposed';
        deps.quit();
      });
  };
}
