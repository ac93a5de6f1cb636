import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Mustache from 'mustache';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import type { EditionExporter } from '../edition-exporter';
import { articleFrontMatter, frontMatterYaml } from './markdown-front-matter';
import { renderBodyMarkdown } from './render-body-markdown';

/** The designer-editable layout of one article file. */
export function markdownTemplatePath(assetsDir: string): string {
  return path.join(assetsDir, 'export', 'markdown', 'article.md.mustache');
}

/**
 * One Markdown file per article of the edition, for static site generators: YAML front
 * matter (title, lead, authors, rubric, date, language, issue, period, slug, translations)
 * and the body as CommonMark with GFM strikethrough, never raw HTML.
 */
export const exportMarkdownEdition: EditionExporter = async (edition, context) => {
  const template = await readFile(markdownTemplatePath(context.assetsDir), 'utf8');
  return edition.articles.map((article) => {
    const body = renderBodyMarkdown(article.body);
    const frontMatter = frontMatterYaml(articleFrontMatter(edition, article, context.languages));
    // Mustache's own HTML escaping must stay off (triple braces in the template): both parts are already safe Markdown.
    const content = Mustache.render(template, { frontMatter, body }, {}, { escape: (value: string) => value });
    return { path: exportFileNames.markdown(edition.lang, article.slug), content: content.endsWith('\n') ? content : `${content}\n` };
  });
};
