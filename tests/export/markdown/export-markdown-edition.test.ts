import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { exportMarkdownEdition } from '../../../electron/services/export/markdown/export-markdown-edition';
import { renderBodyHtml } from '../../../electron/services/export/html/render-body-html';
import { sourceAssetsDir } from '../../../electron/services/source-assets-dir';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { exportFileNames } from '../../../shared/export/export-file-names';
import { languageEdition, type Edition } from '../../../shared/export/language-edition';
import type { ExportedFile } from '../../../shared/export/exported-file';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';
import { ALLOWED_ELEMENTS, bodyStructure, elementNames, markdownIt } from './body-structure';

const editions = Object.fromEntries(LANGUAGES.map((lang) => [lang, languageEdition(issueForExportFixture(), lang, PUBLICATION)])) as Record<Language, Edition>;

async function exportEdition(lang: Language, languages: readonly Language[] = LANGUAGES, assetsDir = sourceAssetsDir()): Promise<ExportedFile[]> {
  return exportMarkdownEdition(editions[lang], { assetsDir, languages, printPdf: null });
}

/** Splits a file into its YAML front matter (parsed) and its Markdown body. */
function readArticleFile(content: string | Uint8Array): { front: Record<string, unknown>; body: string } {
  if (typeof content !== 'string') throw new Error('a Markdown file must be text');
  const match = /^---\n([\s\S]*?\n)---\n\n?([\s\S]*)$/.exec(content);
  if (!match) throw new Error(`no front matter block at the top:\n${content.slice(0, 200)}`);
  return { front: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

describe.each(LANGUAGES)('the %s Markdown export', (lang) => {
  test('writes one file per article under the export file names', async () => {
    const files = await exportEdition(lang);
    expect(files.map((f) => f.path)).toEqual(editions[lang].articles.map((a) => exportFileNames.markdown(lang, a.slug)));
  });

  test('starts each file with front matter describing the article in its language', async () => {
    const files = await exportEdition(lang);
    const edition = editions[lang];
    files.forEach((file, i) => {
      const article = edition.articles[i]!;
      const others = LANGUAGES.filter((other) => other !== lang);
      expect(readArticleFile(file.content).front).toEqual({
        title: article.title,
        lead: article.lead,
        authors: article.authors,
        rubric: article.rubric,
        date: '2014-03-16',
        language: lang,
        issue: 1,
        period: edition.period,
        position: article.position,
        slug: article.slug,
        translations: Object.fromEntries(others.map((other) => [other, article.slugs[other]])),
      });
    });
  });

  test('renders, through a Markdown reader, to the same blocks, text and formatting as the HTML exports', async () => {
    const files = await exportEdition(lang);
    files.forEach((file, i) => {
      const { body } = readArticleFile(file.content);
      const html = markdownIt.render(body);
      expect(bodyStructure(html)).toEqual(bodyStructure(renderBodyHtml(editions[lang].articles[i]!.body)));
      expect(elementNames(html).filter((name) => !ALLOWED_ELEMENTS.has(name))).toEqual([]);
      expect(markdownIt.parse(body, {}).flatMap((t) => [t, ...(t.children ?? [])]).filter((t) => t.type.startsWith('html'))).toEqual([]);
    });
  });
});

test('links to the translations exported in the same run only', async () => {
  const files = await exportEdition('be', ['be', 'ru']);
  const { front } = readArticleFile(files[0]!.content);
  expect(front.translations).toEqual({ ru: editions.be.articles[0]!.slugs.ru });
});

test('quotes front matter values that YAML would otherwise misread', async () => {
  const tricky = '- #1: "Minsk" & {talks} | yes';
  const edition: Edition = { ...editions.en, articles: [{ ...editions.en.articles[0]!, title: tricky, lead: 'no', authors: ['null', 'true: false'] }] };
  const [file] = await exportMarkdownEdition(edition, { assetsDir: sourceAssetsDir(), languages: LANGUAGES, printPdf: null });
  const { front } = readArticleFile(file!.content);
  expect(front).toMatchObject({ title: tricky, lead: 'no', authors: ['null', 'true: false'] });
});

describe('the layout template', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  test('comes from assets/export/markdown, so a designer can change it without code', async () => {
    const assets = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-md-assets-'));
    copies.push(assets);
    fs.mkdirSync(path.join(assets, 'export', 'markdown'), { recursive: true });
    fs.writeFileSync(path.join(assets, 'export', 'markdown', 'article.md.mustache'), '---\n{{{frontMatter}}}---\n\n<!-- layout: bulletin -->\n\n{{{body}}}\n');
    const [file] = await exportEdition('ru', LANGUAGES, assets);
    expect(file!.content).toContain('\n<!-- layout: bulletin -->\n');
    expect(readArticleFile(file!.content).front.language).toBe('ru');
  });
});
