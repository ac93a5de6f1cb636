import type { FsPort } from '../../electron/services/fs/fs-port';

/**
 * Wraps an FsPort and records every path any operation is asked to touch (both ends of
 * a rename or copy), before the operation runs, so even a refused attempt is seen.
 */
export function recordingFsPort(inner: FsPort): { fs: FsPort; touched: string[] } {
  const touched: string[] = [];
  const note = (...paths: string[]): void => {
    touched.push(...paths);
  };
  const fs: FsPort = {
    open: (path, flags, mode) => (note(path), inner.open(path, flags, mode)),
    openDirectory: (path) => (note(path), inner.openDirectory(path)),
    rename: (from, to) => (note(from, to), inner.rename(from, to)),
    readFile: (path) => (note(path), inner.readFile(path)),
    readdir: (path) => (note(path), inner.readdir(path)),
    mkdir: (path, options) => (note(path), inner.mkdir(path, options)),
    rm: (path, options) => (note(path), inner.rm(path, options)),
    unlink: (path) => (note(path), inner.unlink(path)),
    stat: (path) => (note(path), inner.stat(path)),
    lstat: (path) => (note(path), inner.lstat(path)),
    realpath: (path) => (note(path), inner.realpath(path)),
    copyFile: (from, to, mode) => (note(from, to), inner.copyFile(from, to, mode)),
  };
  return { fs, touched };
}
