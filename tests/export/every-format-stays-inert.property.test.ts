import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { ProseNode } from '../../shared/domain/prose-doc';
import type { Language } from '../../shared/domain/language';
import { languageEdition } from '../../shared/export/language-edition';
import type { ExportedFile } from '../../shared/export/exported-file';
import { isAllowedHref } from '../../shared/editor/link-policy';
import { archiveFile } from '../../electron/services/export/archive/archive-file';
import { readArchive } from '../../electron/services/export/archive/read-archive';
import type { ExportContext } from '../../electron/services/export/edition-exporter';
import { EDITION_EXPORTERS } from '../../electron/services/export/edition-exporters';
import { renderPrintPage } from '../../electron/services/export/pdf/export-pdf-edition';
import { sourceAssetsDir } from '../../electron/services/source-assets-dir';
import { readZipEntries } from './docx/read-zip-entries';
import { issueForExportFixture, PUBLICATION } from './support/issue-for-export-fixture';

// X2/X3 across every format at once: documents whose text and links are hostile go through
// the whole export path (edition → exporter), and each output is parsed the way its reader
// would parse it. Nothing may execute, load, or link outside the policy.

const HOSTILE_HREFS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '../../etc/passwd', 'https://ok.example/"onmouseover="alert(1)',
  'https://ok.example/<script>', 'mailto:a@b.example?body=<img src=x onerror=alert(1)>', '#" onclick="alert(1)', 'http://[::1', '',
];
const HOSTILE_TEXT = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'; } @import url(https://evil.example/x.css); {",
  '</style><script>alert(1)</script>', '{{{title}}} {{#x}}', '<mj-raw><script>alert(1)</script></mj-raw>', '[link](javascript:alert(1))',
  '![img](https://evil.example/p.png)', '<https://evil.example>', '\u0000\u0007\u001b', 'url(https://evil.example/f.woff2)', '&lt;b&gt; &amp;',
  'Лукашэнка «сказаў» — і ўсё', '**not bold** _not italic_ `code`', '---', '1. not a list', '> not a quote',
];

const text = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 40 }), fc.constantFrom('Звычайны тэкст.', 'Обычный текст.', 'Plain text.'));
const href = fc.oneof(fc.constantFrom(...HOSTILE_HREFS), fc.webUrl(), fc.constant('#article-rich'));
const inline = fc.array(
  fc.record({ text: text.filter((t) => t.length > 0), link: fc.option(href, { nil: undefined }), bold: fc.boolean() }).map(({ text: value, link, bold }): ProseNode => {
    const marks = [...(bold ? [{ type: 'bold' }] : []), ...(link !== undefined ? [{ type: 'link', attrs: { href: link } }] : [])];
    return marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
  }),
  { minLength: 1, maxLength: 4 },
);
const block = fc.oneof(
  inline.map((content): ProseNode => ({ type: 'paragraph', content })),
  inline.map((content): ProseNode => ({ type: 'heading', attrs: { level: 2 }, content })),
  inline.map((content): ProseNode => ({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content }] }] })),
  inline.map((content): ProseNode => ({ type: 'blockquote', content: [{ type: 'paragraph', content }] })),
);
const hostileVersion = fc.record({ title: text, lead: text, author: text, blocks: fc.array(block, { minLength: 1, maxLength: 5 }) });

const context: ExportContext = { assetsDir: sourceAssetsDir(), languages: ['en', 'be', 'ru'], printPdf: null };

// Besides the policy's links, a web page links to its translations, which sit beside it.
const SIBLING_PAGE = /^issue-\d{3}\.(en|be|ru)\.html(#[A-Za-z][\w.:-]*)?$/;
const allowedInPage = (href: string) => isAllowedHref(href) || SIBLING_PAGE.test(href);

function assertInertHtml(html: string, where: string): void {
  const document = new JSDOM(html).window.document;
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName;
    expect(['script', 'iframe', 'object', 'embed', 'img', 'base', 'form', 'svg', 'math'], `${where}: <${name}>`).not.toContain(name);
    // <link rel="alternate" hreflang> names a translation; any other rel would load something.
    if (name === 'link') expect(element.getAttribute('rel'), where).toBe('alternate');
    // A refresh would navigate; X-UA-Compatible (mjml's) and the CSP are harmless.
    if (name === 'meta') expect(element.getAttribute('http-equiv')?.toLowerCase() ?? '', where).not.toBe('refresh');
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${where}: ${attribute.name} on <${name}>`).toBe(false);
      expect(['src', 'srcset', 'action', 'formaction', 'background', 'poster'], `${where}: ${attribute.name}`).not.toContain(attribute.name);
      if (attribute.name === 'href') expect(allowedInPage(attribute.value), `${where}: href ${attribute.value}`).toBe(true);
    }
  }
  for (const style of document.querySelectorAll('style')) {
    expect(style.textContent ?? '', where).not.toMatch(/@import/i);
    for (const [, target] of (style.textContent ?? '').matchAll(/url\(\s*['"]?([^'")]*)/gi)) expect(target, where).toMatch(/^data:font\//);
  }
}

function assertInertMarkdown(markdown: string, where: string): void {
  const tokens = new MarkdownIt({ html: true }).parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {});
  const walk = (list: typeof tokens) => {
    for (const token of list) {
      expect(['html_block', 'html_inline', 'image'], `${where}: ${token.type}`).not.toContain(token.type);
      if (token.type === 'link_open') expect(isAllowedHref(token.attrGet('href')), `${where}: ${token.attrGet('href')}`).toBe(true);
      if (token.children) walk(token.children);
    }
  };
  walk(tokens);
}

function assertInertDocx(bytes: Uint8Array, where: string): void {
  const entries = readZipEntries(bytes);
  for (const [name, xml] of entries) {
    if (!name.endsWith('.rels')) continue;
    for (const [, type, target, mode] of xml.matchAll(/<Relationship [^>]*?Type="([^"]+)"[^>]*?Target="([^"]*)"(?:[^>]*?TargetMode="([^"]+)")?/g)) {
      if (mode === 'External') {
        expect(type, `${where}: external ${type}`).toMatch(/\/hyperlink$/);
        expect(isAllowedHref(target?.replace(/&amp;/g, '&')), `${where}: ${target}`).toBe(true);
      }
    }
  }
  expect([...entries.keys()].some((name) => /^word\/(media|embeddings|activeX|vbaProject)/.test(name)), where).toBe(false);
}

// Plain text cannot run anything; what matters is that every address it offers to a mail
// client (written as <url>, which clients turn into links) is within the policy. Text that
// merely contains the word "javascript:" is the writer's text, shown as text.
function assertInertText(plain: string, where: string, writerText: string): void {
  for (const [, url] of plain.matchAll(/<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi)) {
    if (writerText.includes(`<${url}>`)) continue;
    expect(isAllowedHref(url), `${where}: <${url}>`).toBe(true);
  }
}

describe('every format stays inert whatever the document holds (X2, X3)', () => {
  it('web, email, print page, DOCX, Markdown and archive', async () => {
    await fc.assert(
      fc.asyncProperty(hostileVersion, fc.constantFrom<Language>('en', 'be', 'ru'), async (hostile, lang) => {
        const input = issueForExportFixture();
        const article = input.articles[2]!;
        article.authors = [{ en: hostile.author, be: hostile.author, ru: hostile.author }];
        article.versions[lang] = {
          ...article.versions[lang],
          title: hostile.title || 'x',
          lead: hostile.lead,
          body: { type: 'doc', content: hostile.blocks.map((b, i) => ({ ...b, attrs: { ...b.attrs, blockId: `hostile-${i}` } })) },
        };
        const edition = languageEdition(input, lang, { ...PUBLICATION, name: { en: hostile.title, be: hostile.title, ru: hostile.title } });
        const files: ExportedFile[] = [];
        for (const format of ['html', 'email', 'docx', 'md'] as const) files.push(...(await EDITION_EXPORTERS[format](edition, context)));
        files.push({ path: 'print.html', content: await renderPrintPage(edition, context) });
        for (const file of files) {
          if (file.path.endsWith('.html')) assertInertHtml(String(file.content), file.path);
          else if (file.path.endsWith('.md')) assertInertMarkdown(String(file.content), file.path);
          else if (file.path.endsWith('.docx')) assertInertDocx(file.content as Uint8Array, file.path);
          else if (file.path.endsWith('.txt')) assertInertText(String(file.content), file.path, JSON.stringify(hostile));
          else throw new Error(`unchecked output ${file.path}`);
        }
        // The archive carries the text as data; what another Triptych reads back is policy-clean.
        const archived = archiveFile(input);
        const reread = readArchive(typeof archived.content === 'string' ? new TextEncoder().encode(archived.content) : archived.content);
        const hrefs: unknown[] = [];
        const collect = (node: ProseNode) => {
          for (const mark of node.marks ?? []) if (mark.type === 'link') hrefs.push(mark.attrs?.href);
          node.content?.forEach(collect);
        };
        for (const a of reread.articles) for (const v of Object.values(a.versions)) collect(v.body as ProseNode);
        for (const h of hrefs) expect(isAllowedHref(h), `archive: ${String(h)}`).toBe(true);
      }),
      { numRuns: Number(process.env.X3_RUNS ?? 25) },
    );
  }, 120_000);
});
