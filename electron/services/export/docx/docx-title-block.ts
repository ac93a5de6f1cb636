import { InternalHyperlink, Paragraph, type ParagraphChild } from 'docx';
import type { Edition } from '../../../../shared/export/language-edition';
import { articleBookmark } from './docx-article';
import { textRun } from './docx-inline';
import { DOCX_RUBRIC_CHARACTER_STYLE, DOCX_STYLE_IDS } from './docx-styles';
import type { DocxLabels } from './docx-theme';

/** "No. 3", "№ 3": the issue number as this language writes it. */
export function issueNumberLabel(labels: DocxLabels, number: number): string {
  return labels.issueNumber.replace('{number}', String(number));
}

/**
 * The top of the first page: publication name, issue number and period, and, when the issue has
 * more than one article, a list of contents whose entries jump to the articles.
 */
export function docxTitleBlock(edition: Edition, labels: DocxLabels, languageTag: string): Paragraph[] {
  const out = [
    new Paragraph({ style: DOCX_STYLE_IDS.masthead, children: [textRun(edition.publicationName, languageTag)] }),
    new Paragraph({
      style: DOCX_STYLE_IDS.issueLine,
      children: [textRun(`${issueNumberLabel(labels, edition.number)}  ·  ${edition.period}`, languageTag)],
    }),
  ];
  if (edition.articles.length < 2) return out;
  out.push(new Paragraph({ style: DOCX_STYLE_IDS.contentsHeading, children: [textRun(labels.contents, languageTag)] }));
  for (const article of edition.articles) {
    const entry: ParagraphChild[] = [
      textRun(article.rubric, languageTag, { style: DOCX_RUBRIC_CHARACTER_STYLE }),
      textRun('  ·  ', languageTag),
      new InternalHyperlink({ anchor: articleBookmark(article), children: [textRun(article.title || article.rubric, languageTag)] }),
    ];
    out.push(new Paragraph({ style: DOCX_STYLE_IDS.contentsEntry, children: entry }));
  }
  out.push(new Paragraph({ style: DOCX_STYLE_IDS.contentsEnd, children: [] }));
  return out;
}
