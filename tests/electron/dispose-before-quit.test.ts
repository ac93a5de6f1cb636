import { describe, expect, it, vi } from 'vitest';
import { disposeBeforeQuit } from '../../electron/main/dispose-before-quit';

function quitEvent() {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  return event;
}

describe('disposeBeforeQuit', () => {
  it('holds the first quit until disposal finishes, then quits once for real', async () => {
    let finish!: () => void;
    const dispose = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const quit = vi.fn();
    const listener = disposeBeforeQuit({ dispose, quit });

    const first = quitEvent();
    listener(first);
    expect(first.prevented).toBe(true);
    const second = quitEvent();
    listener(second);
    expect(second.prevented).toBe(true);
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    const final = quitEvent();
    listener(final);
    expect(final.prevented).toBe(false);
  });

  it('still quits when disposal fails or hangs', async () => {
    const errors: unknown[] = [];
    const failing = { quit: vi.fn() };
    disposeBeforeQuit({ dispose: () => Promise.reject(new Error('boom')), quit: failing.quit, onError: (e) => errors.push(e) })(quitEvent());
    await vi.waitFor(() => expect(failing.quit).toHaveBeenCalledTimes(1));

    const hanging = { quit: vi.fn() };
    disposeBeforeQuit({ dispose: () => new Promise<void>(() => undefined), quit: hanging.quit, timeoutMs: 20, onError: (e) => errors.push(e) })(quitEvent());
    await vi.waitFor(() => expect(hanging.quit).toHaveBeenCalledTimes(1));
    expect(errors).toHaveLength(2);
  });
});
