import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/language';
import { exportFileNames } from '../../../shared/export/export-file-names';
import labels from '../../../assets/export/email/labels.json';
import { articleSentences, parseHtml, plainWords, renderEmail, squash, textAsProse } from './support/render-email';

describe.each(LANGUAGES)('the %s email', (lang) => {
  it('is written to the file names every other export links to', async () => {
    const email = await renderEmail(lang);
    expect(email.htmlPath).toBe(exportFileNames.emailHtml(1, lang));
    expect(email.textPath).toBe(exportFileNames.emailText(1, lang));
  });

  it('declares its language on the html element and on the content', async () => {
    const document = parseHtml((await renderEmail(lang)).html);
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
    const content = document.querySelector('body [role="article"]');
    expect(content?.getAttribute('lang')).toBe(lang);
    // Every article sits inside the element that carries the language.
    expect(content?.querySelectorAll('h1[id]').length).toBe(3);
  });

  it('gives each article its rubric, title, lead, authors and whole body, under its own title', async () => {
    const { html, edition } = await renderEmail(lang);
    const document = parseHtml(html);
    expect(edition.articles).toHaveLength(3);
    for (const article of edition.articles) {
      const title = document.getElementById(article.anchor);
      expect(title?.tagName).toBe('H1');
      expect(squash(title?.textContent ?? '')).toBe(squash(article.title));
      const block = squash(title?.parentElement?.textContent ?? '');
      for (const sentence of articleSentences(article)) expect(block).toContain(sentence);
      // The rubric is the kicker just above the title.
      const section = title?.closest('table[role="presentation"]')?.closest('div');
      expect(squash(section?.textContent ?? '')).toContain(article.rubric);
    }
  });

  it('has the same articles, whole, in the plain-text part', async () => {
    const { text, edition } = await renderEmail(lang);
    const prose = textAsProse(text);
    for (const article of edition.articles) for (const sentence of articleSentences(article)) expect(prose).toContain(plainWords(sentence));
  });

  it('opens with the publication, the issue number and period, and a contents list in reading order', async () => {
    const { html, text, edition } = await renderEmail(lang);
    const document = parseHtml(html);
    const visible = squash(document.querySelector('[role="article"]')?.textContent ?? '');
    const number = labels[lang].issueNumber.replace('{number}', '1');
    const masthead = `${edition.publicationName} ${number} · ${edition.period}`;
    expect(visible).toContain(squash(masthead));
    const contents = [...document.querySelectorAll('ol li a[href^="#"]')].map((link) => ({ href: link.getAttribute('href'), title: squash(link.textContent ?? '') }));
    expect(contents).toEqual(edition.articles.map((a) => ({ href: `#${a.anchor}`, title: squash(a.title) })));
    expect(visible).toContain(labels[lang].inThisIssue);
    // The contents come before the first article.
    expect(visible.indexOf(labels[lang].inThisIssue)).toBeLessThan(visible.indexOf(squash(edition.articles[0]!.lead)));

    const prose = textAsProse(text);
    const opening = squash(`${'='.repeat(78)} ${edition.publicationName} ${number} · ${edition.period} ${'='.repeat(78)}`);
    expect(prose.slice(0, opening.length)).toBe(opening);
    const order = edition.articles.map((a) => prose.indexOf(squash(`${a.title} ${'='.repeat([...a.title].length)}`)));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
  });

  it('ends with a footer that tells the reader why the email came, in their language', async () => {
    const { html, text, edition } = await renderEmail(lang);
    const why = labels[lang].whyYouReceiveThis.replace('{publication}', edition.publicationName);
    const document = parseHtml(html);
    const visible = squash(document.querySelector('[role="article"]')?.textContent ?? '');
    expect(visible).toContain(squash(why));
    expect(visible.indexOf(squash(why))).toBeGreaterThan(visible.lastIndexOf(squash(edition.articles.at(-1)!.lead)));
    expect(textAsProse(text)).toContain(squash(why));
  });

  it('has a hidden preheader: the period and the first article, 90–140 characters, padded so the inbox shows nothing else', async () => {
    const { html, edition } = await renderEmail(lang);
    const document = parseHtml(html);
    const hidden = document.body.firstElementChild as HTMLElement;
    expect(hidden.getAttribute('style')).toMatch(/display:\s*none/);
    const raw = hidden.textContent ?? '';
    const visiblePart = raw.replace(/(?:\u200c|\u00a0|\u034f| )+$/u, '');
    expect(visiblePart.startsWith(`${edition.period} — ${edition.articles[0]!.title}`)).toBe(true);
    expect([...visiblePart].length).toBeGreaterThanOrEqual(90);
    expect([...visiblePart].length).toBeLessThanOrEqual(140);
    // The filler: zero-width and no-break characters long enough to fill any inbox preview.
    const filler = raw.slice(visiblePart.length);
    expect(filler.length).toBeGreaterThan(200);
    expect(filler).toMatch(/^(?:\u200c|\u00a0|\u034f| )+$/u);
  });
});

describe('the email labels', () => {
  it('exist in every language and are translated, not copied', () => {
    const keys = Object.keys(labels.en).sort();
    for (const lang of LANGUAGES) expect(Object.keys(labels[lang]).sort()).toEqual(keys);
    for (const key of keys as Array<keyof typeof labels.en>) {
      if (key === 'issueNumber') continue; // "№ 1" is the same in Belarusian and Russian.
      expect(new Set(LANGUAGES.map((lang) => labels[lang][key])).size).toBe(3);
    }
    // Belarusian uses its own letters where Russian does not (ў, і).
    expect(labels.be.inThisIssue).toBe('У гэтым выпуску');
    expect(labels.ru.inThisIssue).toBe('В этом выпуске');
    expect(labels.be.readInThisLanguage).toBe('Чытаць па-беларуску');
    expect(labels.ru.readInThisLanguage).toBe('Читать по-русски');
  });
});
