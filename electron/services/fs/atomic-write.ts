import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { DirectoryHandlePort, FileHandlePort, FsPort } from './fs-port';
import { toFsError } from './fs-error';

export interface RetryOptions {
  /** Retries after the first attempt (default 5: waits 20, 40, 80, 160, 320 ms). */
  retries?: number;
  initialDelayMs?: number;
  /** Injected by tests so that backoff costs no wall time. */
  sleep?: (ms: number) => Promise<void>;
}

export interface AtomicWriteOptions {
  retry?: RetryOptions;
}

// Windows antivirus, indexers and sync clients hold files open for a moment; the rename
// then fails with one of these and usually succeeds a few milliseconds later (D12).
const RETRYABLE_RENAME_ERRNOS = new Set(['EPERM', 'EBUSY', 'EACCES']);

const TEMP_SUFFIX_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

// Long (e.g. Cyrillic, 2 bytes a letter) names plus our suffix could pass NAME_MAX;
// the basename is only there to tell a human what the leftover was.
const TEMP_NAME_STEM_MAX_CODE_POINTS = 64;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function tempPathFor(target: string): string {
  const stem = Array.from(basename(target)).slice(0, TEMP_NAME_STEM_MAX_CODE_POINTS).join('');
  return join(dirname(target), `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether a file name is one of ours left behind by a killed save. */
export function isAtomicWriteTempFile(name: string): boolean {
  return TEMP_SUFFIX_PATTERN.test(name);
}

// A lone surrogate would be written as U+FFFD, silently changing the text (D11); such a
// string is a bug upstream, so refuse it instead of saving something else.
const LONE_SURROGATE = /\p{Surrogate}/u;

function encode(data: string | Uint8Array): Uint8Array {
  if (typeof data !== 'string') return data;
  if (LONE_SURROGATE.test(data)) {
    throw new TypeError('atomicWriteFile: the string holds a lone surrogate and cannot be stored as UTF-8 unchanged');
  }
  return Buffer.from(data, 'utf8');
}

async function writeAll(handle: FileHandlePort, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset);
    if (bytesWritten <= 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** Renames, retrying the transient EPERM/EBUSY/EACCES that Windows scanners and sync clients cause (D12). */
export async function renameWithRetry(fs: FsPort, from: string, to: string, retry: RetryOptions = {}): Promise<void> {
  const retries = retry.retries ?? 5;
  const sleep = retry.sleep ?? defaultSleep;
  let delay = retry.initialDelayMs ?? 20;
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const errno = (err as NodeJS.ErrnoException | null)?.code;
      if (attempt >= retries || errno === undefined || !RETRYABLE_RENAME_ERRNOS.has(errno)) throw err;
      await sleep(delay);
      delay *= 2;
    }
  }
}

/**
 * Replaces `target` so that, whatever happens (crash, kill, full disk), it holds either
 * its old bytes or all of the new ones (D1). Resolves only once the new content is durable:
 * temp file fsynced, renamed over the target, folder fsynced (D3). Strings are stored as
 * UTF-8 without BOM. Throws FsError; when only the final folder fsync failed the target
 * already holds the new bytes and the error has `targetReplaced: true`.
 */
export async function atomicWriteFile(
  fs: FsPort,
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const bytes = encode(data);
  const temp = tempPathFor(target);
  let handle: FileHandlePort | undefined;
  let directory: DirectoryHandlePort | undefined;
  let operation = 'open';
  let renamed = false;
  try {
    // 'wx': never reuse or follow an existing path, even on a random-name collision.
    handle = await fs.open(temp, 'wx');
    operation = 'write';
    await writeAll(handle, bytes);
    operation = 'sync';
    await handle.sync();
    operation = 'close';
    const closing = handle;
    handle = undefined;
    await closing.close();
    operation = 'rename';
    await renameWithRetry(fs, temp, target, options.retry);
    renamed = true;
    operation = 'open-directory';
    directory = await fs.openDirectory(dirname(target));
    operation = 'sync-directory';
    await directory.sync();
  } catch (err) {
    if (handle) await handle.close().catch(() => {});
    if (!renamed) await fs.unlink(temp).catch(() => {});
    throw toFsError(err, target, { operation, targetReplaced: renamed });
  } finally {
    // A read-only directory descriptor has nothing left to flush; a failed close says
    // nothing about durability, so it must not turn a durable save into an error.
    await directory?.close().catch(() => {});
  }
}

/**
 * Removes temp files that killed saves left in `dir` (only names made by atomicWriteFile).
 * Call it while holding the library lock, never while a save may be running.
 * Returns the removed names.
 */
export async function cleanupTempFiles(fs: FsPort, dir: string): Promise<string[]> {
  const removed: string[] = [];
  let entries;
  try {
    entries = await fs.readdir(dir);
  } catch (err) {
    throw toFsError(err, dir, { operation: 'readdir' });
  }
  for (const entry of entries) {
    if (!entry.isFile() || !isAtomicWriteTempFile(entry.name)) continue;
    try {
      await fs.unlink(join(dir, entry.name));
      removed.push(entry.name);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw toFsError(err, join(dir, entry.name), { operation: 'unlink' });
    }
  }
  return removed;
}
