import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/language';
import { isAllowedHref } from '../../../shared/editor/link-policy';
import { languageEdition } from '../../../shared/export/language-edition';
import { joinWebUrl } from '../../../electron/services/export/email/email-web-links';
import labels from '../../../assets/export/email/labels.json';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';
import { parseHtml, renderEdition, renderEmail, squash, textAsProse } from './support/render-email';

const SITE = 'https://bulletin.example.org/issues/';

const links = (document: Document) => [...document.querySelectorAll('a[href]')].map((a) => ({ href: a.getAttribute('href')!, text: squash(a.textContent ?? ''), lang: a.getAttribute('lang') }));

describe('joinWebUrl', () => {
  it('puts the page inside the folder the base names, with or without the final slash', () => {
    expect(joinWebUrl('https://x.org/bulletin/', 'issue-001.ru.html')).toBe('https://x.org/bulletin/issue-001.ru.html');
    expect(joinWebUrl('https://x.org/bulletin', 'issue-001.ru.html')).toBe('https://x.org/bulletin/issue-001.ru.html');
    expect(joinWebUrl('https://x.org', 'issue-001.ru.html')).toBe('https://x.org/issue-001.ru.html');
    expect(joinWebUrl('https://x.org/', 'issue-001.ru.html')).toBe('https://x.org/issue-001.ru.html');
    expect(joinWebUrl('https://x.org/a/b//', 'issue-001.ru.html')).toBe('https://x.org/a/b//issue-001.ru.html');
    expect(joinWebUrl('https://x.org/bulletin/?utm=1#top', 'issue-001.ru.html')).toBe('https://x.org/bulletin/issue-001.ru.html');
  });

  it('refuses bases no link may use', () => {
    expect(joinWebUrl('javascript:alert(1)//', 'issue-001.ru.html')).toBeNull();
    expect(joinWebUrl('file:///home/editor/', 'issue-001.ru.html')).toBeNull();
    expect(joinWebUrl('not a url', 'issue-001.ru.html')).toBeNull();
  });
});

describe.each(LANGUAGES)('the %s email with a web address', (lang) => {
  it('links each article to its place on the issue web page, right after the article', async () => {
    const { html, text, edition } = await renderEmail(lang);
    const document = parseHtml(html);
    const page = `${SITE}issue-001.${lang}.html`;
    for (const article of edition.articles) {
      const href = `${page}#${article.anchor}`;
      const link = links(document).filter((l) => l.href === href);
      expect(link).toEqual([{ href, text: labels[lang].readArticleOnWeb, lang: null }]);
      // Inside the article's own block, after its body.
      const block = document.getElementById(article.anchor)!.parentElement!;
      expect(block.querySelector(`a[href="${href}"]`)).not.toBeNull();
    }
    // In the text, each article's link comes after its last words and before the next title.
    const prose = textAsProse(text, { keepAddresses: true });
    edition.articles.forEach((article, index) => {
      expect(prose).toContain(`${labels[lang].readArticleOnWeb} <${page}#${article.anchor}>`);
      const at = prose.indexOf(`<${page}#${article.anchor}>`);
      const lastWords = squash(article.body.content!.at(-1)!.content!.filter((n) => n.type === 'text').map((n) => n.text).join('').slice(-20).replace(/[*_~]/g, ''));
      expect(at).toBeGreaterThan(prose.indexOf(lastWords));
      const next = edition.articles[index + 1];
      if (next) expect(at).toBeLessThan(prose.indexOf(squash(`${next.title} ===`)));
    });
  });

  it('links the whole issue and switches to the other languages, each label in its own language', async () => {
    const { html, text } = await renderEmail(lang);
    const document = parseHtml(html);
    const all = links(document);
    const issue = `${SITE}issue-001.${lang}.html`;
    expect(all.filter((l) => l.href === issue).map((l) => l.text)).toEqual([labels[lang].readIssueOnWeb, labels[lang].readIssueOnWeb]);
    for (const other of LANGUAGES.filter((l) => l !== lang)) {
      const href = `${SITE}issue-001.${other}.html`;
      expect(all.filter((l) => l.href === href)).toEqual([{ href, text: labels[other].readInThisLanguage, lang: other }]);
      expect(text).toContain(`${labels[other].readInThisLanguage} <${href}>`);
    }
    expect(all.some((l) => l.href === `${SITE}issue-001.${lang}.html` && l.lang !== null)).toBe(false);
  });

  it('switches only to the languages of this export run', async () => {
    const edition = languageEdition(issueForExportFixture(), lang, PUBLICATION);
    const { html, text } = await renderEdition(edition, [lang]);
    const hrefs = links(parseHtml(html)).map((l) => l.href);
    for (const other of LANGUAGES.filter((l) => l !== lang)) {
      expect(hrefs.some((href) => href.includes(`.${other}.html`))).toBe(false);
      expect(text).not.toContain(`.${other}.html`);
    }
    expect(hrefs).toContain(`${SITE}issue-001.${lang}.html`);
  });

  it('makes the same links whether the web address ends in a slash or not', async () => {
    const withSlash = await renderEmail(lang, { ...PUBLICATION, webBaseUrl: 'https://bulletin.example.org/issues/' });
    const without = await renderEmail(lang, { ...PUBLICATION, webBaseUrl: 'https://bulletin.example.org/issues' });
    expect(without.html).toBe(withSlash.html);
    expect(without.text).toBe(withSlash.text);
  });

  it('keeps the body links, and every link passes the link policy', async () => {
    const { html, text } = await renderEmail(lang);
    const all = links(parseHtml(html));
    expect(all.map((l) => l.href)).toContain('https://example.org/report?a=1&b=2');
    expect(all.map((l) => l.href)).toContain('mailto:desk@example.org');
    for (const link of all) expect(isAllowedHref(link.href), link.href).toBe(true);
    expect(text).toContain('<https://example.org/report?a=1&b=2>');
    expect(text).toContain('<mailto:desk@example.org>');
  });
});

describe.each(LANGUAGES)('the %s email without a web address', (lang) => {
  it('has no web links at all, only the body’s own', async () => {
    const { html, text } = await renderEmail(lang, { ...PUBLICATION, webBaseUrl: null });
    const document = parseHtml(html);
    const hrefs = links(document).map((l) => l.href);
    expect(hrefs.filter((href) => /^https?:/.test(href)).every((href) => href.startsWith('https://example.org/'))).toBe(true);
    expect(hrefs.some((href) => href.includes('issue-001'))).toBe(false);
    const words = squash(document.body.textContent ?? '');
    for (const label of [labels[lang].readArticleOnWeb, labels[lang].readIssueOnWeb]) {
      expect(words).not.toContain(label);
      expect(text).not.toContain(label);
    }
    expect(text).not.toContain('issue-001');
    expect(text).toContain('<https://example.org/report?a=1&b=2>');
  });
});
