import type { DirEntryPort, FsPort } from '../fs/fs-port';
import { mappingFsErrors } from './to-app-error';

/** A folder's entries; a folder that does not exist (yet) has none. Other failures are AppErrors. */
export function readDirOrEmpty(fs: FsPort, dir: string): Promise<DirEntryPort[]> {
  return mappingFsErrors(async () => {
    try {
      return await fs.readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return [];
      throw error;
    }
  }, dir);
}
