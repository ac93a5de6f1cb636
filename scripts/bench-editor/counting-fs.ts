import type { FileHandlePort, FsPort } from '../../electron/services/fs/fs-port';

export interface FsWrite {
  at: number;
  op: string;
  path: string;
}

/** An FsPort that logs every mutating call (open for writing, write, rename, …) it passes on. */
export function createCountingFs(inner: FsPort): { fs: FsPort; writes: FsWrite[] } {
  const writes: FsWrite[] = [];
  const log = (op: string, path: string) => writes.push({ at: performance.now(), op, path });
  const wrapFile = (handle: FileHandlePort, path: string): FileHandlePort => ({
    write: (buffer, offset, length, position) => {
      log('write', path);
      return handle.write(buffer, offset, length, position);
    },
    sync: () => handle.sync(),
    close: () => handle.close(),
  });
  const fs: FsPort = {
    ...inner,
    open: async (path, flags, mode) => {
      if (/[wa+]/.test(flags)) log(`open:${flags}`, path);
      return wrapFile(await inner.open(path, flags, mode), path);
    },
    rename: (from, to) => {
      log('rename', to);
      return inner.rename(from, to);
    },
    mkdir: (path, options) => {
      log('mkdir', path);
      return inner.mkdir(path, options);
    },
    rm: (path, options) => {
      log('rm', path);
      return inner.rm(path, options);
    },
    unlink: (path) => {
      log('unlink', path);
      return inner.unlink(path);
    },
    copyFile: (from, to, mode) => {
      log('copyFile', to);
      return inner.copyFile(from, to, mode);
    },
  };
  return { fs, writes };
}
