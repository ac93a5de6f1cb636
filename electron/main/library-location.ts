import path from 'node:path';

export const DEFAULT_LIBRARY_FOLDER_NAME = 'Triptych Library';

/**
 * The library folder: `libraryPath` from the stored settings when it is a usable absolute
 * path, else "Triptych Library" in the user's Documents. The stored value is untrusted
 * (a hand-edited or synced settings file), so anything odd falls back to the default.
 */
export function libraryDirFrom(storedSettings: unknown, documentsDir: string): string {
  const fallback = path.join(documentsDir, DEFAULT_LIBRARY_FOLDER_NAME);
  if (typeof storedSettings !== 'object' || storedSettings === null) return fallback;
  const libraryPath: unknown = (storedSettings as { libraryPath?: unknown }).libraryPath;
  if (typeof libraryPath !== 'string' || libraryPath.length === 0 || libraryPath.length > 4096) return fallback;
  if (libraryPath.includes('\u0000') || !path.isAbsolute(libraryPath)) return fallback;
  return path.normalize(libraryPath);
}
