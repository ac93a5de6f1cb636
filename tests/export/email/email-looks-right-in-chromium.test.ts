import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/browser-app';
import { renderEmail } from './support/render-email';

// The Russian email as a reader opens it: on a desktop client's 600 px reading pane, on a
// 375 px phone, and as Gmail shows it (every <style> element dropped). The screenshots go
// to /tmp/look for a person to look at; the assertions catch what a person would notice.

const LOOK = '/tmp/look';
let browser: Browser | null = null;
let html = '';

beforeAll(async () => {
  browser = await launchChromium();
  html = (await renderEmail('ru')).html;
  fs.mkdirSync(LOOK, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, source: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.route('**/*', (route) => route.abort());
  await page.setContent(source, { waitUntil: 'load' });
  return { page, requests };
}

const withoutStyleElements = (source: string) => source.replace(/<style\b[\s\S]*?<\/style>/gi, '');

describe('the Russian email in Chromium', () => {
  it('fills a 600 px reading pane exactly and loads nothing from anywhere', async (ctx) => {
    if (!browser) return ctx.skip();
    const { page, requests } = await open(600, html);
    const layout = await page.evaluate(() => {
      const columns = [...document.querySelectorAll<HTMLElement>('div[style*="max-width:600px"]')];
      return { widths: columns.map((c) => Math.round(c.getBoundingClientRect().width)), scroll: document.documentElement.scrollWidth };
    });
    expect(layout.widths.length).toBeGreaterThan(4);
    expect(new Set(layout.widths)).toEqual(new Set([600]));
    expect(layout.scroll).toBeLessThanOrEqual(600);
    expect(requests).toEqual([]);
    await page.screenshot({ path: `${LOOK}/email-ru-600.png`, fullPage: true });
    await page.close();
  });

  it('fits a 375 px phone without sideways scrolling, text still at reading size', async (ctx) => {
    if (!browser) return ctx.skip();
    const { page } = await open(375, html);
    const metrics = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('h1 ~ p')].find((p) => (p.textContent ?? '').length > 100)!;
      const title = document.querySelector('h1')!;
      return {
        scroll: document.documentElement.scrollWidth,
        text: getComputedStyle(paragraph).fontSize,
        textWidth: paragraph.getBoundingClientRect().width,
        titleFits: title.getBoundingClientRect().right <= window.innerWidth,
      };
    });
    expect(metrics.scroll).toBeLessThanOrEqual(375);
    expect(metrics.text).toBe('17px');
    // The phone's narrow gutters leave the text most of the screen.
    expect(metrics.textWidth).toBeGreaterThan(320);
    expect(metrics.titleFits).toBe(true);
    await page.screenshot({ path: `${LOOK}/email-ru-375.png`, fullPage: true });
    await page.close();
  });

  it('keeps its type, colours and rules when a mail client drops every <style> element', async (ctx) => {
    if (!browser) return ctx.skip();
    const bare = withoutStyleElements(html);
    expect(bare).not.toMatch(/<style/i);
    const { page } = await open(600, bare);
    const look = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const bodyParagraph = [...document.querySelectorAll('h1 ~ p')].find((p) => (p.textContent ?? '').length > 100)!;
      return {
        title: { size: style('h1').fontSize, family: style('h1').fontFamily },
        heading: style('h1 ~ h2').fontSize,
        paragraph: { size: getComputedStyle(bodyParagraph).fontSize, family: getComputedStyle(bodyParagraph).fontFamily, line: getComputedStyle(bodyParagraph).lineHeight },
        link: style('h1 ~ p a').color,
        quote: style('blockquote').borderLeftWidth,
        list: style('h1 ~ ul').paddingLeft,
      };
    });
    expect(look.title).toEqual({ size: '26px', family: expect.stringContaining('Georgia') });
    expect(look.heading).toBe('21px');
    expect(look.paragraph.size).toBe('17px');
    expect(look.paragraph.family).toContain('Georgia');
    expect(parseFloat(look.paragraph.line)).toBeGreaterThan(25);
    expect(look.link).toBe('rgb(31, 78, 121)');
    expect(look.quote).toBe('3px');
    expect(look.list).toBe('22px');
    await page.screenshot({ path: `${LOOK}/email-ru-600-without-style.png`, fullPage: true });
    await page.close();
  });
});
