import { basename } from 'node:path';
import type { Library } from '../library/library';
import { durableRename } from '../library/durable-rename';
import { ensureDirectory } from '../library/ensure-directory';
import { pathExists } from '../library/path-exists';
import { readJsonFile } from '../library/read-json-file';
import { mappingFsErrors } from '../library/to-app-error';
import { decodeJournalEntry, type JournalEntry } from './journal-entry';
import type { JournalLayout } from './journal-layout';

export type JournalEntryRead = { kind: 'absent' } | { kind: 'entry'; entry: JournalEntry } | { kind: 'quarantined'; movedTo: string };

// Colons are not allowed in Windows file names; the library must sync to Windows machines.
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function quarantine(library: Library, layout: JournalLayout, path: string): Promise<string> {
  await ensureDirectory(library.fs, layout.quarantineDir);
  const stem = `${basename(path, '.json')}.${fileTimestamp(library.now())}`;
  for (let n = 1; ; n++) {
    const target = layout.quarantineFile(n === 1 ? `${stem}.json` : `${stem}-${n}.json`);
    if (await mappingFsErrors(() => pathExists(library.fs, target), target)) continue;
    await durableRename(library.fs, path, target, library.writeOptions.retry);
    return target;
  }
}

/**
 * Reads one journal entry as the untrusted input it is (X4): bytes checked, JSON parsed,
 * the article through the article decoder. An entry that fails any check is moved to the
 * quarantine folder (never deleted: it may hold the only copy of someone's text) and
 * reported through `log`. File-system failures are thrown as AppError.
 */
export async function readJournalEntry(
  library: Library,
  layout: JournalLayout,
  issueId: string,
  articleId: string,
  log: (message: string, detail?: unknown) => void,
): Promise<JournalEntryRead> {
  const path = layout.entryFile(issueId, articleId);
  const read = await readJsonFile(library.fs, path);
  if (!read.ok && read.reason === 'not-found') return { kind: 'absent' };
  const decoded = read.ok ? decodeJournalEntry(read.value, issueId, articleId) : read;
  if (decoded.ok) return { kind: 'entry', entry: decoded.entry };
  const movedTo = await quarantine(library, layout, path);
  log(`the crash journal entry for article ${articleId} could not be read (${decoded.reason}: ${decoded.detail}); it was moved to ${movedTo}`);
  return { kind: 'quarantined', movedTo };
}
