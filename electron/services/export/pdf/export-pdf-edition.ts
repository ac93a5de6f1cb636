import Mustache from 'mustache';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import { AppError } from '../../../../shared/ipc/error-codes';
import type { Edition } from '../../../../shared/export/language-edition';
import type { EditionExporter, ExportContext } from '../edition-exporter';
import { escapeHtml } from '../html/escape-html';
import { readExportAsset } from '../web/read-export-asset';
import { embeddedFontFaces } from './embedded-font-faces';
import { loadPdfLabels } from './pdf-labels';
import { printPageView } from './print-page-view';

/** The print page of one language edition, as HTML; exported for tests and previews. */
export async function renderPrintPage(edition: Edition, context: Pick<ExportContext, 'assetsDir'>): Promise<string> {
  const [template, css, labels, fontFaces] = await Promise.all([
    readExportAsset(context.assetsDir, 'export/pdf/print-page.html.mustache'),
    readExportAsset(context.assetsDir, 'export/pdf/print.css'),
    loadPdfLabels(context.assetsDir, edition.lang),
    embeddedFontFaces(),
  ]);
  // A stylesheet cannot close its own element; a designer's stray "</style" would let the rest run as markup.
  if (/<\/style/i.test(css)) throw new Error('export/pdf/print.css must not contain "</style"');
  return Mustache.render(template, printPageView(edition, labels, css, fontFaces), {}, { escape: escapeHtml });
}

/**
 * The A4 PDF of one language edition: a cover with the contents, then each article from a
 * new page, with a running header and page numbers from the page's own `@page` CSS, so the
 * app and the command line print the same file.
 */
export const exportPdfEdition: EditionExporter = async (edition, context) => {
  if (!context.printPdf) throw new AppError('program-missing', 'Chromium is needed to make PDF files', 'Chromium');
  const html = await renderPrintPage(edition, context);
  return [{ path: exportFileNames.pdf(edition.number, edition.lang), content: await context.printPdf(html) }];
};
