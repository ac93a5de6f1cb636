import type { Language } from '../domain/language';

// One place for every name an export writes, so the web page can link to its translations,
// the email can link to the web page, and a re-export knows which files are its own.
const issueStem = (number: number) => `issue-${String(number).padStart(3, '0')}`;

export const exportFileNames = {
  webPage: (number: number, lang: Language) => `web/${issueStem(number)}.${lang}.html`,
  /** The web page's name as seen from another web page (they sit in one folder). */
  webPageSibling: (number: number, lang: Language) => `${issueStem(number)}.${lang}.html`,
  webFragment: (lang: Language, slug: string) => `web/fragments/${lang}/${slug}.html`,
  emailHtml: (number: number, lang: Language) => `email/${issueStem(number)}.${lang}.html`,
  emailText: (number: number, lang: Language) => `email/${issueStem(number)}.${lang}.txt`,
  pdf: (number: number, lang: Language) => `pdf/${issueStem(number)}.${lang}.pdf`,
  docx: (number: number, lang: Language) => `docx/${issueStem(number)}.${lang}.docx`,
  markdown: (lang: Language, slug: string) => `markdown/${lang}/${slug}.md`,
  archive: (number: number) => `${issueStem(number)}.triptych`,
};
