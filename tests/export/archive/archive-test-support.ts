import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { archiveFile } from '../../../electron/services/export/archive/archive-file';
import { loadIssueForExport } from '../../../electron/services/export/load-issue-for-export';
import type { Library } from '../../../electron/services/library/library';
import type { IssueForExport } from '../../../shared/export/issue-for-export';
import { makeTempDir } from '../../import/temp-library';

/** The archive of `input` as text (the archive is always text). */
export function archiveText(input: IssueForExport): string {
  const { content } = archiveFile(input);
  if (typeof content !== 'string') throw new Error('the archive should be text');
  return content;
}

/** Writes `content` to `<temp>/<name>` and returns the path. */
export async function writeArchive(content: string | Uint8Array, name = 'issue-001.triptych'): Promise<string> {
  const path = join(await makeTempDir(), name);
  await writeFile(path, content);
  return path;
}

/** What the library holds for an issue, archived again: the second half of a round trip. */
export async function archiveFromLibrary(library: Library, issueId: string): Promise<string> {
  return archiveText(await loadIssueForExport(library, issueId));
}

/** Every file in the library folder with its bytes (the lock, which only says who has it open, left out). */
export async function libraryFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.name.startsWith('.triptych.lock')) continue;
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path), await readFile(path));
    }
  };
  await walk(dir);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
