export type FsErrorCode =
  | 'disk-full'
  | 'permission-denied'
  | 'io-error'
  | 'busy'
  | 'not-found'
  | 'read-only-fs';

const CODE_BY_ERRNO: Readonly<Record<string, FsErrorCode>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EBUSY: 'busy',
  ENOENT: 'not-found',
  EROFS: 'read-only-fs',
};

export interface FsErrorOptions {
  /** The FsPort operation that failed ('rename', 'sync', ...), to tell the user which step broke. */
  operation?: string;
  /**
   * True when the new content already replaced the target but could not be made durable
   * (the folder fsync failed after the rename): the caller must not mark the document saved,
   * yet the bytes on disk are the new ones (their hash is what a file watcher will see).
   */
  targetReplaced?: boolean;
  cause?: unknown;
}

/** A file-system failure with a code the UI can translate; never a raw errno string. */
export class FsError extends Error {
  override readonly name = 'FsError';
  readonly code: FsErrorCode;
  /** The original errno code ('ENOSPC', ...), if the cause had one. */
  readonly errno: string | undefined;
  readonly path: string;
  readonly operation: string | undefined;
  readonly targetReplaced: boolean;

  constructor(code: FsErrorCode, path: string, errno: string | undefined, options: FsErrorOptions = {}) {
    super(`${code}${errno ? ` (${errno})` : ''}${options.operation ? ` during ${options.operation}` : ''}: ${path}`, {
      cause: options.cause,
    });
    this.code = code;
    this.errno = errno;
    this.path = path;
    this.operation = options.operation;
    this.targetReplaced = options.targetReplaced ?? false;
  }
}

export function fsErrorCodeFromErrno(errno: string | undefined): FsErrorCode {
  return (errno !== undefined && CODE_BY_ERRNO[errno]) || 'io-error';
}

/** Wraps anything thrown by a file operation; an FsError passes through unchanged. */
export function toFsError(err: unknown, path: string, options: Omit<FsErrorOptions, 'cause'> = {}): FsError {
  if (err instanceof FsError) return err;
  const errno = typeof (err as { code?: unknown } | null)?.code === 'string' ? (err as { code: string }).code : undefined;
  return new FsError(fsErrorCodeFromErrno(errno), path, errno, { ...options, cause: err });
}
