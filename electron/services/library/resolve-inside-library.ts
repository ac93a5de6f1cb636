import { isAbsolute, relative, resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/error-codes';

/**
 * Joins `segments` under the library folder and refuses any result that is not inside it.
 * Ids are already validated before they get here; this is the second line of defence
 * (S6: no IPC payload may ever touch a path outside the library).
 */
export function resolveInsideLibrary(dir: string, ...segments: string[]): string {
  const root = resolve(dir);
  for (const segment of segments) {
    // A NUL byte would be cut off by the OS, so what is checked would not be what is opened.
    if (segment.includes('\u0000')) throw new AppError('outside-library', 'a path segment holds a NUL byte');
  }
  const result = resolve(root, ...segments);
  const rel = relative(root, result);
  if (rel === '') return result;
  if (isAbsolute(rel) || rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\')) {
    throw new AppError('outside-library', 'the path is outside the library folder');
  }
  return result;
}
