import { AppError } from '../../../shared/ipc/error-codes';
import type { Library } from './library';
import { mappingFsErrors } from './to-app-error';

/**
 * Whether the issue's folder exists. A folder that is a symbolic link is refused: the path
 * checks are lexical, and a crafted or synced library must not lead writes elsewhere (X4, S6).
 */
export async function issueFolderExists(library: Library, issueId: string): Promise<boolean> {
  const dir = library.layout.issueDir(issueId);
  return mappingFsErrors(async () => {
    for (const path of [dir, library.layout.articlesDir(issueId)]) {
      try {
        const stat = await library.fs.lstat(path);
        if (stat.isSymbolicLink()) throw new AppError('outside-library', `${path} is a symbolic link`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException | null)?.code !== 'ENOENT') throw error;
        // A missing articles folder is fine (sync tools and git drop empty folders).
        if (path === dir) return false;
      }
    }
    return true;
  }, dir);
}
