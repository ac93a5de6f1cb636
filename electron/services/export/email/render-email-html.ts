import mjml2html from 'mjml';
import Mustache from 'mustache';
import type { Edition } from '../../../../shared/export/language-edition';
import { escapeHtml } from '../html/escape-html';
import { renderBodyHtml } from '../html/render-body-html';
import { bindShortWords } from './bind-short-words';
import type { EmailAssets } from './email-assets';
import { fillLabel } from './email-labels';
import { emailPreheaderText, PREHEADER_PADDING } from './email-preheader';
import type { EmailWebLinks } from './email-web-links';

/** What newsletter.mjml.mustache can use. */
function emailView(edition: Edition, assets: EmailAssets, links: EmailWebLinks | null) {
  const labels = assets.labels[edition.lang];
  const issueNumber = fillLabel(labels.issueNumber, { number: edition.number });
  return {
    lang: edition.lang,
    title: `${edition.publicationName} · ${issueNumber} · ${edition.period}`,
    preheader: emailPreheaderText(edition) + PREHEADER_PADDING,
    publicationName: edition.publicationName,
    issueNumber,
    period: edition.period,
    labels,
    footer: fillLabel(labels.whyYouReceiveThis, { publication: edition.publicationName }),
    links: links && {
      issueHref: links.issue,
      otherLanguages: links.otherLanguages.map(({ lang, href }) => ({ lang, href, label: assets.labels[lang].readInThisLanguage })),
    },
    hasArticles: edition.articles.length > 0,
    articles: edition.articles.map((article, index) => ({
      anchor: article.anchor,
      rubric: article.rubric.trim() || null,
      title: bindShortWords(article.title),
      lead: article.lead ? bindShortWords(article.lead) : null,
      authors: article.authors.length > 0 ? { label: article.authors.length > 1 ? labels.authors : labels.author, names: article.authors.join(', ') } : null,
      // Already escaped and link-checked; styled inline because Gmail and Outlook drop <style>.
      body: renderBodyHtml(article.body, { styles: assets.bodyStyles, transformText: bindShortWords }),
      webHref: links ? links.article(article.anchor) : null,
      last: index === edition.articles.length - 1,
    })),
  };
}

/**
 * The edition as a mail-client-safe HTML email: the mustache-filled mjml template, compiled
 * by mjml (table layout, styles inline) with strict validation, so a broken template fails
 * the export instead of sending a broken email.
 */
export async function renderEmailHtml(edition: Edition, assets: EmailAssets, links: EmailWebLinks | null): Promise<string> {
  // Mustache's own escaper also rewrites `/` and `=`, which bloats every URL; attributes in
  // the template are always quoted, so the project's escaper (X3) is enough and is the same
  // one the body went through.
  const source = Mustache.render(assets.template, emailView(edition, assets, links), {}, { escape: (value: unknown) => escapeHtml(String(value)) });
  let result: Awaited<ReturnType<typeof mjml2html>>;
  try {
    result = await mjml2html(source, {
      validationLevel: 'strict',
      // mjml links Google Fonts for some family names by default: a remote resource (X3).
      fonts: {},
      keepComments: false,
      ignoreIncludes: true,
      minify: false,
      beautify: false,
    });
  } catch (error) {
    throw new Error(`the email template ${assets.templatePath} is not valid MJML: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (result.errors.length > 0) {
    throw new Error(`the email template ${assets.templatePath} is not valid MJML: ${result.errors.map((e) => e.formattedMessage).join('; ')}`);
  }
  return result.html;
}
