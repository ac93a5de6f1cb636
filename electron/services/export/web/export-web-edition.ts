import Mustache from 'mustache';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import type { ExportedFile } from '../../../../shared/export/exported-file';
import type { EditionExporter } from '../edition-exporter';
import { escapeHtml } from '../html/escape-html';
import { readExportAsset } from './read-export-asset';
import { loadWebLabels } from './web-labels';
import { articleFragmentView, issuePageView } from './web-views';

/**
 * The web edition of one language: a standalone page for the whole issue (no script, no
 * outside resources, a CSP that forbids both) and one pasteable HTML fragment per article.
 * The look comes from `assets/export/web/` only, so a designer can change it without code.
 */
export const exportWebEdition: EditionExporter = async (edition, context) => {
  const [pageTemplate, fragmentTemplate, css, labels] = await Promise.all([
    readExportAsset(context.assetsDir, 'export/web/issue-page.html.mustache'),
    readExportAsset(context.assetsDir, 'export/web/article-fragment.html.mustache'),
    readExportAsset(context.assetsDir, 'export/web/web.css'),
    loadWebLabels(context.assetsDir),
  ]);
  // A stylesheet cannot close its own element; a designer's stray "</style" would let the rest run as markup.
  if (/<\/style/i.test(css)) throw new Error('export/web/web.css must not contain "</style"');
  const render = (template: string, view: object) => Mustache.render(template, view, {}, { escape: escapeHtml });

  const files: ExportedFile[] = [
    {
      path: exportFileNames.webPage(edition.number, edition.lang),
      content: render(pageTemplate, issuePageView(edition, labels, context.languages, css)),
    },
  ];
  for (const article of edition.articles) {
    files.push({
      path: exportFileNames.webFragment(edition.lang, article.slug),
      content: render(fragmentTemplate, articleFragmentView(edition, article, labels[edition.lang])),
    });
  }
  return files;
};
