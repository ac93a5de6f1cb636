export interface TextCounts {
  words: number;
  characters: number;
  charactersWithoutSpaces: number;
}

export const ZERO_COUNTS: TextCounts = { words: 0, characters: 0, charactersWithoutSpaces: 0 };

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

// Text made only of these (Latin, Greek, Cyrillic without combining marks, common
// punctuation and symbols) has one character per UTF-16 unit, so the grapheme segmenter,
// the slow part of counting a long article, can be skipped. Anything else (accents written
// as combining marks, emoji, joiners, surrogate pairs) takes the exact path.
const ONE_UNIT_PER_CHARACTER = /^[\u0000-\u02ff\u0370-\u0482\u048a-\u052f\u2000-\u200a\u2010-\u2027\u202f-\u205f\u20a0-\u20cf\u2100-\u2bff]*$/;

/**
 * Words and characters as an editor counts them for a fee or a length limit. Words come
 * from the Unicode word segmenter, so "ад’езд", "Ліда-2026" parts and "e-mail" count the way
 * the language reads them; characters are user-perceived characters (an emoji or a letter
 * with a combining accent is one), line breaks are not characters.
 */
export function countText(text: string, lang: string): TextCounts {
  let words = 0;
  for (const part of segmenter(lang, 'word').segment(text)) if (part.isWordLike) words++;
  const visible = text.replace(/[\r\n\u2028\u2029]/g, '');
  if (ONE_UNIT_PER_CHARACTER.test(visible)) {
    const spaces = visible.match(/\s/g)?.length ?? 0;
    return { words, characters: visible.length, charactersWithoutSpaces: visible.length - spaces };
  }
  let characters = 0;
  let spaces = 0;
  for (const grapheme of segmenter(lang, 'grapheme').segment(visible)) {
    characters++;
    if (/^\s+$/u.test(grapheme.segment)) spaces++;
  }
  return { words, characters, charactersWithoutSpaces: characters - spaces };
}

export function addCounts(...all: TextCounts[]): TextCounts {
  return all.reduce(
    (sum, c) => ({
      words: sum.words + c.words,
      characters: sum.characters + c.characters,
      charactersWithoutSpaces: sum.charactersWithoutSpaces + c.charactersWithoutSpaces,
    }),
    ZERO_COUNTS,
  );
}
