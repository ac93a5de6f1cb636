import type { Edition } from '../../../../shared/export/language-edition';
import { escapeHtml } from '../html/escape-html';
import { renderBodyHtml } from '../html/render-body-html';
import { fillLabel } from '../web/fill-label';
import { authorsLine } from '../web/web-labels';
import { cssString } from './css-string';
import { pageCounterCss } from './page-counter-css';
import type { PdfLabels } from './pdf-labels';
import { softHyphenator } from './soft-hyphenator';

/** The printed page loads nothing but its own inline styles and data: fonts. */
export const PRINT_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

/**
 * What the print template sees. `leadHtml` and `body` are already escaped (with soft
 * hyphens inserted); `…Css` values are CSS literals built by cssString; the rest is plain
 * text the template escapes.
 */
export function printPageView(edition: Edition, labels: PdfLabels, css: string, fontFaces: string) {
  const hyphenate = softHyphenator(edition.lang);
  const issueNumber = fillLabel(labels.issueNumber, { number: edition.number });
  const runningHeader = fillLabel(labels.runningHeader, { publication: edition.publicationName, issue: issueNumber, period: edition.period });
  return {
    lang: edition.lang,
    csp: PRINT_PAGE_CSP,
    documentTitle: `${edition.publicationName} — ${issueNumber}, ${edition.period}`,
    publicationName: edition.publicationName,
    issueNumber,
    period: edition.period,
    labels,
    runningHeaderCss: cssString(runningHeader),
    pageOfCss: pageCounterCss(labels.pageOf),
    css,
    fontFaces,
    articles: edition.articles.map((article) => ({
      rubric: article.rubric,
      // Headlines break between words only (print.css sets hyphens: none on them), so they get
      // no soft hyphens: those would still sit in the PDF's text and get in the way of search.
      title: article.title,
      leadHtml: article.lead ? escapeHtml(hyphenate(article.lead)) : '',
      authors: authorsLine(labels, article.authors),
      body: renderBodyHtml(article.body, { headingShift: 1, maxHeadingLevel: 4, transformText: hyphenate }),
    })),
  };
}
