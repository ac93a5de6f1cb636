import { z } from 'zod';
import { ID_PATTERN, IdSchema, IsoDateSchema, IsoDateTimeSchema } from '../../../shared/domain/identifiers';
import type { TrashEntry } from '../../../shared/ipc/summaries';
import type { Library } from './library';
import { readJsonFile } from './read-json-file';
import { writeJsonFile } from './write-json-file';
import { readDirOrEmpty } from './read-dir-or-empty';

export const TRASH_ENTRY_SCHEMA_VERSION = 1;

/** `.trash/<trashId>/trash-entry.json`: what was trashed, from where, so it can go back. */
export const TrashEntryFileSchema = z
  .object({
    schemaVersion: z.literal(TRASH_ENTRY_SCHEMA_VERSION),
    trashId: IdSchema,
    kind: z.enum(['issue', 'article']),
    issueId: IdSchema,
    articleId: IdSchema.nullable(),
    label: z.string().max(2000),
    trashedAt: IsoDateTimeSchema,
    /** Where it was, relative to the library, '/'-separated; for people looking at the folder. */
    originalPath: z.string().max(1000),
    /** The article's index in its issue's order, to put it back in the same place. */
    position: z.number().int().min(0).nullable(),
    /** The article's issue as it was, to recreate it if the issue has disappeared meanwhile. */
    issue: z
      .object({ number: z.number().int().positive(), periodStart: IsoDateSchema, periodEnd: IsoDateSchema })
      .strict()
      .nullable(),
  })
  .strict();
export type TrashEntryFile = z.infer<typeof TrashEntryFileSchema>;

const TRASH_ENTRY_KEY_ORDER = [
  'schemaVersion', 'trashId', 'kind', 'issueId', 'articleId', 'label', 'trashedAt', 'originalPath', 'position', 'issue',
  'number', 'periodStart', 'periodEnd',
];

export function writeTrashEntryFile(library: Library, entry: TrashEntryFile): Promise<string> {
  return writeJsonFile(library.fs, library.layout.trashEntryFile(entry.trashId), entry, TRASH_ENTRY_KEY_ORDER, library.writeOptions);
}

/** The entry, or null when it cannot be read (such a folder stays in the trash untouched). */
export async function readTrashEntryFile(library: Library, trashId: string): Promise<TrashEntryFile | null> {
  const read = await readJsonFile(library.fs, library.layout.trashEntryFile(trashId));
  if (!read.ok) return null;
  const parsed = TrashEntryFileSchema.safeParse(read.value);
  // The folder name is the entry's identity, as for issues and articles.
  return parsed.success ? { ...parsed.data, trashId } : null;
}

export function toTrashEntry(entry: TrashEntryFile): TrashEntry {
  return {
    trashId: entry.trashId,
    kind: entry.kind,
    issueId: entry.issueId,
    articleId: entry.articleId,
    label: entry.label,
    trashedAt: entry.trashedAt,
  };
}

/** Every readable trash entry, newest first. */
export async function listTrashEntryFiles(library: Library): Promise<TrashEntryFile[]> {
  const dir = library.layout.trashDir;
  const entries = await readDirOrEmpty(library.fs, dir);
  const ids = entries.filter((e) => e.isDirectory() && ID_PATTERN.test(e.name)).map((e) => e.name);
  const files = await Promise.all(ids.map((id) => readTrashEntryFile(library, id)));
  return files
    .filter((f): f is TrashEntryFile => f !== null)
    .sort((a, b) => (a.trashedAt < b.trashedAt ? 1 : a.trashedAt > b.trashedAt ? -1 : a.trashId < b.trashId ? 1 : -1));
}
