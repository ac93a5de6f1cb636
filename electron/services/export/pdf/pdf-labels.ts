import { z } from 'zod';
import type { Language } from '../../../../shared/domain/language';
import { readExportAsset } from '../web/read-export-asset';

const PdfLabelsSchema = z.object({
  /** "No. {number}" */
  issueNumber: z.string().min(1),
  contents: z.string().min(1),
  author: z.string().min(1),
  authors: z.string().min(1),
  /** "{publication} · {issue} · {period}": the line at the top of every page but the first. */
  runningHeader: z.string().min(1),
  /** "Page {page} of {pages}" */
  pageOf: z.string().min(1),
});
export type PdfLabels = z.infer<typeof PdfLabelsSchema>;

const AllPdfLabelsSchema = z.object({ en: PdfLabelsSchema, be: PdfLabelsSchema, ru: PdfLabelsSchema });

/** The PDF's words in one language, from `export/pdf/labels.json` (a designer may reword them). */
export async function loadPdfLabels(assetsDir: string, lang: Language): Promise<PdfLabels> {
  const text = await readExportAsset(assetsDir, 'export/pdf/labels.json');
  const parsed = AllPdfLabelsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`export/pdf/labels.json: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')} missing or empty`);
  return parsed.data[lang];
}
