import { hostname } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import lockfile from 'proper-lockfile';
import { nodeFsPort } from './fs-port';
import { atomicWriteFile } from './atomic-write';
import { toFsError } from './fs-error';
import { LibraryLockedError, type LibraryLockHolder } from './library-lock-error';

export { LibraryLockedError, type LibraryLockHolder };

/** The lock is a directory (mkdir is atomic everywhere, network shares included). */
export const LIBRARY_LOCK_DIR_NAME = '.triptych.lock';
// Beside the lock, not inside it: writing inside would change the directory's mtime,
// which proper-lockfile reads as "someone else refreshed my lock" (compromised).
export const LIBRARY_LOCK_OWNER_FILE_NAME = '.triptych.lock-owner.json';

export interface LibraryLockOptions {
  /**
   * A lock not refreshed for this long is taken to belong to a dead process and is taken
   * over (default 10 000 ms; proper-lockfile's minimum is 2000). The holder refreshes
   * every staleMs / 2.
   */
  staleMs?: number;
  /**
   * Keep trying this long while the lock is held (default 0: fail at once). Lets a restart
   * after a crash outwait the dead instance's lock going stale.
   */
  waitMs?: number;
  /**
   * Called (from a timer, at most once) when the lock was lost: removed, or refreshed by
   * someone else because this process stalled past staleMs. From then on another writer
   * may exist: stop saving and tell the user. Exceptions thrown here are swallowed.
   */
  onCompromised?: (error: Error) => void;
}

export interface LibraryLock {
  readonly libraryDir: string;
  readonly lockPath: string;
  /** True once the lock was lost (see LibraryLockOptions.onCompromised). */
  readonly compromised: boolean;
  /** Idempotent; resolves even if the lock was already compromised. */
  release(): Promise<void>;
}

const RETRY_INTERVAL_MS = 250;

function isHolder(value: unknown): value is LibraryLockHolder & { token: string } {
  const v = value as Partial<Record<keyof LibraryLockHolder | 'token', unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.pid === 'number' &&
    typeof v.hostname === 'string' &&
    typeof v.acquiredAt === 'string' &&
    typeof v.token === 'string'
  );
}

async function readOwner(libraryDir: string): Promise<(LibraryLockHolder & { token: string }) | undefined> {
  try {
    const bytes = await nodeFsPort.readFile(join(libraryDir, LIBRARY_LOCK_OWNER_FILE_NAME));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isHolder(parsed) ? parsed : undefined;
  } catch {
    // Missing or half-known owner info only costs the user the holder's name in a message.
    return undefined;
  }
}

function errnoOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | null)?.code;
}

/**
 * Makes this process the only writer of `libraryDir` (across processes and machines sharing
 * the folder). Throws LibraryLockedError while another live process holds it, FsError when
 * the folder cannot be used.
 */
export async function acquireLibraryLock(libraryDir: string, options: LibraryLockOptions = {}): Promise<LibraryLock> {
  const lockPath = join(libraryDir, LIBRARY_LOCK_DIR_NAME);
  const deadline = Date.now() + (options.waitMs ?? 0);
  let compromised = false;
  let released = false;

  const handleCompromised = (error: Error): void => {
    // proper-lockfile's default rethrows here, from a timer: an uncaught exception that
    // would take the whole app down. Turn it into state plus a callback instead.
    if (compromised || released) return;
    compromised = true;
    try {
      options.onCompromised?.(error);
    } catch {
      // Nothing above this timer could catch it.
    }
  };

  let unlock: () => Promise<void>;
  for (;;) {
    try {
      unlock = await lockfile.lock(libraryDir, {
        lockfilePath: lockPath,
        stale: options.staleMs ?? 10_000,
        realpath: true,
        onCompromised: handleCompromised,
      });
      break;
    } catch (err) {
      if (errnoOf(err) !== 'ELOCKED') throw toFsError(err, libraryDir, { operation: 'lock' });
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        const owner = await readOwner(libraryDir);
        throw new LibraryLockedError(
          libraryDir,
          owner && { pid: owner.pid, hostname: owner.hostname, acquiredAt: owner.acquiredAt },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_INTERVAL_MS, remaining)));
    }
  }

  const token = randomUUID();
  const owner = { pid: process.pid, hostname: hostname(), acquiredAt: new Date().toISOString(), token };
  try {
    await atomicWriteFile(nodeFsPort, join(libraryDir, LIBRARY_LOCK_OWNER_FILE_NAME), `${JSON.stringify(owner)}\n`);
  } catch {
    // The lock itself is held; the owner file only names us in other instances' messages.
  }

  return {
    libraryDir,
    lockPath,
    get compromised() {
      return compromised;
    },
    async release() {
      if (released) return;
      released = true;
      // Remove our owner note first: once the lock is gone a new holder may write its own.
      if ((await readOwner(libraryDir))?.token === token) {
        await nodeFsPort.unlink(join(libraryDir, LIBRARY_LOCK_OWNER_FILE_NAME)).catch(() => {});
      }
      try {
        await unlock();
      } catch (err) {
        // ERELEASED: the lock was compromised and is no longer ours to remove.
        if (errnoOf(err) !== 'ERELEASED') throw toFsError(err, lockPath, { operation: 'unlock' });
      }
    },
  };
}
