import type { JSONContent } from '@tiptap/core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/browser-app';
import { expectOnlyAllowedContent, markedRuns, outline, readFixture, withoutBlockIds } from '../editor/paste/paste-harness';
import { sharedBrowser } from './support/shared-browser';
import { openAppPage } from './support/open-app-page';
import { openSampleIssue } from './support/open-sample-issue';
import { poll } from './support/poll';
import { waitForSaved } from './support/wait-for-saved';

// X1 in the real app: clipboard data reaches the English body editor as a browser paste
// (or drop) event, goes through ProseMirror's own clipboard handling and our cleaner, is
// saved, and is read back from disk through the services.

const getBrowser = sharedBrowser();

type Transfer = Record<string, string>;

interface Opened {
  app: TestApp;
  page: Page;
  problems: string[];
  read(): Promise<JSONContent>;
  close(): Promise<void>;
}

async function openEnglishBody(): Promise<Opened | null> {
  const browser = getBrowser();
  if (!browser) return null;
  const app = await startTestApp({ createSample: true });
  const { page, context, problems } = await openAppPage(browser, app.url);
  const summary = await openSampleIssue(page, app);
  const detail = await app.ipc.call('issue:get', { issueId: summary.id });
  const first = detail.articles[0];
  if (!first?.readable) throw new Error('the sample article is missing');
  await page.getByRole('button', { name: new RegExp(first.titles.en) }).click();
  await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
  const body = page.getByRole('textbox', { name: 'Body (English)' });
  await body.click();
  // Replace the whole body, so the saved document is exactly what was pasted.
  await page.keyboard.press('Control+a');
  return {
    app,
    page,
    problems,
    read: async () => (await app.ipc.call('article:get', { issueId: summary.id, articleId: first.id })).article.versions.en.body as JSONContent,
    close: async () => {
      await context.close();
      await app.close();
    },
  };
}

/** A real `paste` ClipboardEvent with a DataTransfer, dispatched on the focused editor. */
async function paste(page: Page, data: Transfer): Promise<boolean> {
  return page.evaluate((items) => {
    const target = document.activeElement;
    if (!target) throw new Error('nothing has the focus');
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented;
  }, data);
}

/** A real `drop` DragEvent over the middle of the editor's first block. */
async function drop(page: Page, data: Transfer): Promise<boolean> {
  return page.evaluate((items) => {
    const editor = document.querySelector('[aria-label="Body (English)"]');
    const block = editor?.firstElementChild;
    if (!editor || !block) throw new Error('no English body');
    const box = block.getBoundingClientRect();
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(items)) transfer.setData(type, value);
    const event = new DragEvent('drop', {
      dataTransfer: transfer,
      bubbles: true,
      cancelable: true,
      clientX: box.left + box.width / 2,
      clientY: box.top + box.height / 2,
    });
    block.dispatchEvent(event);
    return event.defaultPrevented;
  }, data);
}

async function savedWith(opened: Opened, text: string): Promise<JSONContent> {
  await waitForSaved(opened.page);
  return poll(opened.read, (doc) => JSON.stringify(doc).includes(text));
}

/**
 * Chromium reports a CSP violation for every `on…` attribute and `<style>` element it
 * *parses*, even in an inert DOMParser document where nothing can run (measured: DOMParser,
 * createHTMLDocument and <template> all report; ProseMirror's own clipboard parsing does
 * too). Those reports say "blocked"; they are not execution. Anything else is a problem.
 */
const PARSE_TIME_CSP_REPORT =
  /^console: (Executing inline event handler|Applying inline style) violates the following Content Security Policy directive .* The action has been blocked\.$/s;

async function expectNothingRan(opened: Opened): Promise<void> {
  // Give any live image error, frame or timer a moment to fire.
  await opened.page.waitForTimeout(300);
  expect(await opened.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const editorHtml = await opened.page.getByRole('textbox', { name: 'Body (English)' }).evaluate((el) => el.innerHTML);
  expect(editorHtml).not.toMatch(/<(script|style|img|iframe|svg|object|embed|meta)\b|\son[a-z]+=|javascript:/i);
  expect(opened.problems.filter((problem) => !PARSE_TIME_CSP_REPORT.test(problem))).toEqual([]);
}

describe('pasting into an article body', () => {
  it('Word clipboard HTML is saved as headings, real nested lists, marks and allowed links only', async (ctx) => {
    const opened = await openEnglishBody();
    if (!opened) return ctx.skip();
    try {
      expect(await paste(opened.page, { 'text/html': readFixture('word-windows.html'), 'text/plain': 'plain fallback' })).toBe(true);
      const doc = await savedWith(opened, 'Prepared by the analysis desk');
      expect(outline(doc).map(([type]) => type)).toEqual(['h2', 'paragraph', 'h2', 'bulletList', 'h3', 'orderedList', 'paragraph']);
      expect(doc.content?.[3]?.content?.[0]?.content?.map((child) => child.type)).toEqual(['paragraph', 'bulletList']);
      expect(markedRuns(doc)).toEqual([
        'administrative detentions|bold',
        'softer|italic',
        'long-promised|strike',
        'full report|link:https://example.org/reports/2026/week-48',
        'рэзкіх|bold',
        'без огласки|italic',
      ]);
      expect(JSON.stringify(doc)).not.toMatch(/file:|Mso|mso-|·|Hidden editor|plain fallback/);
      expectOnlyAllowedContent(withoutBlockIds(doc));
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it('Google Docs HTML loses its bold wrapper and keeps span formatting as marks', async (ctx) => {
    const opened = await openEnglishBody();
    if (!opened) return ctx.skip();
    try {
      await paste(opened.page, { 'text/html': readFixture('google-docs.html') });
      const doc = await savedWith(opened, 'ліст у рэдакцыю');
      // The editor keeps an empty paragraph after a list that ends the document (somewhere to type).
      expect(outline(doc).map(([type, text]) => type + (text ? '' : ' (empty)'))).toEqual(['h2', 'paragraph', 'h2', 'bulletList', 'orderedList', 'paragraph (empty)']);
      expect(markedRuns(doc)).toEqual([
        'новы план|bold',
        'падрабязнасцей|italic',
        'Рэформа|strike',
        'паведамленне|link:https://example.org/by/news/48',
        'Выбары|bold',
        'ліст у рэдакцыю|link:mailto:desk@example.org',
      ]);
      expectOnlyAllowedContent(withoutBlockIds(doc));
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it('LibreOffice and web-page HTML keep their structure; page chrome and scripts are gone', async (ctx) => {
    const opened = await openEnglishBody();
    if (!opened) return ctx.skip();
    try {
      await paste(opened.page, { 'text/html': readFixture('libreoffice-writer.html') });
      const office = await savedWith(opened, 'Падрыхтавана');
      expect(outline(office).map(([type]) => type)).toEqual(['h2', 'paragraph', 'h2', 'bulletList', 'h3', 'orderedList', 'paragraph']);
      expectOnlyAllowedContent(withoutBlockIds(office));

      await opened.page.keyboard.press('Control+a');
      await paste(opened.page, { 'text/html': readFixture('web-article.html') });
      const web = await savedWith(opened, 'Regional budgets under strain');
      expect(outline(web)[0]).toEqual(['h2', 'Regional budgets under strain']);
      expect(markedRuns(web)).toContain('the conclusion|link:#conclusion');
      expect(JSON.stringify(web)).not.toMatch(/Subscribe|Home|__pwned|earlier analysis\|link/);
      expectOnlyAllowedContent(withoutBlockIds(web));
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it('XSS vectors: nothing executes and nothing disallowed is saved', async (ctx) => {
    const opened = await openEnglishBody();
    if (!opened) return ctx.skip();
    try {
      await paste(opened.page, { 'text/html': readFixture('xss-vectors.html') });
      const doc = await savedWith(opened, 'Safe end.');
      expect(JSON.stringify(doc)).not.toMatch(/__pwned|javascript:|vbscript:|data:/i);
      expect(markedRuns(doc)).toEqual(['bold|bold', 'allowed link|link:https://example.org/ok']);
      expectOnlyAllowedContent(withoutBlockIds(doc));
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it('plain text keeps its paragraphs', async (ctx) => {
    const opened = await openEnglishBody();
    if (!opened) return ctx.skip();
    try {
      await paste(opened.page, { 'text/plain': 'Аналітыкі чакаюць перамен.\n\nЭксперты ждут перемен.\r\nAnalysts expect change.' });
      const doc = await savedWith(opened, 'Analysts expect change.');
      expect(outline(doc)).toEqual([
        ['paragraph', 'Аналітыкі чакаюць перамен.'],
        ['paragraph', 'Эксперты ждут перемен.'],
        ['paragraph', 'Analysts expect change.'],
      ]);
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });

  it('dropped HTML goes through the same cleaning', async (ctx) => {
    const opened = await openEnglishBody();
    if (!opened) return ctx.skip();
    try {
      // An empty body: dropped blocks then replace its one empty paragraph rather than
      // being merged into a paragraph's text at the drop point (ProseMirror's fitting).
      await opened.page.keyboard.press('Delete');
      await waitForSaved(opened.page);
      const html = '<h1 onclick="window.__pwned=1">Dropped heading</h1><p>Dropped <b>text</b> <a href="javascript:window.__pwned=2">bad</a> <a href="https://example.org/d">good</a><img src=x onerror="window.__pwned=3"></p>';
      expect(await drop(opened.page, { 'text/html': html, 'text/plain': 'Dropped heading' })).toBe(true);
      const doc = await savedWith(opened, 'Dropped heading');
      expect(outline(doc)).toEqual([
        ['h2', 'Dropped heading'],
        ['paragraph', 'Dropped text bad good'],
      ]);
      expect(markedRuns(doc)).toEqual(['text|bold', 'good|link:https://example.org/d']);
      expect(JSON.stringify(doc)).not.toMatch(/__pwned|javascript:/);
      expectOnlyAllowedContent(withoutBlockIds(doc));
      await expectNothingRan(opened);
    } finally {
      await opened.close();
    }
  });
});
