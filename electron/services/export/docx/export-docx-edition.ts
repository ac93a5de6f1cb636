import { Document, Footer, Packer, PageNumber, Paragraph, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { Edition } from '../../../../shared/export/language-edition';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import type { EditionExporter } from '../edition-exporter';
import { articleBookmark, docxArticle } from './docx-article';
import type { DocxBodyContext } from './docx-body';
import { docxCorePropertiesXml } from './docx-core-properties';
import { docxFontTableXml } from './docx-font-table';
import { docxTitleBlock, issueNumberLabel } from './docx-title-block';
import { textRun } from './docx-inline';
import { bulletListDefinition } from './docx-list-numbering';
import { DOCX_LANGUAGE_TAG, DOCX_STYLE_IDS, docxStyles, mmToTwips } from './docx-styles';
import { loadDocxTheme, type DocxLabels, type DocxStyles } from './docx-theme';

/** "Page {page} of {pages}" with the placeholders as Word fields, which Word fills in as it paginates. */
function pageLabel(template: string, languageTag: string): ParagraphChild[] {
  const parts = template.split(/(\{page\}|\{pages\})/);
  return parts
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT], language: { value: languageTag } })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES], language: { value: languageTag } })
          : textRun(part, languageTag),
    );
}

function footer(edition: Edition, styles: DocxStyles, labels: DocxLabels, languageTag: string): Footer {
  const { page } = styles;
  const textWidth = mmToTwips(page.widthMm - page.marginLeftMm - page.marginRightMm);
  return new Footer({
    children: [
      new Paragraph({
        style: DOCX_STYLE_IDS.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          textRun(`${edition.publicationName}  ·  ${issueNumberLabel(labels, edition.number)}`, languageTag),
          new TextRun({ children: [new Tab()] }),
          ...pageLabel(labels.page, languageTag),
        ],
      }),
    ],
  });
}

/**
 * One Word document per language edition: the issue's title block and contents, then every
 * article with its rubric, title, lead, authors and body. The language is set on every run
 * and as the document default, so Word and LibreOffice spell-check and hyphenate correctly.
 */
export const exportDocxEdition: EditionExporter = async (edition, context) => {
  const { styles, labels } = await loadDocxTheme(context.assetsDir, edition.lang);
  const languageTag = DOCX_LANGUAGE_TAG[edition.lang];
  let lists = 0;
  const body: DocxBodyContext = {
    theme: styles,
    languageTag,
    bookmarks: new Map(edition.articles.map((article) => [`#${article.anchor}`, articleBookmark(article)])),
    nextListInstance: () => ++lists,
  };
  const title = `${edition.publicationName} ${issueNumberLabel(labels, edition.number)} (${edition.period})`;
  const { page } = styles;
  const document = new Document({
    title,
    creator: 'Triptych',
    lastModifiedBy: 'Triptych',
    styles: docxStyles(styles, languageTag),
    numbering: { config: [bulletListDefinition(styles.lists)] },
    hyphenation: { autoHyphenation: styles.hyphenation },
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwips(page.widthMm), height: mmToTwips(page.heightMm) },
            margin: {
              top: mmToTwips(page.marginTopMm),
              bottom: mmToTwips(page.marginBottomMm),
              left: mmToTwips(page.marginLeftMm),
              right: mmToTwips(page.marginRightMm),
              footer: mmToTwips(page.footerMm),
            },
          },
        },
        footers: { default: footer(edition, styles, labels, languageTag) },
        children: [
          ...docxTitleBlock(edition, labels, languageTag),
          ...edition.articles.flatMap((article, index) => docxArticle(article, body, labels, index === 0)),
        ],
      },
    ],
  });
  const core = docxCorePropertiesXml({ title, language: languageTag, creator: 'Triptych', modified: new Date() });
  const buffer = await Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: core },
    { path: 'word/fontTable.xml', data: docxFontTableXml(styles.fonts) },
  ]);
  return [{ path: exportFileNames.docx(edition.number, edition.lang), content: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }];
};
