import { ERROR_CODES, type ErrorCode } from '../../shared/ipc/error-codes';

export interface AppErrorInfo {
  code: ErrorCode;
  /** English, for developers; never shown as the main message. */
  message: string;
  detail: string | undefined;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * Reads the code off anything a call can throw. Checked by shape rather than
 * `instanceof AppError`, so an error rebuilt by another bundle or transport still maps to
 * its translated message; anything else is an internal error (no stack reaches the user).
 */
export function appErrorInfo(error: unknown): AppErrorInfo {
  if (typeof error === 'object' && error !== null && isErrorCode((error as { code?: unknown }).code)) {
    const { code, message, detail } = error as { code: ErrorCode; message?: unknown; detail?: unknown };
    return { code, message: typeof message === 'string' ? message : '', detail: typeof detail === 'string' ? detail : undefined };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error), detail: undefined };
}
