import { atomicWriteFile, type AtomicWriteOptions } from '../fs/atomic-write';
import { contentHash } from '../fs/content-hash';
import type { FsPort } from '../fs/fs-port';
import { stableStringify } from '../fs/stable-json';
import { mappingFsErrors } from './to-app-error';

/** The exact bytes a document is stored as: pretty JSON, stable key order, UTF-8 without BOM. */
export function serializeJson(value: unknown, keyOrder: readonly string[]): { bytes: Uint8Array; hash: string } {
  const bytes = Buffer.from(stableStringify(value, { keyOrder }), 'utf8');
  return { bytes, hash: contentHash(bytes) };
}

/**
 * Replaces a document atomically and durably (D1/D3) and returns the hash of what is now on
 * disk, which is the document's new revision. Failures are thrown as AppError.
 */
export async function writeJsonFile(
  fs: FsPort,
  path: string,
  value: unknown,
  keyOrder: readonly string[],
  options: AtomicWriteOptions = {},
): Promise<string> {
  const { bytes, hash } = serializeJson(value, keyOrder);
  await writeBytes(fs, path, bytes, options);
  return hash;
}

export async function writeBytes(fs: FsPort, path: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await mappingFsErrors(() => atomicWriteFile(fs, path, bytes, options), path);
}
