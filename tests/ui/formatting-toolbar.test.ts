import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ProseDoc } from '../../shared/domain/prose-doc';
import { normaliseLinkInput } from '../../renderer/article/toolbar/normalise-link';
import { formatShortcut, SHORTCUTS } from '../../renderer/article/toolbar/shortcuts';
import { startTestApp, type TestApp } from '../support/browser-app';
import { openAppPage } from './support/open-app-page';
import { poll } from './support/poll';
import { sharedBrowser } from './support/shared-browser';
import { waitForSaved } from './support/wait-for-saved';

const getBrowser = sharedBrowser();
const SCREENSHOT_DIR = path.join('test-results', 'screenshots');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe findings on the page as it is now, as "rule: targets" lines. */
async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type Result = { violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> };
    const axe = (window as unknown as { axe: { run(ctx: Document, options: object): Promise<Result> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

interface PmNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  content?: PmNode[];
}

function walk(node: PmNode, visit: (node: PmNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

function nodes(doc: ProseDoc, type: string): PmNode[] {
  const found: PmNode[] = [];
  walk(doc as unknown as PmNode, (node) => {
    if (node.type === type) found.push(node);
  });
  return found;
}

function textOf(node: PmNode): string {
  let text = '';
  walk(node, (n) => {
    text += n.text ?? '';
  });
  return text;
}

/** Text runs carrying the mark `mark`, as [text, attrs] pairs. */
function marked(doc: ProseDoc, mark: string): Array<[string, Record<string, unknown> | undefined]> {
  return nodes(doc, 'text').flatMap((node) => {
    const found = node.marks?.find((m) => m.type === mark);
    return found ? [[node.text ?? '', found.attrs] as [string, Record<string, unknown> | undefined]] : [];
  });
}

async function createArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New issue' }).click();
  await page.getByRole('heading', { level: 1, name: /^Issue No\. \d+$/ }).waitFor();
  await page.getByRole('button', { name: 'Add article' }).click();
  await page.getByRole('heading', { level: 1, name: 'Article' }).waitFor();
}

/** The saved English body, re-read until `accept` holds (the autosave runs after a pause). */
async function savedBody(app: TestApp, accept: (doc: ProseDoc) => boolean): Promise<ProseDoc> {
  const issues = await app.ipc.call('issues:list', {});
  const readable = issues.flatMap((i) => (i.readable ? [i] : [])).sort((a, b) => b.number - a.number);
  const issue = readable[0];
  if (!issue) throw new Error('no issue');
  const detail = await app.ipc.call('issue:get', { issueId: issue.id });
  const article = detail.articles[0];
  if (!article?.readable) throw new Error('no article');
  const read = async () => (await app.ipc.call('article:get', { issueId: issue.id, articleId: article.id })).article.versions.en.body;
  return poll(read, accept, 15_000);
}

describe('the formatting toolbar', () => {
  it('turns what is typed in the link dialog into an allowed href, or refuses it', () => {
    const href = (raw: string) => {
      const result = normaliseLinkInput(raw);
      return result.kind === 'ok' ? result.href : result.kind;
    };
    expect(href(' example.org ')).toBe('https://example.org');
    expect(href('example.org:8080/a?b=c')).toBe('https://example.org:8080/a?b=c');
    expect(href('http://example.org/x')).toBe('http://example.org/x');
    expect(href('news@example.org')).toBe('mailto:news@example.org');
    expect(href('mailto:news@example.org')).toBe('mailto:news@example.org');
    expect(href('#section-2')).toBe('#section-2');
    expect(href('')).toBe('empty');
    for (const bad of ['javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'hello', '#', 'https://user:pw@example.org']) {
      expect({ bad, result: href(bad) }).toEqual({ bad, result: 'refused' });
    }
  });

  it('shows shortcuts with ⌘ on macOS and Ctrl elsewhere', () => {
    expect(formatShortcut(SHORTCUTS.strike, true)).toBe('⌘⇧S');
    expect(formatShortcut(SHORTCUTS.strike, false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut(SHORTCUTS.heading, true)).toBe('⌘⌥2');
    expect(formatShortcut(SHORTCUTS.link, false)).toBe('Ctrl+K');
  });

  it('formats the focused body by buttons and keys, refuses unsafe links, and undoes', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: false });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await createArticle(page);

      const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
      const button = (name: string) => toolbar.getByRole('button', { name, exact: true });
      // No editor has had the focus yet: nothing to format.
      expect(await button('Bold').isDisabled()).toBe(true);
      expect(await button('Bold').getAttribute('title')).toBe('Bold (Ctrl+B)');
      expect(await button('Numbered list').getAttribute('title')).toBe('Numbered list (Ctrl+Shift+7)');

      const body = page.getByRole('textbox', { name: 'Body (English)' });
      await body.click();
      await page.keyboard.type('Talks resume today');
      await waitForSaved(page);
      const perf = () => page.evaluate(() => (globalThis as unknown as { __triptychPerf: { commits: Record<string, number> } }).__triptychPerf.commits);
      const before = await perf();

      // Bold by the button: the selection stays, the button shows the mark.
      for (let i = 0; i < 'today'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await settle(page);
      await button('Bold').click();
      expect(await button('Bold').getAttribute('aria-pressed')).toBe('true');
      expect(await body.evaluate((el) => el.contains(document.activeElement))).toBe(true);
      await waitForSaved(page);
      let doc = await savedBody(app, (d) => marked(d, 'bold').length > 0);
      expect(marked(doc, 'bold').map(([text]) => text)).toEqual(['today']);

      // The state follows the selection.
      await page.keyboard.press('Home');
      await settle(page);
      expect(await button('Bold').getAttribute('aria-pressed')).toBe('false');

      // Ctrl+I from the keyboard.
      await page.keyboard.press('Shift+Control+ArrowRight');
      await settle(page);
      await page.keyboard.press('Control+i');
      expect(await button('Italic').getAttribute('aria-pressed')).toBe('true');
      doc = await savedBody(app, (d) => marked(d, 'italic').length > 0);
      expect(marked(doc, 'italic').map(([text]) => text.trim())).toEqual(['Talks']);

      // A heading and a bulleted list through the toolbar.
      await page.keyboard.press('End');
      await settle(page);
      await page.keyboard.press('Enter');
      await page.keyboard.type('What was agreed');
      await button('Heading').click();
      expect(await button('Heading').getAttribute('aria-pressed')).toBe('true');
      expect(await button('Paragraph').getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('End');
      await settle(page);
      await page.keyboard.press('Enter');
      await page.keyboard.type('Grain exports');
      await button('Bulleted list').click();
      expect(await button('Bulleted list').getAttribute('aria-pressed')).toBe('true');
      doc = await savedBody(app, (d) => nodes(d, 'bulletList').length > 0);
      expect(nodes(doc, 'heading').map((h) => [h.attrs?.level, textOf(h)])).toEqual([[2, 'What was agreed']]);
      expect(nodes(doc, 'bulletList').map(textOf)).toEqual(['Grain exports']);

      // A link through the dialog: a javascript: address is refused and changes nothing.
      await page.keyboard.press('End');
      await settle(page);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Read the statement');
      await page.keyboard.press('Shift+Control+ArrowLeft');
      await settle(page);
      await button('Link').click();
      const dialog = page.getByRole('dialog', { name: 'Link' });
      await dialog.waitFor();
      const address = dialog.getByRole('textbox', { name: 'Address' });
      await address.fill('javascript:alert(1)');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      const error = dialog.getByRole('alert');
      await error.waitFor();
      expect(await error.textContent()).toContain('This address cannot be used as a link');
      expect(await address.getAttribute('aria-invalid')).toBe('true');
      expect(await dialog.isVisible()).toBe(true);
      expect(await body.locator('a').count()).toBe(0);

      await address.fill('example.org/statement');
      await dialog.getByRole('button', { name: 'Apply' }).click();
      await dialog.waitFor({ state: 'detached' });
      await poll(() => body.evaluate((el) => el.contains(document.activeElement)), Boolean);
      expect(await button('Link').getAttribute('aria-pressed')).toBe('true');
      doc = await savedBody(app, (d) => marked(d, 'link').length > 0);
      expect(marked(doc, 'link').map(([text, attrs]) => [text, attrs?.href])).toEqual([['statement', 'https://example.org/statement']]);
      expect(JSON.stringify(doc)).not.toContain('javascript');

      // Ctrl+K opens the same dialog on the link under the cursor; Esc leaves it as it was.
      await page.keyboard.press('Control+k');
      await dialog.waitFor();
      expect(await address.inputValue()).toBe('https://example.org/statement');
      await dialog.getByRole('button', { name: 'Remove link' }).waitFor();
      await mkShot(page);
      // The enabled toolbar with pressed buttons and the open dialog pass axe too.
      expect(await seriousAxeFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await poll(() => body.evaluate((el) => el.contains(document.activeElement)), Boolean);

      // Undo takes back the last change: the link.
      await button('Undo').click();
      expect(await button('Link').getAttribute('aria-pressed')).toBe('false');
      expect(await button('Redo').isDisabled()).toBe(false);
      doc = await savedBody(app, (d) => marked(d, 'link').length === 0);
      expect(textOf(nodes(doc, 'doc')[0] as PmNode)).toContain('Read the statement');
      await waitForSaved(page);

      // Formatting in the English body never re-rendered the other columns.
      const after = await perf();
      expect({ be: after.be, ru: after.ru }).toEqual({ be: before.be, ru: before.ru });

      await toolbarShot(page);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });

  it('is one tab stop with arrow-key navigation, named in the interface language', async (ctx) => {
    const browser = getBrowser();
    if (!browser) return ctx.skip();
    const app = await startTestApp({ createSample: false });
    try {
      const { page, context, problems } = await openAppPage(browser, app.url);
      await createArticle(page);
      const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
      await page.getByRole('textbox', { name: 'Body (English)' }).click();
      await page.keyboard.type('Text');
      await toolbar.getByRole('button', { name: 'Paragraph', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Heading');
      await page.keyboard.press('End');
      await settle(page);
      // Redo is disabled (nothing undone), so End lands on Undo.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Undo');
      expect(await toolbar.locator('button[tabindex="0"]').count()).toBe(1);

      // Sticky: a long body scrolls under it, the toolbar stays below the app header.
      await page.setViewportSize({ width: 1280, height: 500 });
      await page.getByRole('textbox', { name: 'Body (English)' }).click();
      for (let i = 0; i < 30; i++) await page.keyboard.press('Enter');
      await page.mouse.wheel(0, 600);
      await poll(async () => page.evaluate(() => window.scrollY), (y) => y > 300);
      const box = await toolbar.boundingBox();
      expect(Math.round(box?.y ?? -1)).toBe(52);
      await toolbar.getByRole('button', { name: 'Undo', exact: true }).focus();
      await page.keyboard.press('Escape');
      await poll(() => page.getByRole('textbox', { name: 'Body (English)' }).evaluate((el) => el.contains(document.activeElement)), Boolean);

      await page.getByRole('button', { name: 'Settings' }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Interface language').selectOption('be');
      await page.getByRole('button', { name: 'Закрыць' }).click();
      const be = page.getByRole('toolbar', { name: 'Фарматаванне' });
      await be.getByRole('button', { name: 'Тоўсты', exact: true }).waitFor();
      await be.getByRole('button', { name: 'Маркіраваны спіс', exact: true }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await app.close();
    }
  });
});

/**
 * ProseMirror reads a selection made by the browser (Shift+arrows) from the next
 * selectionchange event; a key pressed in the same instant would act on the old one.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function mkShot(page: Page): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'toolbar-link-dialog.png'), animations: 'disabled' });
}

async function toolbarShot(page: Page): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Select a bold word so the picture shows a pressed button.
  await page.getByRole('textbox', { name: 'Body (English)' }).getByText('today').dblclick();
  await page.mouse.move(0, 859);
  const box = await page.getByRole('toolbar', { name: 'Formatting' }).boundingBox();
  if (!box) throw new Error('no toolbar');
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, 'toolbar.png'),
    animations: 'disabled',
    clip: { x: 0, y: Math.max(0, box.y - 80), width: 1280, height: box.height + 300 },
  });
}
