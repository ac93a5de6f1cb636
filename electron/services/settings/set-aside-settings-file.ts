import fs from 'node:fs';

/**
 * Whether a settings file holds something conf can use: JSON (a leading BOM is fine, conf
 * skips it) whose top level is an object. Anything else (truncated, NUL-filled, an array,
 * a bare string) would either make conf throw or be read as an empty store and then
 * overwritten with the defaults, losing it.
 */
export function isUsableSettingsText(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return false;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
}

/**
 * Moves a settings file out of the way, to `<file>.unreadable-<time>[-n]` beside it, and
 * returns the new path (null when there was no file). The copy is exclusive, so an
 * earlier backup is never overwritten; the original is removed only once the copy exists.
 */
export function setAsideSettingsFile(filePath: string, now: Date = new Date()): string | null {
  if (!fs.existsSync(filePath)) return null;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const backupPath = `${filePath}.unreadable-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      fs.copyFileSync(filePath, backupPath, fs.constants.COPYFILE_EXCL);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 1000) continue;
      throw error;
    }
    fs.rmSync(filePath, { force: true });
    return backupPath;
  }
}

/**
 * Sets the settings file aside when it exists but is not usable (see
 * `isUsableSettingsText`); returns the backup path, or null when nothing was moved.
 */
export function setAsideUnusableSettingsFile(filePath: string, now?: Date): string | null {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Unreadable for another reason (permissions, a directory in its place): leave it
    // alone and let opening the store report the problem.
    return null;
  }
  return isUsableSettingsText(text) ? null : setAsideSettingsFile(filePath, now);
}
