import { exportFileNames } from '../../../../shared/export/export-file-names';
import type { EditionExporter } from '../edition-exporter';
import { loadEmailAssets } from './email-assets';
import { emailWebLinks } from './email-web-links';
import { renderEmailHtml } from './render-email-html';
import { renderEmailText } from './render-email-text';

/**
 * One language edition as an email newsletter: the HTML part (mjml, inline styles, no
 * remote resources) and its plain-text alternative, with "read on the web" links when the
 * publication has a web address.
 */
export const exportEmailEdition: EditionExporter = async (edition, context) => {
  const assets = await loadEmailAssets(context.assetsDir);
  const links = emailWebLinks(edition, context.languages);
  const html = await renderEmailHtml(edition, assets, links);
  const text = renderEmailText(edition, assets.labels, links);
  return [
    { path: exportFileNames.emailHtml(edition.number, edition.lang), content: html },
    { path: exportFileNames.emailText(edition.number, edition.lang), content: text },
  ];
};
