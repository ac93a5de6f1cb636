import { z } from 'zod';
import { LANGUAGES, type Language } from '../../../../shared/domain/language';
import { readExportAsset } from './read-export-asset';

const WebLabelsSchema = z.object({
  /** The language's own name, shown on links to its edition ("Беларуская"). */
  languageName: z.string().min(1),
  /** "No. {number}" */
  issueNumber: z.string().min(1),
  contents: z.string().min(1),
  author: z.string().min(1),
  authors: z.string().min(1),
  backToContents: z.string().min(1),
  otherLanguages: z.string().min(1),
});
export type WebLabels = z.infer<typeof WebLabelsSchema>;

const AllWebLabelsSchema = z.object({ en: WebLabelsSchema, be: WebLabelsSchema, ru: WebLabelsSchema });

/** The web page's words in every language, from `export/web/labels.json` (a designer may reword them). */
export async function loadWebLabels(assetsDir: string): Promise<Record<Language, WebLabels>> {
  const text = await readExportAsset(assetsDir, 'export/web/labels.json');
  const parsed = AllWebLabelsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`export/web/labels.json: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')} missing or empty`);
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, parsed.data[lang]])) as Record<Language, WebLabels>;
}

/** "Author: A" or "Authors: A, B". */
export function authorsLine(labels: Pick<WebLabels, 'author' | 'authors'>, names: readonly string[]): { label: string; names: string } | null {
  if (names.length === 0) return null;
  return { label: names.length === 1 ? labels.author : labels.authors, names: names.join(', ') };
}
