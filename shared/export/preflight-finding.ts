import { z } from 'zod';
import { IdSchema } from '../domain/identifiers';
import { LanguageSchema } from '../domain/language';

/**
 * What the check before export can find. Errors stop an export unless the editor
 * explicitly overrides; warnings are shown and the export goes on.
 */
export const PREFLIGHT_CODES = [
  /** The issue has no articles at all. */
  'no-articles',
  /** A language version with no text at all (left out of that language's exports). */
  'version-empty',
  'missing-title',
  'missing-lead',
  'missing-body',
  /** Status below approved; `detail` is the status. */
  'not-approved',
  /** `count` paragraphs whose source changed since translation; `blockId` is the first. */
  'outdated-paragraphs',
  /** `count` empty paragraphs or list items inside the body; `blockId` is the first. */
  'empty-paragraphs',
  /** A link outside the policy (X2); `detail` is the href. Exports drop the link, keep the text. */
  'unsafe-link',
  /** A link with no visible text, or no address; `blockId` is its block. */
  'empty-link',
  /** The email edition is larger than Gmail shows unclipped; `count` is its size in bytes. */
  'email-too-large',
] as const;
export const PreflightCodeSchema = z.enum(PREFLIGHT_CODES);
export type PreflightCode = z.infer<typeof PreflightCodeSchema>;

export const PreflightFindingSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: PreflightCodeSchema,
    /** null for findings about the whole issue. */
    articleId: IdSchema.nullable(),
    lang: LanguageSchema.nullable(),
    /** The block to jump to, when the finding is about one. */
    blockId: z.string().max(64).nullable(),
    count: z.number().int().nonnegative().nullable(),
    detail: z.string().max(2048).nullable(),
  })
  .strict();
export type PreflightFinding = z.infer<typeof PreflightFindingSchema>;
