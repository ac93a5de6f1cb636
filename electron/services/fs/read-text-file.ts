import type { FsPort } from './fs-port';
import { toFsError } from './fs-error';
import { contentHash } from './content-hash';

export type UnreadableReason = 'not-found' | 'empty' | 'too-large' | 'nul-bytes' | 'bom' | 'invalid-utf8';

export type ReadDocumentResult =
  | { ok: true; text: string; bytes: Uint8Array; hash: string }
  | { ok: false; reason: UnreadableReason; bytes?: Uint8Array; hash?: string };

export interface ReadDocumentOptions {
  /** Larger files are refused before being read into memory (default 64 MiB). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/**
 * Reads a document's raw bytes and checks them before anyone parses them (D9): a file that
 * is empty, NUL-filled (a torn write), BOM-prefixed or not UTF-8 is reported, not decoded
 * leniently, so the caller can open it read-only instead of saving over it.
 * Failures other than a missing file throw FsError. Never writes to the file.
 */
export async function readDocumentFile(
  fs: FsPort,
  path: string,
  options: ReadDocumentOptions = {},
): Promise<ReadDocumentResult> {
  let bytes: Uint8Array;
  try {
    const { size } = await fs.stat(path);
    if (size > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return { ok: false, reason: 'too-large' };
    bytes = await fs.readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT') return { ok: false, reason: 'not-found' };
    throw toFsError(err, path, { operation: 'read' });
  }
  const hash = contentHash(bytes);
  const refuse = (reason: UnreadableReason): ReadDocumentResult => ({ ok: false, reason, bytes, hash });
  if (bytes.length === 0) return refuse('empty');
  if (bytes.includes(0)) return refuse('nul-bytes');
  if (startsWithBom(bytes)) return refuse('bom');
  let text: string;
  try {
    // ignoreBOM: a BOM was refused above; never let the decoder strip one silently.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse('invalid-utf8');
  }
  return { ok: true, text, bytes, hash };
}
