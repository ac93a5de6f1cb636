import { z } from 'zod';

/**
 * Every failure that crosses the IPC boundary carries one of these codes; the renderer
 * maps each to a translated message (assets/locales/xx/errors). Raw stacks never reach
 * the user.
 */
export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'not-found',
  'unreadable',
  'conflict',
  'disk-full',
  'permission-denied',
  'read-only-fs',
  'busy',
  'io-error',
  'library-locked',
  /** library.json could not be read: every write is refused until it is repaired (D9). */
  'library-read-only',
  'outside-library',
  'invalid-operation',
  /** The check before export found errors and the editor did not override them. */
  'preflight-failed',
  /** An imported file is damaged, of another kind than its name says, or hostile. */
  'malformed-file',
  /** An outside program the task needs (Chromium for PDF) is not installed. */
  'program-missing',
  'internal',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const IpcErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** English, for logs and developers; the UI shows the translated text for `code`. */
  message: z.string(),
  /** Extra machine-readable detail, e.g. the unreadable reason. */
  detail: z.string().optional(),
});
export type IpcErrorData = z.infer<typeof IpcErrorSchema>;

export type IpcResult<T = unknown> = { ok: true; data: T } | { ok: false; error: IpcErrorData };

/** Thrown by services to fail with a specific code; the dispatcher turns it into data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
