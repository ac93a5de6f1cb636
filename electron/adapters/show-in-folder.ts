import { stat } from 'node:fs/promises';
import path from 'node:path';
import { shell } from 'electron';

/** Reveals a file or folder in the system file manager, selecting it. */
export function showInFolder(target: string): void {
  if (!path.isAbsolute(target)) throw new TypeError('showInFolder needs an absolute path');
  shell.showItemInFolder(target);
}

/**
 * Opens a folder itself in the file manager. Checked to be a directory first, because
 * `shell.openPath` on a file would run it with its default application.
 */
export async function openFolder(dir: string): Promise<void> {
  if (!path.isAbsolute(dir)) throw new TypeError('openFolder needs an absolute path');
  if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
  const failure = await shell.openPath(dir);
  if (failure !== '') throw new Error(failure);
}
