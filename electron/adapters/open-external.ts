import { shell } from 'electron';
import { toSafeExternalUrl } from '../main/navigation-guards';

/**
 * Hands a link to the system browser or mail client, only for http(s)/mailto URLs that
 * pass `toSafeExternalUrl` (S4). Returns whether it was handed over.
 */
export async function openExternalSafely(url: unknown): Promise<boolean> {
  const safeUrl = toSafeExternalUrl(url);
  if (safeUrl === null) return false;
  // electronegativity-justified: the argument is the normalised href returned by toSafeExternalUrl (http/https/mailto only, no credentials or control characters; tested in tests/electron/navigation-guards.test.ts).
  await shell.openExternal(safeUrl, { activate: true });
  return true;
}
