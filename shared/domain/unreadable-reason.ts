import { z } from 'zod';

/** Why a file in the library could not be opened; shown to the user, translated. */
export const UNREADABLE_REASONS = [
  'not-found',
  'empty',
  'nul-bytes',
  'bom',
  'invalid-utf8',
  'invalid-json',
  'future-version',
  'unknown-version',
  'invalid-schema',
  'invalid-content',
  'too-large',
] as const;
export const UnreadableReasonSchema = z.enum(UNREADABLE_REASONS);
export type UnreadableReason = z.infer<typeof UnreadableReasonSchema>;
