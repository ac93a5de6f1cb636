import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema } from '../domain/identifiers';
import { LanguageSchema } from '../domain/language';
import { ExportFormatSchema } from './export-formats';
import { PreflightFindingSchema } from './preflight-finding';

const distinct = <T>(items: T[]) => new Set(items).size === items.length;

export const ExportSelectionSchema = z
  .object({
    formats: z.array(ExportFormatSchema).min(1).max(6).refine(distinct, 'a format is listed twice'),
    languages: z.array(LanguageSchema).min(1).max(3).refine(distinct, 'a language is listed twice'),
  })
  .strict();
export type ExportSelection = z.infer<typeof ExportSelectionSchema>;

export const ExportedFileInfoSchema = z
  .object({
    /** Relative to the export folder, `/`-separated. */
    path: z.string().max(1024),
    format: ExportFormatSchema,
    /** null for the archive, which holds every language. */
    lang: LanguageSchema.nullable(),
    bytes: z.number().int().nonnegative(),
  })
  .strict();
export type ExportedFileInfo = z.infer<typeof ExportedFileInfoSchema>;

export const ExportResultSchema = z
  .object({
    /** Absolute path of the folder written to. */
    folder: z.string().max(4096),
    files: z.array(ExportedFileInfoSchema),
    /** Files an earlier export of this issue made here that this one no longer makes, now removed. */
    removed: z.array(z.string().max(1024)),
    findings: z.array(PreflightFindingSchema),
    exportedAt: IsoDateTimeSchema,
  })
  .strict();
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** Sent while an export runs so the UI can show a progress bar. */
export const ExportProgressSchema = z
  .object({ issueId: IdSchema, done: z.number().int().nonnegative(), total: z.number().int().positive(), step: z.string().max(200) })
  .strict();
export type ExportProgress = z.infer<typeof ExportProgressSchema>;
