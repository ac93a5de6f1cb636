import { dirname } from 'node:path';
import type { RetryOptions } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';
import { syncDirectory } from './sync-directory';
import { mappingFsErrors } from './to-app-error';

// Windows antivirus, indexers and sync clients hold files open for a moment (D12).
const RETRYABLE_RENAME_ERRNOS = new Set(['EPERM', 'EBUSY', 'EACCES']);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Moves a file or folder within the library (trash and restore), retrying the transient
 * Windows failures, then fsyncs both folders so the move survives a power cut. Never
 * copies and deletes: a rename keeps the bytes exactly as they were.
 */
export async function durableRename(fs: FsPort, from: string, to: string, retry: RetryOptions = {}): Promise<void> {
  await mappingFsErrors(async () => {
    const retries = retry.retries ?? 5;
    const sleep = retry.sleep ?? defaultSleep;
    let delay = retry.initialDelayMs ?? 20;
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.rename(from, to);
        break;
      } catch (error) {
        const errno = (error as NodeJS.ErrnoException | null)?.code;
        if (attempt >= retries || errno === undefined || !RETRYABLE_RENAME_ERRNOS.has(errno)) throw error;
        await sleep(delay);
        delay *= 2;
      }
    }
    await syncDirectory(fs, dirname(to));
    if (dirname(from) !== dirname(to)) await syncDirectory(fs, dirname(from));
  }, from);
}
