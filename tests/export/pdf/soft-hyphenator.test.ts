import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { softHyphenator } from '../../../electron/services/export/pdf/soft-hyphenator';
import { textBlocks } from '../../domain/sample-issue-fixtures';
import { issueForExportFixture } from '../support/issue-for-export-fixture';

// The PDF's line-end hyphenation: soft hyphens a reader never sees unless a line breaks
// there, placed where each language's rules allow a break.

const SOFT = '\u00AD';

/** Every word of the fixture in one language, as the PDF would hyphenate it. */
function fixtureWords(lang: Language): string[] {
  const hyphenate = softHyphenator(lang);
  const texts = issueForExportFixture().articles.flatMap((a) => [a.versions[lang].title, a.versions[lang].lead, ...textBlocks(a.versions[lang].body)]);
  return texts.flatMap((t) => hyphenate(t).split(/\s+/)).filter((w) => w.includes(SOFT));
}

/** Each break of a hyphenated word as [left, right], soft hyphens removed. */
function breaks(word: string): Array<[string, string]> {
  const parts = word.split(SOFT);
  return parts.slice(1).map((_, i) => [parts.slice(0, i + 1).join(''), parts.slice(i + 1).join('')]);
}
const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

describe('soft hyphenation for the PDF', () => {
  it('never changes the text a reader sees', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.string({ unit: 'grapheme', maxLength: 200 }), (lang, text) => {
        expect(softHyphenator(lang)(text).replaceAll(SOFT, '')).toBe(text.replaceAll(SOFT, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('finds break points in long words of every language', () => {
    expect(softHyphenator('en')('parliament')).toBe(`par${SOFT}lia${SOFT}ment`);
    expect(softHyphenator('ru')('парламент')).toBe(`пар${SOFT}ла${SOFT}мент`);
    expect(softHyphenator('be')('Міністэрства').split(SOFT).length).toBeGreaterThan(2);
    for (const lang of LANGUAGES) expect(fixtureWords(lang).length, lang).toBeGreaterThan(50);
  });

  it('keeps at least two letters on each side (three at the end in English)', () => {
    expect(softHyphenator('ru')('тихие')).not.toMatch(new RegExp(`${SOFT}е$`));
    for (const lang of LANGUAGES) {
      for (const word of fixtureWords(lang)) {
        for (const [left, right] of breaks(word)) {
          expect(letters(left), word).toBeGreaterThanOrEqual(2);
          expect(letters(right), word).toBeGreaterThanOrEqual(lang === 'en' ? 3 : 2);
        }
      }
    }
  });

  it('follows the Cyrillic rules: no line starts with ь, ъ, й, ў or an apostrophe, doubled consonants split, дж and дз whole', () => {
    for (const lang of ['be', 'ru'] as const) {
      for (const word of fixtureWords(lang)) {
        for (const [left, right] of breaks(word)) {
          expect(right, word).not.toMatch(/^[ьъйўЬЪЙЎ’'ʼ]/u);
          expect(right, word).not.toMatch(/^(\p{L})\1/iu);
          expect(left, word).not.toMatch(/(\p{L})\1$/iu);
          if (lang === 'be') expect(`${left.slice(-1)}${right[0]}`, word).not.toMatch(/^д[жз]$/iu);
        }
      }
    }
    expect(softHyphenator('be')('ўрэгуляванне')).toContain(`н${SOFT}не`);
    expect(softHyphenator('be')('бюджэту')).not.toContain(`д${SOFT}ж`);
  });

  it('leaves web and e-mail addresses whole, so they still work when copied', () => {
    for (const lang of LANGUAGES) {
      const text = 'see https://example.org/parliament/budget-amendments or www.example.org/information and desk@example.org on example.org';
      expect(softHyphenator(lang)(text)).toBe(text);
    }
  });
});
