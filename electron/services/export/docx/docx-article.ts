import { Bookmark, HeadingLevel, Paragraph } from 'docx';
import type { EditionArticle } from '../../../../shared/export/language-edition';
import { docxBody, type DocxBodyContext } from './docx-body';
import { textRun } from './docx-inline';
import { DOCX_STYLE_IDS } from './docx-styles';
import type { DocxLabels } from './docx-theme';

/** Word bookmark names: a letter first, then letters, digits and `_`, at most 40 characters. */
export function articleBookmark(article: EditionArticle): string {
  return `article_${article.position}`;
}

/**
 * One article: rubric (carrying the bookmark the contents and `#article-…` links jump to),
 * title as Heading 1, lead, authors line and body. Every article after the first starts a
 * new page, so each can be printed or cut out on its own.
 */
export function docxArticle(article: EditionArticle, context: DocxBodyContext, labels: DocxLabels, first: boolean): Paragraph[] {
  const tag = context.languageTag;
  const out: Paragraph[] = [
    new Paragraph({
      style: DOCX_STYLE_IDS.rubric,
      pageBreakBefore: !first,
      children: [new Bookmark({ id: articleBookmark(article), children: [textRun(article.rubric, tag)] })],
    }),
  ];
  if (article.title) out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(article.title, tag)] }));
  if (article.lead) out.push(new Paragraph({ style: DOCX_STYLE_IDS.lead, children: [textRun(article.lead, tag)] }));
  if (article.authors.length > 0) {
    const label = article.authors.length === 1 ? labels.author : labels.authors;
    out.push(
      new Paragraph({
        style: DOCX_STYLE_IDS.byline,
        children: [textRun(`${label}: `, tag, { bold: true }), textRun(article.authors.join(', '), tag)],
      }),
    );
  }
  return [...out, ...docxBody(article.body, context)];
}
