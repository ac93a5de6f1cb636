import { watch } from 'node:fs';

export interface DirectoryWatch {
  close(): void;
}

/**
 * Watching one folder, not its subfolders: one OS watch per folder (inotify, FSEvents,
 * ReadDirectoryChangesW), however many files it holds. Tests pass a fake to drive it by hand.
 */
export interface DirectoryWatcherPort {
  /**
   * Calls `onChange` with the name of the entry of `dir` that was created, changed, renamed
   * or removed (null when the platform does not say). Throws when `dir` cannot be watched
   * (e.g. it does not exist).
   */
  watch(dir: string, onChange: (name: string | null) => void, onError: (error: unknown) => void): DirectoryWatch;
}

/** The real watcher: `fs.watch`, never keeping the process alive on its own. */
export const nodeDirectoryWatcher: DirectoryWatcherPort = {
  watch(dir, onChange, onError) {
    const watcher = watch(dir, { persistent: false }, (_event, name) => onChange(name === null ? null : String(name)));
    watcher.on('error', onError);
    return { close: () => watcher.close() };
  },
};
