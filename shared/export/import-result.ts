import { z } from 'zod';

/** Things an import left out that the user should know about (never silently). */
export const IMPORT_NOTICE_CODES = [
  /** `count` images were dropped: bulletin articles carry no images. */
  'images-dropped',
  /** `count` tables became paragraphs. */
  'tables-flattened',
  /** `count` links outside the link policy lost their address (text kept). */
  'links-removed',
  /** Formatting the schema does not have (underline, colours, fonts) was dropped. */
  'formatting-dropped',
  /** The first heading became the title (the target version had none). */
  'title-from-heading',
] as const;
export const ImportNoticeSchema = z
  .object({ code: z.enum(IMPORT_NOTICE_CODES), count: z.number().int().nonnegative().nullable() })
  .strict();
export type ImportNotice = z.infer<typeof ImportNoticeSchema>;
