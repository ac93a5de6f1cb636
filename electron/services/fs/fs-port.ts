import * as fsp from 'node:fs/promises';

/** An open regular file, reduced to what a durable write needs. */
export interface FileHandlePort {
  /** Writes from `buffer[offset, offset+length)` at `position`; may write fewer bytes than asked. */
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** An open directory, only so that a rename inside it can be made durable. */
export interface DirectoryHandlePort {
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface DirEntryPort {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** What services read from a stat; small enough for an in-memory fake to build. */
export interface FileStatPort {
  size: number;
  mtimeMs: number;
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/**
 * The file system as the services see it. Services take it as an argument so tests
 * can inject failures at any step (see tests/support/fs-fault-injecting-fs.ts).
 */
export interface FsPort {
  open(path: string, flags: string, mode?: number): Promise<FileHandlePort>;
  openDirectory(path: string): Promise<DirectoryHandlePort>;
  rename(from: string, to: string): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  readdir(path: string): Promise<DirEntryPort[]>;
  mkdir(path: string, options?: { recursive?: boolean }): Promise<void>;
  rm(path: string, options?: { recursive?: boolean; force?: boolean }): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<FileStatPort>;
  lstat(path: string): Promise<FileStatPort>;
  realpath(path: string): Promise<string>;
  copyFile(from: string, to: string, mode?: number): Promise<void>;
}

// Node on Windows cannot open or fsync a directory (EPERM/EISDIR/EINVAL depending on the
// call and version); there is no other way to flush a rename from Node, so on Windows the
// rename is as durable as a save gets. Elsewhere these errors are real and must surface.
const WINDOWS_DIR_SYNC_UNSUPPORTED = new Set(['EPERM', 'EISDIR', 'EINVAL']);

/** Whether a directory open/fsync error only means "not supported on this platform". */
export function isWindowsDirSyncUnsupported(err: unknown, platform: NodeJS.Platform = process.platform): boolean {
  return (
    platform === 'win32' &&
    WINDOWS_DIR_SYNC_UNSUPPORTED.has((err as NodeJS.ErrnoException | null)?.code ?? '')
  );
}

const noopDirectoryHandle: DirectoryHandlePort = {
  sync: async () => {},
  close: async () => {},
};

async function openDirectory(path: string): Promise<DirectoryHandlePort> {
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(path, 'r');
  } catch (err) {
    if (isWindowsDirSyncUnsupported(err)) return noopDirectoryHandle;
    throw err;
  }
  return {
    sync: async () => {
      try {
        await handle.sync();
      } catch (err) {
        if (!isWindowsDirSyncUnsupported(err)) throw err;
      }
    },
    close: () => handle.close(),
  };
}

/** The real file system, through node:fs/promises. */
export const nodeFsPort: FsPort = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  openDirectory,
  rename: (from, to) => fsp.rename(from, to),
  readFile: (path) => fsp.readFile(path),
  readdir: (path) => fsp.readdir(path, { withFileTypes: true }),
  mkdir: async (path, options) => {
    await fsp.mkdir(path, options);
  },
  rm: (path, options) => fsp.rm(path, options),
  unlink: (path) => fsp.unlink(path),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  realpath: (path) => fsp.realpath(path),
  copyFile: (from, to, mode) => fsp.copyFile(from, to, mode),
};
