import type { TrashEntry } from '../../../shared/ipc/summaries';
import type { Library } from './library';
import { listTrashEntryFiles, toTrashEntry } from './trash-entry-file';

/**
 * `trash:list`: newest first. A trash folder whose entry file cannot be read is not listed
 * (there is nothing to say about it) and is left alone.
 */
export async function listTrash(library: Library): Promise<TrashEntry[]> {
  return (await listTrashEntryFiles(library)).map(toTrashEntry);
}
