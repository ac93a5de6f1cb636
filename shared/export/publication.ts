import { z } from 'zod';
import type { LocalizedText } from '../domain/language';
import { isAllowedHref } from '../editor/link-policy';

/** What the exports say about the bulletin itself; kept in settings, editable by the editor. */
export const PublicationSchema = z
  .object({
    name: z.object({ en: z.string().max(200), be: z.string().max(200), ru: z.string().max(200) }).strict(),
    /**
     * Where the web export is published (`https://example.org/bulletin/`), so the email can
     * link to "read on the web"; null when the team has no web version.
     */
    webBaseUrl: z
      .string()
      .max(2048)
      .refine((url) => /^https?:\/\//i.test(url) && isAllowedHref(url), 'the web address must start with http:// or https://')
      .nullable(),
  })
  .strict();
export type Publication = z.infer<typeof PublicationSchema>;

export const DEFAULT_PUBLICATION_NAME: LocalizedText = {
  en: 'Weekly Analytical Bulletin',
  be: 'Штотыднёвы аналітычны бюлетэнь',
  ru: 'Еженедельный аналитический бюллетень',
};

export const DEFAULT_PUBLICATION: Publication = { name: DEFAULT_PUBLICATION_NAME, webBaseUrl: null };
