import { ISSUE_SCHEMA_VERSION, IssueSchema, type Issue } from './issue';
import { LIBRARY_SCHEMA_VERSION, LibraryManifestSchema, type LibraryManifest } from './library-manifest';
import { describeZodError, type DecodeResult } from './migrate-article';
import type { z } from 'zod';

function decodeCurrentOnly<T>(raw: unknown, current: number, schema: z.ZodType<T>): DecodeResult<T> {
  const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version !== 'number') return { ok: false, reason: 'unknown-version', detail: 'the file has no schemaVersion' };
  if (version > current) return { ok: false, reason: 'future-version', detail: `written by a newer Triptych (format ${version})` };
  if (version !== current) return { ok: false, reason: 'unknown-version', detail: `format ${version} is not known` };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid-schema', detail: describeZodError(parsed.error) };
  return { ok: true, value: parsed.data, migratedFrom: null };
}

/** Issue files have had one format so far; older ones get a migration here when it changes. */
export function decodeIssue(raw: unknown): DecodeResult<Issue> {
  return decodeCurrentOnly(raw, ISSUE_SCHEMA_VERSION, IssueSchema);
}

export function decodeLibraryManifest(raw: unknown): DecodeResult<LibraryManifest> {
  return decodeCurrentOnly(raw, LIBRARY_SCHEMA_VERSION, LibraryManifestSchema);
}
