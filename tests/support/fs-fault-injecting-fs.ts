import { constants } from 'node:os';
import type { DirectoryHandlePort, FileHandlePort, FsPort } from '../../electron/services/fs/fs-port';

export type FsOperation =
  | 'open'
  | 'write'
  | 'sync'
  | 'close'
  | 'openDirectory'
  | 'syncDirectory'
  | 'closeDirectory'
  | 'rename'
  | 'readFile'
  | 'readdir'
  | 'mkdir'
  | 'rm'
  | 'unlink'
  | 'stat'
  | 'lstat'
  | 'realpath'
  | 'copyFile';

export interface Fault {
  op: FsOperation;
  /** errno code to throw: 'ENOSPC', 'EACCES', 'EPERM', 'EIO', 'EBUSY', ... */
  code: string;
  /** 1-based index, among the calls this fault matches, of the first call that fails (default 1). */
  nth?: number;
  /** How many consecutive matching calls fail (default 1; Infinity = every one from nth on). */
  times?: number;
  /** Only calls on a path this accepts count (for rename/copyFile: the source path). */
  path?: (path: string) => boolean;
}

export interface InjectedFault {
  op: FsOperation;
  path: string;
  code: string;
}

export interface FaultInjectingFs {
  fs: FsPort;
  /** Calls seen per operation, failed ones included. */
  calls: Record<FsOperation, number>;
  /** Every fault thrown, in order. */
  injected: InjectedFault[];
  addFault(fault: Fault): void;
}

export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const errno = (constants.errno as Record<string, number | undefined>)[code];
  return Object.assign(new Error(`${code}: injected fault, ${syscall} '${path}'`), {
    code,
    errno: errno === undefined ? undefined : -errno,
    syscall,
    path,
  });
}

/**
 * Wraps an FsPort so chosen calls fail with a chosen errno. A failing call does nothing,
 * except close: the OS releases a descriptor even when close reports an error, so the
 * real close still runs (and tests leak no descriptors).
 */
export function createFaultInjectingFs(inner: FsPort, faults: Fault | Fault[] = []): FaultInjectingFs {
  const active = (Array.isArray(faults) ? faults : [faults]).map((fault) => ({ fault, seen: 0 }));
  const calls = {} as Record<FsOperation, number>;
  const injected: InjectedFault[] = [];

  function check(op: FsOperation, path: string): void {
    calls[op] = (calls[op] ?? 0) + 1;
    for (const entry of active) {
      const { fault } = entry;
      if (fault.op !== op || (fault.path && !fault.path(path))) continue;
      entry.seen += 1;
      const first = fault.nth ?? 1;
      const last = first + (fault.times ?? 1) - 1;
      if (entry.seen >= first && entry.seen <= last) {
        injected.push({ op, path, code: fault.code });
        throw errnoError(fault.code, op, path);
      }
    }
  }

  async function guarded<T>(op: FsOperation, path: string, run: () => Promise<T>): Promise<T> {
    check(op, path);
    return run();
  }

  async function closeThenMaybeFail(op: FsOperation, path: string, close: () => Promise<void>): Promise<void> {
    await close();
    check(op, path);
  }

  function wrapFile(handle: FileHandlePort, path: string): FileHandlePort {
    return {
      write: (buffer, offset, length, position) =>
        guarded('write', path, () => handle.write(buffer, offset, length, position)),
      sync: () => guarded('sync', path, () => handle.sync()),
      close: () => closeThenMaybeFail('close', path, () => handle.close()),
    };
  }

  function wrapDirectory(handle: DirectoryHandlePort, path: string): DirectoryHandlePort {
    return {
      sync: () => guarded('syncDirectory', path, () => handle.sync()),
      close: () => closeThenMaybeFail('closeDirectory', path, () => handle.close()),
    };
  }

  const fs: FsPort = {
    open: (path, flags, mode) => guarded('open', path, async () => wrapFile(await inner.open(path, flags, mode), path)),
    openDirectory: (path) => guarded('openDirectory', path, async () => wrapDirectory(await inner.openDirectory(path), path)),
    rename: (from, to) => guarded('rename', from, () => inner.rename(from, to)),
    readFile: (path) => guarded('readFile', path, () => inner.readFile(path)),
    readdir: (path) => guarded('readdir', path, () => inner.readdir(path)),
    mkdir: (path, options) => guarded('mkdir', path, () => inner.mkdir(path, options)),
    rm: (path, options) => guarded('rm', path, () => inner.rm(path, options)),
    unlink: (path) => guarded('unlink', path, () => inner.unlink(path)),
    stat: (path) => guarded('stat', path, () => inner.stat(path)),
    lstat: (path) => guarded('lstat', path, () => inner.lstat(path)),
    realpath: (path) => guarded('realpath', path, () => inner.realpath(path)),
    copyFile: (from, to, mode) => guarded('copyFile', from, () => inner.copyFile(from, to, mode)),
  };

  return { fs, calls, injected, addFault: (fault) => active.push({ fault, seen: 0 }) };
}
