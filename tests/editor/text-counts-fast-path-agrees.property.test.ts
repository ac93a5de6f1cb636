import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText } from '../../shared/editor/text-counts';

// The counter skips the grapheme segmenter for text with one character per UTF-16 unit.
// Whatever the text, it must count exactly what the segmenter counts.
function reference(text: string, lang: string) {
  const visible = text.replace(/[\r\n\u2028\u2029]/g, '');
  const graphemes = [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(visible)];
  return { characters: graphemes.length, charactersWithoutSpaces: graphemes.filter((g) => !/^\s+$/u.test(g.segment)).length };
}

const pieces = fc.constantFrom(
  'a', 'Z', '5', ' ', '\u00a0', '\t', '\n', 'ў', 'і', 'ё', 'Ж', 'ъ', '’', '«', '»', '—', '–', '…', '€', '№',
  'e\u0301', 'и\u0306', '\u200d', '\u200b', '👍', '👩‍💻', '🇧🇾', '☺\ufe0f', 'ﬁ', '\u2028', 'α', 'ž',
);

describe('text counts', () => {
  it('the fast path counts the same characters as the grapheme segmenter', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.constantFrom('en', 'be', 'ru'), (parts, lang) => {
        const text = parts.join('');
        const counts = countText(text, lang);
        expect({ characters: counts.characters, charactersWithoutSpaces: counts.charactersWithoutSpaces }).toEqual(reference(text, lang));
      }),
      { numRuns: 500 },
    );
  });
});
