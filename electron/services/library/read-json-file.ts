import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import type { FsPort } from '../fs/fs-port';
import { readDocumentFile } from '../fs/read-text-file';
import { mappingFsErrors } from './to-app-error';

export type JsonFileRead =
  | { ok: true; value: unknown; hash: string }
  | { ok: false; reason: UnreadableReason; detail: string; hash: string | null };

const DETAIL_BY_REASON: Partial<Record<UnreadableReason, string>> = {
  'not-found': 'the file does not exist',
  empty: 'the file is empty',
  'too-large': 'the file is too large to be a Triptych document',
  'nul-bytes': 'the file contains NUL bytes (a torn or foreign write)',
  bom: 'the file starts with a byte order mark',
  'invalid-utf8': 'the file is not valid UTF-8',
};

/**
 * Reads and parses a JSON document without ever writing to it (D9). Byte-level problems and
 * syntax errors come back as an unreadable reason; failures to read at all (permissions,
 * I/O) are thrown as AppError.
 */
export async function readJsonFile(fs: FsPort, path: string): Promise<JsonFileRead> {
  const read = await mappingFsErrors(() => readDocumentFile(fs, path), path);
  if (!read.ok) {
    return { ok: false, reason: read.reason, detail: DETAIL_BY_REASON[read.reason] ?? read.reason, hash: read.hash ?? null };
  }
  try {
    return { ok: true, value: JSON.parse(read.text) as unknown, hash: read.hash };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'invalid-json', detail, hash: read.hash };
  }
}
