import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/language';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../shared/editor/link-policy';
import type { Edition } from '../../../shared/export/language-edition';
import { languageEdition } from '../../../shared/export/language-edition';
import { sourceAssetsDir } from '../../../electron/services/source-assets-dir';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';
import { parseHtml, renderEdition, renderEmail, squash } from './support/render-email';

const HOSTILE = {
  title: '<script>alert("title")</script> & {{publicationName}}',
  lead: '<img src=x onerror=alert(1)> “lead”',
  rubric: '</mj-text><mj-raw><script>alert(2)</script></mj-raw>',
  author: '"><svg onload=alert(3)>',
  text: '<iframe src="https://evil.example/"></iframe> {{{body}}}',
};

/** An edition whose every field is an attack, and whose body skipped validation (X2 at the last step). */
function hostileEdition(): Edition {
  const edition = languageEdition(issueForExportFixture(), 'ru', { ...PUBLICATION, name: { ...PUBLICATION.name, ru: '<b onclick="x()">Бюллетень</b>' } });
  const body: ProseDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: HOSTILE.text }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'нажмите здесь', marks: [{ type: 'link', attrs: { href: 'javascript:alert(4)' } }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'или здесь', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>alert(5)</script>' } }] }] },
    ],
  };
  const [first, ...rest] = edition.articles;
  return { ...edition, articles: [{ ...first!, title: HOSTILE.title, lead: HOSTILE.lead, rubric: HOSTILE.rubric, authors: [HOSTILE.author], body }, ...rest] };
}

function expectNothingActiveOrRemote(document: Document, html: string): void {
  expect(document.querySelectorAll('script, iframe, object, embed, svg, img, link, base, form, meta[http-equiv="refresh"]')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
      if (['src', 'srcset', 'background', 'poster', 'data'].includes(attribute)) expect.fail(`${element.tagName} loads ${element.getAttribute(attribute)}`);
    }
    const href = element.getAttribute('href');
    if (href !== null) {
      expect(element.tagName, href).toBe('A');
      expect(isAllowedHref(href), href).toBe(true);
    }
  }
  expect(html).not.toMatch(/@import|url\s*\(|javascript:|data:text/i);
}

describe.each(LANGUAGES)('the %s email', (lang) => {
  it('has no script, no event handler, no remote resource and only allowed links', async () => {
    const { html } = await renderEmail(lang);
    expectNothingActiveOrRemote(parseHtml(html), html);
  });

  it('still styles every heading, paragraph, list and link with all <style> elements removed (Gmail, Outlook)', async () => {
    const document = parseHtml((await renderEmail(lang)).html);
    for (const style of document.querySelectorAll('style')) style.remove();
    const content = document.querySelector('[role="article"]')!;
    const elements = [...content.querySelectorAll('h1, h2, h3, p, a, ul, ol, li, blockquote, hr')];
    expect(elements.length).toBeGreaterThan(50);
    for (const element of elements) expect(element.getAttribute('style') ?? '', `${element.tagName}: ${element.textContent?.slice(0, 40)}`).not.toBe('');
    // Type and colour come with the elements themselves, not from a stylesheet.
    for (const heading of content.querySelectorAll('h1, h2, h3')) expect(heading.getAttribute('style')).toMatch(/font-size:\s*\d+px/);
    for (const link of content.querySelectorAll('a')) expect(link.getAttribute('style')).toMatch(/color:\s*#/);
    // (mjml draws dividers as empty paragraphs with a border: no text, no font needed.)
    for (const paragraph of [...content.querySelectorAll('p')].filter((p) => p.textContent?.trim())) {
      const fontCarrier = paragraph.closest('[style*="font-family"]');
      expect(fontCarrier, paragraph.textContent ?? '').not.toBeNull();
    }
  });

  it('is laid out in tables 600 pixels wide', async () => {
    const { html } = await renderEmail(lang);
    const document = parseHtml(html);
    const columns = [...document.querySelectorAll('div[style*="max-width:600px"]')];
    expect(columns.length).toBeGreaterThanOrEqual(5);
    for (const column of columns) expect(column.querySelector('table[role="presentation"]')).not.toBeNull();
    // Outlook for Windows reads the width from its conditional tables.
    expect(html).toMatch(/<!--\[if mso \| IE\]><table[^>]*width="600"/);
    const widths = [...html.matchAll(/(?:max-)?width:\s*(\d+)px/g)].map((m) => Number(m[1]));
    expect(Math.max(...widths)).toBe(600);
  });
});

describe('document text', () => {
  it('reaches the email only as text: markup, mjml and mustache in it stay inert', async () => {
    const { html, text } = await renderEdition(hostileEdition());
    const document = parseHtml(html);
    expectNothingActiveOrRemote(document, html);
    expect(document.querySelector('mj-raw, b[onclick]')).toBeNull();
    const words = squash(document.querySelector('[role="article"]')!.textContent ?? '');
    for (const value of Object.values(HOSTILE)) expect(words).toContain(squash(value));
    expect(words).toContain('<b onclick="x()">Бюллетень</b>');
    expect(document.title).toContain('<b onclick="x()">Бюллетень</b>');
    // The refused links keep their words and lose their target, in both parts.
    expect(words).toContain('нажмите здесь');
    expect(text).toContain('нажмите здесь');
    expect(text).not.toMatch(/javascript:|data:text/);
  });
});

describe('the email template', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** A copy of the email assets with the template changed the way a designer might. */
  function editedAssets(edit: (template: string) => string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-email-assets-'));
    dirs.push(dir);
    const source = path.join(sourceAssetsDir(), 'export', 'email');
    const target = path.join(dir, 'export', 'email');
    fs.mkdirSync(target, { recursive: true });
    for (const file of fs.readdirSync(source)) fs.copyFileSync(path.join(source, file), path.join(target, file));
    const templatePath = path.join(target, 'newsletter.mjml.mustache');
    fs.writeFileSync(templatePath, edit(fs.readFileSync(templatePath, 'utf8')));
    return dir;
  }

  it('fails the export when it is not valid mjml, rather than sending a broken email', async () => {
    const broken = editedAssets((template) => template.replace('<mj-column>', '<mj-column colour="red">'));
    const edition = languageEdition(issueForExportFixture(), 'en', PUBLICATION);
    await expect(renderEdition(edition, LANGUAGES, broken)).rejects.toThrow(/not valid MJML.*colour/s);
  });

  it('never pulls in a web font, even when a designer names one mjml would fetch from Google', async () => {
    const roboto = editedAssets((template) => template.replace('<mj-all font-family="', '<mj-all font-family="Roboto, Open Sans, '));
    const { html } = await renderEdition(languageEdition(issueForExportFixture(), 'ru', PUBLICATION), LANGUAGES, roboto);
    expect(html).toContain('font-family:Roboto, Open Sans,');
    expectNothingActiveOrRemote(parseHtml(html), html);
    expect(html).not.toContain('fonts.googleapis.com');
  });
});
