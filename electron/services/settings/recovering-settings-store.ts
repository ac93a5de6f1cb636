import type { Settings } from '../../../shared/settings/settings';
import { setAsideSettingsFile, setAsideUnusableSettingsFile } from './set-aside-settings-file';
import type { SettingsStore } from './settings-store';

/** What the store needs of a conf or electron-store instance. */
export interface ConfLike {
  /** Reading parses the file again (conf keeps no cache by default); writing replaces it atomically. */
  store: Record<string, unknown>;
}

export interface SettingsFileRecovery {
  /** Where the unusable file was moved; the user's bytes are kept there unchanged. */
  backupPath: string;
  /** 'unparseable': not a JSON object; 'open-failed': conf refused it (e.g. a migration threw). */
  reason: 'unparseable' | 'open-failed';
  error?: unknown;
}

export interface RecoveringSettingsStoreOptions {
  /** The file `open()` reads and writes (`settingsFilePath(cwd)`). */
  filePath: string;
  /** Constructs conf or electron-store with `settingsStoreOptions`. */
  open(): ConfLike;
  /** Told whenever a file was set aside, so the app can tell the user where it went. */
  onRecovered?: (recovery: SettingsFileRecovery) => void;
  now?: () => Date;
}

/**
 * A `SettingsStore` over conf/electron-store that never loses the user's file and never
 * keeps the app from starting because of it. conf with `clearInvalidConfig: false` throws
 * on a file it cannot parse (from the constructor and from every read); here such a file
 * is moved aside to `settings.json.unreadable-<time>` and a fresh store with the defaults
 * takes its place. Opening is lazy, so a problem surfaces on the first read or write,
 * where the settings service turns it into defaults or a typed error.
 */
export function createRecoveringSettingsStore(options: RecoveringSettingsStoreOptions): SettingsStore {
  const now = options.now ?? (() => new Date());
  let conf: ConfLike | undefined;

  const report = (backupPath: string | null, reason: SettingsFileRecovery['reason'], error?: unknown): void => {
    if (backupPath === null) return;
    try {
      options.onRecovered?.(error === undefined ? { backupPath, reason } : { backupPath, reason, error });
    } catch {
      // A failing logger must not turn a recovered file into a failed start.
    }
  };

  const connect = (): ConfLike => {
    if (conf !== undefined) return conf;
    // Checked before conf sees the file: conf reads valid JSON that is not an object as
    // an empty store and would overwrite it with the defaults.
    report(setAsideUnusableSettingsFile(options.filePath, now()), 'unparseable');
    try {
      conf = options.open();
    } catch (error) {
      // A file-system error (EACCES, EBUSY while a virus scanner holds the file…) says
      // nothing against the file: leave it, and try again on the next read.
      if (typeof (error as { code?: unknown } | null)?.code === 'string') throw error;
      // Otherwise conf refused the content (a migration threw) and put the file back as it
      // was: keep it aside, then start afresh. If there is nothing to set aside, or the
      // fresh start fails too, the caller gets the error.
      let backupPath: string | null;
      try {
        backupPath = setAsideSettingsFile(options.filePath, now());
      } catch {
        throw error;
      }
      if (backupPath === null) throw error;
      report(backupPath, 'open-failed', error);
      conf = options.open();
    }
    return conf;
  };

  return {
    read() {
      try {
        return connect().store;
      } catch (error) {
        // The file was damaged while the app ran (an editor or sync tool wrote it).
        if ((error as Error | null)?.name !== 'SyntaxError') throw error;
        conf = undefined;
        report(setAsideUnusableSettingsFile(options.filePath, now()), 'unparseable');
        return connect().store;
      }
    },
    write(value: Settings) {
      // conf replaces a file it cannot parse without a word; keep it first (it is tiny).
      if (conf !== undefined) report(setAsideUnusableSettingsFile(options.filePath, now()), 'unparseable');
      // A copy: conf fills defaults into what it is given, and the caller keeps its object.
      connect().store = { ...value };
    },
  };
}
