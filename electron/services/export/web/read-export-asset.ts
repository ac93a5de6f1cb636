import { readFile } from 'node:fs/promises';
import path from 'node:path';

// Templates are read once per process and path: an export of three languages in five formats
// would otherwise read the same files fifteen times. A failed read is not kept, so a designer
// who fixes a missing file does not have to restart the app.
const cache = new Map<string, Promise<string>>();

/** The text of a file under the assets folder (`export/web/web.css`…), read once per process. */
export function readExportAsset(assetsDir: string, relativePath: string): Promise<string> {
  const file = path.resolve(assetsDir, relativePath);
  let text = cache.get(file);
  if (!text) {
    text = readFile(file, 'utf8');
    cache.set(file, text);
    text.catch(() => cache.delete(file));
  }
  return text;
}
