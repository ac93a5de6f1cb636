import { z } from 'zod';

/** What an issue can be exported to. Every format but `archive` is made once per language. */
export const EXPORT_FORMATS = ['html', 'email', 'pdf', 'docx', 'md', 'archive'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;
