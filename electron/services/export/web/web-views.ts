import type { Language } from '../../../../shared/domain/language';
import type { Edition, EditionArticle } from '../../../../shared/export/language-edition';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import { renderBodyHtml } from '../html/render-body-html';
import { fillLabel } from './fill-label';
import { authorsLine, type WebLabels } from './web-labels';

// The data each web template sees. Everything but `body` and `css` is plain text that the
// template escapes; `body` is the escaping serializer's output (X3).

/** Nothing may load: styles are inline, images (none today) could only be data: URLs. */
export const WEB_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface ArticleView {
  anchor: string;
  rubric: string;
  title: string;
  lead: string;
  authors: { label: string; names: string } | null;
  body: string;
}

function articleView(article: EditionArticle, labels: WebLabels): ArticleView {
  return {
    anchor: article.anchor,
    rubric: article.rubric,
    title: article.title,
    lead: article.lead,
    authors: authorsLine(labels, article.authors),
    // Body h2 sits under the article's h2 title; body h3 becomes h4 so the two stay distinct.
    body: renderBodyHtml(article.body, { headingShift: 1, maxHeadingLevel: 4 }),
  };
}

/** The whole-issue page of one language edition. */
export function issuePageView(edition: Edition, allLabels: Record<Language, WebLabels>, languages: readonly Language[], css: string) {
  const labels = allLabels[edition.lang];
  const issueNumber = fillLabel(labels.issueNumber, { number: edition.number });
  const links = languages.map((code) => ({
    code,
    name: allLabels[code].languageName,
    href: exportFileNames.webPageSibling(edition.number, code),
    current: code === edition.lang,
  }));
  return {
    lang: edition.lang,
    csp: WEB_PAGE_CSP,
    documentTitle: `${edition.publicationName} — ${issueNumber}, ${edition.period}`,
    publicationName: edition.publicationName,
    issueNumber,
    period: edition.period,
    labels,
    languages: links,
    hasLanguageLinks: links.some((link) => !link.current),
    articles: edition.articles.map((article) => articleView(article, labels)),
    css,
  };
}

/** One article alone, for pasting into a site's editor: no ids, no styles. */
export function articleFragmentView(edition: Edition, article: EditionArticle, labels: WebLabels): ArticleView & { lang: Language } {
  return { ...articleView(article, labels), lang: edition.lang };
}
