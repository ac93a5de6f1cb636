import { fileURLToPath } from 'node:url';

/**
 * The repository's `assets` folder, for the tests and the command line, which run from the
 * sources. The Electron main passes the packaged app's own folder instead.
 */
export function sourceAssetsDir(): string {
  return fileURLToPath(new URL('../../assets', import.meta.url));
}
