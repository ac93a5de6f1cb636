import type { FsPort } from '../fs/fs-port';
import { mappingFsErrors } from '../library/to-app-error';
import { malformedFile } from './malformed-file';

/**
 * The bytes of a file the user chose to import. Its size is checked before it is read, so a
 * huge file is refused without filling memory; a folder or device is not a file to import.
 * Failures to read at all (missing, no permission) keep their own error codes.
 */
export async function readImportBytes(fs: FsPort, path: string, maxBytes: number): Promise<Uint8Array> {
  const stat = await mappingFsErrors(() => fs.stat(path), path);
  if (!stat.isFile()) throw malformedFile('it is not a regular file');
  const tooLarge = () => malformedFile(`it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (stat.size > maxBytes) throw tooLarge();
  const bytes = await mappingFsErrors(() => fs.readFile(path), path);
  // It may have grown between the two calls (a download still being written).
  if (bytes.byteLength > maxBytes) throw tooLarge();
  return bytes;
}
