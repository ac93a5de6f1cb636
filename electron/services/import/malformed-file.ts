import { AppError } from '../../../shared/ipc/error-codes';

/** The error for any file that cannot be imported; `detail` says why, in English, for logs and support. */
export function malformedFile(detail: string): AppError {
  return new AppError('malformed-file', `the file cannot be imported: ${detail}`, detail);
}
