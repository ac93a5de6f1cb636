import { dirname } from 'node:path';
import { renameWithRetry, type RetryOptions } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';
import { syncDirectory } from './sync-directory';
import { mappingFsErrors } from './to-app-error';

/**
 * Moves a file or folder within the library (trash and restore), retrying the transient
 * Windows failures, then fsyncs both folders so the move survives a power cut. Never
 * copies and deletes: a rename keeps the bytes exactly as they were.
 */
export async function durableRename(fs: FsPort, from: string, to: string, retry: RetryOptions = {}): Promise<void> {
  await mappingFsErrors(async () => {
    await renameWithRetry(fs, from, to, retry);
    await syncDirectory(fs, dirname(to));
    if (dirname(from) !== dirname(to)) await syncDirectory(fs, dirname(from));
  }, from);
}
