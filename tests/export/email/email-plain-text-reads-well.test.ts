import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/language';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import { renderBodyText } from '../../../electron/services/export/email/render-body-text';
import { wrapText } from '../../../electron/services/export/email/wrap-text';
import { RICH_TEXTS } from '../support/issue-for-export-fixture';
import { renderEmail } from './support/render-email';

const WIDTH = 78;
const chars = (line: string) => [...line].length;

/** A line may run over only to hold one word that is longer than a line (a URL). */
function expectWithinWidth(lines: readonly string[], width: number): void {
  for (const line of lines) {
    if (chars(line) <= width) continue;
    const words = line.replace(/^(?:> ?)+/, '').trim().split(/\s+/);
    const longest = words.reduce((a, b) => (chars(a) >= chars(b) ? a : b));
    expect(chars(longest), `line over ${width}: ${line}`).toBeGreaterThan(width - 8);
    expect(longest, line).toMatch(/^<(?:https?|mailto):/);
  }
}

describe.each(LANGUAGES)('the %s plain-text part', (lang) => {
  it('keeps lines within 78 characters, soft breaks marked for format=flowed', async () => {
    const { text } = await renderEmail(lang);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(60);
    expectWithinWidth(lines, WIDTH);
    // A wrapped line ends with one space (flowed); no line ends with more.
    for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(/\s{2,}$|\t/);
    expect(lines.some((line) => line.endsWith(' '))).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('never leaves a one-letter word at the end of a line nor wraps a dash to the start of one', async () => {
    const { text } = await renderEmail(lang);
    const lines = text.split('\n');
    lines.forEach((line, index) => {
      expect(line.trimEnd(), line).not.toMatch(/(?:^|\s)\p{L}$/u);
      // (A list item's own "– " is fine; a dash the wrapping carried over is not.)
      if (lines[index - 1]?.endsWith(' ')) expect(line.replace(/^(?:> ?)+/, '').trim(), line).not.toMatch(/^[—–]/);
    });
  });

  it('sets off headings, lists, quotes and links the way plain-text mail does', async () => {
    const { text, edition } = await renderEmail(lang);
    const x = RICH_TEXTS[lang];
    const rich = edition.articles.at(-1)!;
    // Titles underlined with "=", body headings with "-" (h2) and "·" (h3).
    expect(text).toContain(`${rich.title}\n${'='.repeat(chars(rich.title))}\n`);
    expect(text).toContain(`\n${x.h2}\n${'-'.repeat(chars(x.h2))}\n`);
    expect(text).toContain(`\n${x.h3}\n${'·'.repeat(chars(x.h3))}\n`);
    // Lists: dashes, nested items indented under their parent, numbers.
    expect(text).toContain(`\n– ${x.items[0]}\n`);
    expect(text).toContain(`\n– *_${x.items[1]}_*\n  – ${x.nested}\n`);
    expect(text).toContain(`\n1. ${x.steps[0]}\n2. ${x.steps[1]}\n`);
    expect(text).toContain(`\n> ${x.quote}\n`);
    // Emphasis marked, struck words kept and marked (read as a flowed client joins soft breaks).
    expect(text.replace(/ \n/g, ' ')).toContain(`*${x.intro[1]}*, _${x.intro[2]}_, ~~${x.intro[3]}~~`);
    // Links as `text <url>`, e-mail links too; the hard break kept.
    expect(text).toContain(`${x.items[2]} <https://example.org/report?a=1&b=2>`);
    expect(text).toContain(`${x.closing[0]}\n${x.closing[1]} <mailto:desk@example.org>`);
  });
});

describe('renderBodyText', () => {
  const doc = (content: ProseDoc['content']): ProseDoc => ({ type: 'doc', content });

  it('drops in-page anchors and refused links but keeps their words', () => {
    const lines = renderBodyText(
      doc([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'См. ' },
            { type: 'text', text: 'таблицу 2', marks: [{ type: 'link', attrs: { href: '#table-2' } }] },
            { type: 'text', text: ' и ' },
            { type: 'text', text: 'вот это', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: '; адрес: ' },
            { type: 'text', text: 'https://example.org/a', marks: [{ type: 'link', attrs: { href: 'https://example.org/a' } }] },
          ],
        },
      ]),
      WIDTH,
    );
    expect(lines).toEqual(['См. таблицу 2 и вот это; адрес: <https://example.org/a>']);
  });

  it('numbers an ordered list from its start and aligns the numbers', () => {
    const item = (text: string) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const lines = renderBodyText(doc([{ type: 'orderedList', attrs: { start: 9 }, content: [item('девятый'), item('десятый пункт '.repeat(8).trim())] }]), 40);
    expect(lines).toEqual([' 9. девятый', '10. десятый пункт десятый пункт десятый ', '    пункт десятый пункт десятый пункт ', '    десятый пункт десятый пункт десятый ', '    пункт']);
  });

  it('quotes every line of a long quotation, blank lines included', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const lines = renderBodyText(doc([{ type: 'blockquote', content: [paragraph('Першы абзац цытаты, досыць доўгі, каб перанесціся.'), paragraph('Другі.')] }]), 30);
    expect(lines).toEqual(['> Першы абзац цытаты, досыць ', '> доўгі, каб перанесціся.', '>', '> Другі.']);
  });
});

describe('wrapText', () => {
  const word = fc.oneof(
    fc.stringMatching(/^[а-яёўі]{1,12}$/u),
    fc.stringMatching(/^[a-z]{1,12}$/),
    fc.constantFrom('—', '–', '%.', 'в', 'ў', 'a', '«цытата»', '0,4\u00a0%'),
    fc.stringMatching(/^https:\/\/[a-z]{20,90}$/).map((url) => `<${url}>`),
  );

  it('fits every line to the width unless one word is wider, and loses, adds and reorders no word', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.integer({ min: 20, max: 78 }), fc.constantFrom(['', ''], ['– ', '  '], ['> ', '> '], ['10. ', '    ']), (words, width, [first, rest]) => {
        const lines = wrapText(words.join(' '), { width, firstPrefix: first, prefix: rest });
        lines.forEach((line, index) => {
          expect(line.startsWith(index === 0 ? first! : rest!)).toBe(true);
          const body = line.slice((index === 0 ? first! : rest!).length);
          if (chars(line) > width) expect(body.trim().split(' ').length, line).toBe(1);
          // Soft breaks end with exactly one space; the last line with none.
          if (index < lines.length - 1) expect(line).toMatch(/\S $/);
          else expect(line).toMatch(/\S$/);
        });
        const rejoined = lines.map((line, index) => line.slice((index === 0 ? first! : rest!).length)).join('').split(' ').filter(Boolean);
        expect(rejoined).toEqual(words);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the writer’s line breaks as hard breaks', () => {
    expect(wrapText('Пытанні:\nпішыце', { width: 78 })).toEqual(['Пытанні:', 'пішыце']);
  });
});
