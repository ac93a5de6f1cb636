import { createHash } from 'node:crypto';

/** sha256 hex of raw bytes: how the library recognises its own writes and external edits (D8). */
export function contentHash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
