export interface LibraryLockHolder {
  pid: number;
  hostname: string;
  /** ISO time the holder took the lock. */
  acquiredAt: string;
}

/** Another live Triptych (this machine or another one sharing the folder) is writing this library. */
export class LibraryLockedError extends Error {
  override readonly name = 'LibraryLockedError';
  readonly code = 'library-locked';
  constructor(
    readonly libraryDir: string,
    /** Who holds it, when the holder had time to say so. */
    readonly holder: LibraryLockHolder | undefined,
  ) {
    super(
      `Library is open in another Triptych${holder ? ` (pid ${holder.pid} on ${holder.hostname})` : ''}: ${libraryDir}`,
    );
  }
}
