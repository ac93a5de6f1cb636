import type { FsPort } from '../fs/fs-port';

/** Whether anything (file, folder or link, not followed) is at `path`. */
export async function pathExists(fs: FsPort, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return false;
    throw error;
  }
}
