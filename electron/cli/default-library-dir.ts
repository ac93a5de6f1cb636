import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { libraryDirFrom } from '../main/library-location';

/**
 * Where the desktop app keeps its settings (Electron's `userData` for an app named
 * "triptych"), computed without Electron so the command line finds the same library.
 */
export function appSettingsDir(env: Readonly<Record<string, string | undefined>>, platform = process.platform): string {
  const home = env.HOME ?? os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'triptych');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'triptych');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'triptych');
}

/** The library the app opens: the one set in its settings, else "Triptych Library" in Documents. */
export function defaultLibraryDir(env: Readonly<Record<string, string | undefined>>): string {
  let stored: unknown = null;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(appSettingsDir(env), 'settings.json'), 'utf8'));
  } catch {
    // No settings yet (the app never ran) or an unreadable file: the default location.
  }
  return libraryDirFrom(stored, path.join(env.HOME ?? os.homedir(), 'Documents'));
}
