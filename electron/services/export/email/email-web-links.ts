import type { Language } from '../../../../shared/domain/language';
import { isAllowedHref } from '../../../../shared/editor/link-policy';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import type { Edition } from '../../../../shared/export/language-edition';

/** Where the email points readers on the web; absent when the team publishes no web version. */
export interface EmailWebLinks {
  /** The whole issue's web page in the email's language. */
  issue: string;
  /** The same issue's web page in each other language of the export, in canonical order. */
  otherLanguages: Array<{ lang: Language; href: string }>;
  /** An article's place on the issue's web page. */
  article(anchor: string): string;
}

/**
 * `fileName` inside the folder `base` names, whether or not the editor typed the final `/`:
 * `https://x.org/issues` and `https://x.org/issues/` both give `https://x.org/issues/<file>`.
 * The base's query and fragment belong to no page and are dropped.
 */
export function joinWebUrl(base: string, fileName: string): string | null {
  let folder: URL;
  try {
    folder = new URL(base);
  } catch {
    return null;
  }
  if (folder.protocol !== 'http:' && folder.protocol !== 'https:') return null;
  folder.search = '';
  folder.hash = '';
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  const href = new URL(fileName, folder).href;
  return isAllowedHref(href) ? href : null;
}

/** The edition's web links, or null when it has no `webBaseUrl` (or one no link may use). */
export function emailWebLinks(edition: Edition, languages: readonly Language[]): EmailWebLinks | null {
  if (edition.webBaseUrl === null) return null;
  const base = edition.webBaseUrl;
  const page = (lang: Language) => joinWebUrl(base, exportFileNames.webPageSibling(edition.number, lang));
  const issue = page(edition.lang);
  if (issue === null) return null;
  const otherLanguages = languages
    .filter((lang) => lang !== edition.lang)
    .map((lang) => ({ lang, href: page(lang) }))
    .filter((link): link is { lang: Language; href: string } => link.href !== null);
  return {
    issue,
    otherLanguages,
    article: (anchor) => {
      const href = `${issue}#${encodeURIComponent(anchor)}`;
      return isAllowedHref(href) ? href : issue;
    },
  };
}
