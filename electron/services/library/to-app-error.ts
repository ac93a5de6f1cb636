import { AppError, type ErrorCode } from '../../../shared/ipc/error-codes';
import { FsError, toFsError, type FsErrorCode } from '../fs/fs-error';
import { LibraryLockedError } from '../fs/library-lock-error';

const APP_CODE_BY_FS_CODE: Readonly<Record<FsErrorCode, ErrorCode>> = {
  'disk-full': 'disk-full',
  'permission-denied': 'permission-denied',
  'read-only-fs': 'read-only-fs',
  busy: 'busy',
  'io-error': 'io-error',
  'not-found': 'not-found',
};

function hasErrno(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === 'string';
}

/**
 * Turns what a file operation threw into an AppError with a code the UI translates (D3:
 * errors are loud and readable). Anything that is not a file-system failure is rethrown as
 * is, so the dispatcher reports it as `internal` and logs it instead of guessing.
 */
export function toAppError(error: unknown, path = ''): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof LibraryLockedError) return new AppError('library-locked', error.message);
  if (error instanceof FsError || hasErrno(error)) {
    const fsError = toFsError(error, path);
    return new AppError(APP_CODE_BY_FS_CODE[fsError.code], fsError.message, fsError.errno);
  }
  throw error;
}

/** Runs a file operation and rethrows its failure as an AppError. */
export async function mappingFsErrors<T>(run: () => Promise<T>, path = ''): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAppError(error, path);
  }
}
