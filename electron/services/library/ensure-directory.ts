import { dirname } from 'node:path';
import type { FsPort } from '../fs/fs-port';
import { pathExists } from './path-exists';
import { syncDirectory } from './sync-directory';
import { mappingFsErrors } from './to-app-error';

/**
 * Creates `dir` and any missing parents, fsyncing each new folder's parent so that the
 * folder is still there after a power cut (a new issue must not vanish with its files).
 */
export async function ensureDirectory(fs: FsPort, dir: string): Promise<void> {
  await mappingFsErrors(async () => {
    const missing: string[] = [];
    let current = dir;
    while (!(await pathExists(fs, current))) {
      missing.unshift(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const path of missing) {
      await fs.mkdir(path, { recursive: true });
      await syncDirectory(fs, dirname(path));
    }
  }, dir);
}
