import type { Edition, EditionArticle } from '../../../../shared/export/language-edition';
import type { EmailWebLinks } from './email-web-links';
import { fillLabel, type EmailLabels, type LanguageEmailLabels } from './email-labels';
import { renderBodyText } from './render-body-text';
import { wrapText } from './wrap-text';

/** RFC 5322 and 3676 ask for lines of at most 78 characters. */
export const TEXT_WIDTH = 78;

// Line breaks and control characters in a title become spaces; no-break spaces stay.
const oneLine = (text: string) => text.replace(/[\u0000-\u0020\u007f\u0085\u2028\u2029]+/g, ' ').trim();
const length = (text: string) => [...text].length;
const wrap = (text: string, prefix = '') => wrapText(oneLine(text), { width: TEXT_WIDTH, firstPrefix: prefix, prefix });
const rule = (char: string) => char.repeat(TEXT_WIDTH);

function underlined(text: string, char: string): string[] {
  const lines = wrap(text).map((line) => line.trimEnd());
  return [...lines, char.repeat(Math.max(...lines.map(length)))];
}

function articleLines(article: EditionArticle, edition: Edition, labels: LanguageEmailLabels, links: EmailWebLinks | null): string[] {
  const lines: string[] = [];
  const blank = () => lines.push('');
  if (article.rubric.trim()) lines.push(...wrap(article.rubric.toLocaleUpperCase(edition.lang)));
  if (article.title) lines.push(...underlined(article.title, '='));
  if (article.lead) {
    blank();
    lines.push(...wrap(article.lead));
  }
  if (article.authors.length > 0) {
    blank();
    lines.push(...wrap(`${article.authors.length > 1 ? labels.authors : labels.author} ${article.authors.join(', ')}`));
  }
  const body = renderBodyText(article.body, TEXT_WIDTH);
  if (body.length > 0) {
    blank();
    lines.push(...body);
  }
  if (links) {
    blank();
    lines.push(...wrap(`${labels.readArticleOnWeb} <${links.article(article.anchor)}>`));
  }
  return lines;
}

/**
 * The email's plain-text part: the same issue as the HTML, in the order a reader scrolls it,
 * as lines of at most 78 characters (a URL longer than that keeps a line of its own).
 */
export function renderEmailText(edition: Edition, allLabels: EmailLabels, links: EmailWebLinks | null): string {
  const labels = allLabels[edition.lang];
  const issueNumber = fillLabel(labels.issueNumber, { number: edition.number });
  const lines: string[] = [rule('='), ...wrap(edition.publicationName), ...wrap(`${issueNumber} · ${edition.period}`), rule('=')];
  if (links) {
    lines.push('', ...wrap(`${labels.readIssueOnWeb} <${links.issue}>`));
    for (const other of links.otherLanguages) lines.push(...wrap(`${allLabels[other.lang].readInThisLanguage} <${other.href}>`));
  }
  if (edition.articles.length > 0) {
    lines.push('', ...underlined(labels.inThisIssue, '-'), '');
    const numberWidth = length(`${edition.articles.length}. `);
    edition.articles.forEach((article, index) => {
      const marker = `${index + 1}. `.padStart(numberWidth);
      const indent = ' '.repeat(numberWidth);
      lines.push(...wrapText(oneLine(article.title || article.lead), { width: TEXT_WIDTH, firstPrefix: marker, prefix: indent }));
      if (article.rubric.trim()) lines.push(...wrap(article.rubric, indent));
    });
  }
  for (const article of edition.articles) lines.push('', rule('-'), '', ...articleLines(article, edition, labels, links));
  lines.push('', rule('='), ...wrap(`${edition.publicationName} · ${issueNumber} · ${edition.period}`), '');
  lines.push(...wrap(fillLabel(labels.whyYouReceiveThis, { publication: edition.publicationName })));
  if (links) lines.push('', ...wrap(`${labels.readIssueOnWeb} <${links.issue}>`));
  return `${lines.join('\n')}\n`;
}
