import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { exportFileNames } from '../../../shared/export/export-file-names';
import type { Edition } from '../../../shared/export/language-edition';
import { textBlocks } from '../../domain/sample-issue-fixtures';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';
import { exportWeb, fileOf } from './web-export-fixture';

// What a reader of the web page, and an editor pasting a fragment into the site, would
// notice: the page is in the right language, every article is there in order with its
// rubric, title, lead and authors, the links go somewhere, and nothing in it can run or load.

const AUTHOR_LABELS: Record<Language, { one: string; many: string }> = {
  en: { one: 'Author:', many: 'Authors:' },
  be: { one: 'Аўтар:', many: 'Аўтары:' },
  ru: { one: 'Автор:', many: 'Авторы:' },
};
const OWN_NAMES: Record<Language, string> = { en: 'English', be: 'Беларуская', ru: 'Русский' };
// Collapses only what HTML collapses: the no-break spaces the dates use must stay.
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const SIBLING_PAGE = /^issue-\d{3}\.(en|be|ru)\.html$/;
const parse = (html: string) => new JSDOM(html).window.document;

function expectArticleHead(el: Element, article: Edition['articles'][number], lang: Language) {
  expect(text(el.querySelector('.rubric'))).toBe(article.rubric);
  expect(text(el.querySelector('h2'))).toBe(article.title);
  expect(text(el.querySelector('.lead'))).toBe(article.lead);
  const label = article.authors.length === 1 ? AUTHOR_LABELS[lang].one : AUTHOR_LABELS[lang].many;
  expect(text(el.querySelector('.authors'))).toBe(`${label} ${article.authors.join(', ')}`);
}

/** The body's paragraphs and headings, in document order, as a reader sees their text. */
function bodyBlocks(el: Element): string[] {
  return [...el.querySelectorAll('p, h3, h4')].filter((b) => !b.closest('.article-head, .back') && !b.matches('.rubric, .lead, .authors')).map((b) => b.textContent ?? '');
}

/** Everything that could run code or fetch something, anywhere in a document. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'img', 'video', 'audio', 'source', 'form', 'base'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'link' && el.getAttribute('rel') !== 'alternate') found.push(`<link rel=${el.getAttribute('rel')}>`);
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) found.push('meta refresh');
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (['src', 'srcset', 'action', 'formaction', 'poster', 'data', 'style'].includes(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (attr.name === 'href' && !/^(https?:|mailto:|#)/i.test(attr.value) && !SIBLING_PAGE.test(attr.value)) found.push(`${tag}[href=${attr.value}]`);
    }
  }
  for (const style of doc.querySelectorAll('style')) {
    const css = style.textContent ?? '';
    if (/@import/i.test(css)) found.push('@import');
    if (/url\(/i.test(css)) found.push('url(');
  }
  return found;
}

describe('web page of the issue', () => {
  it.each(LANGUAGES)('%s: the whole issue, in order, in its own language', async (lang) => {
    const run = await exportWeb();
    const edition = run.editions[lang];
    const doc = parse(fileOf(run, exportFileNames.webPage(edition.number, lang)));

    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')?.toLowerCase()).toBe('utf-8');
    expect(doc.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('width=device-width');
    const number = lang === 'en' ? `No. ${edition.number}` : `№ ${edition.number}`;
    expect(doc.title).toBe(`${edition.publicationName} — ${number}, ${edition.period}`);
    expect(text(doc.querySelector('h1'))).toBe(edition.publicationName);
    expect(text(doc.querySelector('.masthead'))).toContain(number);
    expect(text(doc.querySelector('.masthead'))).toContain(edition.period);
    expect(text(doc.querySelector('footer'))).toContain(edition.publicationName);
    expect(text(doc.querySelector('footer'))).toContain(edition.period);

    const articles = [...doc.querySelectorAll('article')];
    expect(articles.map((a) => a.id)).toEqual(edition.articles.map((a) => a.anchor));
    expect(edition.articles).toHaveLength(3);
    articles.forEach((el, i) => {
      const article = edition.articles[i]!;
      expectArticleHead(el, article, lang);
      expect(bodyBlocks(el.querySelector('.body')!)).toEqual(textBlocks(article.body).map((block) => block.replace(/\n/g, '')));
      expect(el.querySelector('.back a')?.getAttribute('href')).toBe('#contents');
    });
  });

  it('keeps the outline: article titles are h2, body headings one level below, body h3 below those', async () => {
    const run = await exportWeb(['en']);
    const doc = parse(fileOf(run, exportFileNames.webPage(1, 'en')));
    const rich = doc.querySelector('#article-article-rich')!;
    expect([...rich.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName}:${text(h)}`)).toEqual([
      'H2:Sanctions, budgets and “quiet” reforms',
      'H3:The main points',
      'H4:In detail',
    ]);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('links to the other languages of this run, and only to files the run wrote', async () => {
    for (const languages of [LANGUAGES, ['be', 'ru'] as const]) {
      const run = await exportWeb(languages);
      for (const lang of languages) {
        const pagePath = exportFileNames.webPage(1, lang);
        const doc = parse(fileOf(run, pagePath));
        const links = [...doc.querySelectorAll('nav.languages a')];
        expect(links.map((a) => a.getAttribute('hreflang'))).toEqual(languages.filter((l) => l !== lang));
        for (const a of links) {
          const other = a.getAttribute('hreflang') as Language;
          expect(a.getAttribute('lang')).toBe(other);
          expect(text(a)).toBe(OWN_NAMES[other]);
          const target = path.posix.join(path.posix.dirname(pagePath), a.getAttribute('href')!);
          expect(target).toBe(exportFileNames.webPage(1, other));
          expect(run.files.has(target)).toBe(true);
        }
      }
    }
    const alone = await exportWeb(['ru']);
    expect(parse(fileOf(alone, exportFileNames.webPage(1, 'ru'))).querySelector('nav.languages')).toBeNull();
  });

  it('has a contents list whose every entry, and every in-page link, lands on an element', async () => {
    const run = await exportWeb();
    for (const lang of LANGUAGES) {
      const edition = run.editions[lang];
      const doc = parse(fileOf(run, exportFileNames.webPage(1, lang)));
      const toc = [...doc.querySelectorAll('nav.toc li a')];
      expect(toc.map((a) => a.getAttribute('href'))).toEqual(edition.articles.map((a) => `#${a.anchor}`));
      expect(toc.map((a) => text(a.querySelector('.toc-title')))).toEqual(edition.articles.map((a) => a.title));
      for (const a of doc.querySelectorAll('a[href^="#"]')) expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
      const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('carries a CSP that forbids scripts and outside resources, and nothing active', async () => {
    const run = await exportWeb();
    for (const lang of LANGUAGES) {
      const doc = parse(fileOf(run, exportFileNames.webPage(1, lang)));
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).not.toMatch(/script-src|unsafe-eval|https?:/);
      expect(activeContent(doc)).toEqual([]);
      // The only outside addresses are the articles' own links.
      const external = [...doc.querySelectorAll('a[href^="http"]')].map((a) => a.getAttribute('href'));
      expect(external).toEqual(expect.arrayContaining(['https://example.org/report?a=1&b=2']));
    }
  });

  it('leaves out the lead and authors lines of an article that has none, rather than showing empty labels', async () => {
    const input = issueForExportFixture();
    const article = input.articles[1]!;
    article.versions.ru = { ...article.versions.ru, lead: '' };
    article.authors = [];
    const run = await exportWeb(['ru'], input);
    const edition = run.editions.ru;
    for (const html of [fileOf(run, exportFileNames.webPage(1, 'ru')), fileOf(run, exportFileNames.webFragment('ru', edition.articles[1]!.slug))]) {
      const el = parse(html).querySelectorAll('article')[html.startsWith('<!doctype') ? 1 : 0]!;
      expect(text(el.querySelector('h2'))).toBe(edition.articles[1]!.title);
      expect(el.querySelector('.lead')).toBeNull();
      expect(el.querySelector('.authors')).toBeNull();
    }
  });

  it('writes hostile text as text: titles, names, rubrics and the publication cannot become markup', async () => {
    const input = issueForExportFixture();
    const evil = '</style><script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const article = input.articles[0]!;
    article.versions.en = { ...article.versions.en, title: `T ${evil}`, lead: `L ${evil}` };
    article.authors = [{ en: `A ${evil}`, be: 'x', ru: 'x' }];
    input.rubrics = input.rubrics.map((r) => (r.id === article.rubric ? { ...r, name: { ...r.name, en: `R ${evil}` } } : r));
    const run = await exportWeb(['en', 'be'], input, { ...PUBLICATION, name: { ...PUBLICATION.name, en: `P ${evil}` } });
    const pages = [...run.files].filter(([p]) => p.endsWith('.html'));
    for (const [, html] of pages) {
      const doc = parse(html);
      expect(activeContent(doc)).toEqual([]);
      expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    }
    const doc = parse(fileOf(run, exportFileNames.webPage(1, 'en')));
    expect(text(doc.querySelector('article h2'))).toBe(`T ${evil}`);
    expect(text(doc.querySelector('article .lead'))).toBe(`L ${evil}`);
    expect(text(doc.querySelector('article .authors'))).toBe(`Author: A ${evil}`);
    expect(text(doc.querySelector('article .rubric'))).toBe(`R ${evil}`);
    expect(text(doc.querySelector('h1'))).toBe(`P ${evil}`);
    expect(doc.title).toBe(`P ${evil} — No. 1, ${run.editions.en.period}`);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });
});

describe('article fragments for the site', () => {
  it.each(LANGUAGES)('%s: one pasteable <article> per article, with its head and body and nothing page-level', async (lang) => {
    const run = await exportWeb();
    const edition = run.editions[lang];
    for (const article of edition.articles) {
      const html = fileOf(run, exportFileNames.webFragment(lang, article.slug));
      expect(html).not.toMatch(/<(html|head|body|style|link|meta|title)\b/i);
      const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
      const roots = [...doc.body.children];
      expect(roots.map((el) => el.tagName)).toEqual(['ARTICLE']);
      expect(roots[0]!.getAttribute('lang')).toBe(lang);
      expectArticleHead(roots[0]!, article, lang);
      expect(bodyBlocks(roots[0]!)).toEqual(textBlocks(article.body).map((block) => block.replace(/\n/g, '')));
      expect(doc.querySelectorAll('[id], [class*="back"]')).toHaveLength(0);
      expect(activeContent(doc)).toEqual([]);
    }
    const fragments = [...run.files.keys()].filter((p) => p.startsWith(`web/fragments/${lang}/`));
    expect(fragments.sort()).toEqual(edition.articles.map((a) => exportFileNames.webFragment(lang, a.slug)).sort());
  });
});
