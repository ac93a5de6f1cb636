import { randomSuffix } from '../../../shared/domain/identifiers';
import { durableRename } from './durable-rename';
import { ensureDirectory } from './ensure-directory';
import { pathExists } from './path-exists';
import type { Library } from './library';
import { mappingFsErrors } from './to-app-error';
import { writeTrashEntryFile, type TrashEntryFile } from './trash-entry-file';

/** A fresh trash id `t-xxxxxxxxxx` that names no trash folder yet. */
export async function newTrashId(library: Library): Promise<string> {
  for (;;) {
    const id = `t-${randomSuffix(library.random, 10)}`;
    if (!(await mappingFsErrors(() => pathExists(library.fs, library.layout.trashEntryDir(id))))) return id;
  }
}

/** Makes `.trash/<id>/` with its entry file; the caller then moves the item in. */
export async function openTrashEntry(library: Library, entry: TrashEntryFile): Promise<void> {
  try {
    await ensureDirectory(library.fs, library.layout.trashEntryDir(entry.trashId));
    await writeTrashEntryFile(library, entry);
  } catch (error) {
    // Nothing has moved yet: an entry describing nothing must not be listed.
    await discardTrashEntry(library, entry.trashId);
    throw error;
  }
}

// Only our own entry file and the folder are removed, never anything the user wrote.
export async function discardTrashEntry(library: Library, trashId: string): Promise<void> {
  const dir = library.layout.trashEntryDir(trashId);
  await library.fs.unlink(library.layout.trashEntryFile(trashId)).catch(() => {});
  const left = await library.fs.readdir(dir).catch(() => null);
  if (left !== null && left.length === 0) await library.fs.rm(dir, { recursive: true }).catch(() => {});
}

/**
 * Moves `from` into the open trash entry as `name`. If the move fails while the item is still
 * where it was, the entry is discarded; if the item did move (only the folder flush failed),
 * the entry stays so the item remains listed and restorable. Either way the error is thrown.
 */
export async function moveIntoTrashEntry(library: Library, trashId: string, from: string, name: string): Promise<void> {
  try {
    await durableRename(library.fs, from, library.layout.trashEntryItem(trashId, name), library.writeOptions.retry);
  } catch (error) {
    const stillThere = await pathExists(library.fs, from).catch(() => true);
    if (stillThere) await discardTrashEntry(library, trashId);
    throw error;
  }
}
