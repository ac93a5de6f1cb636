export interface TextCounts {
  words: number;
  characters: number;
  charactersWithoutSpaces: number;
}

export const ZERO_COUNTS: TextCounts = { words: 0, characters: 0, charactersWithoutSpaces: 0 };

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, found);
  }
  return found;
}

/**
 * Words and characters as an editor counts them for a fee or a length limit. Words come
 * from the Unicode word segmenter, so "ад’езд", "Ліда-2026" parts and "e-mail" count the way
 * the language reads them; characters are user-perceived characters (an emoji or a letter
 * with a combining accent is one), line breaks are not characters.
 */
export function countText(text: string, lang: string): TextCounts {
  let words = 0;
  for (const part of segmenter(lang).segment(text)) if (part.isWordLike) words++;
  const visible = text.replace(/[\r\n\u2028\u2029]/g, '');
  const graphemes = [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(visible)];
  const characters = graphemes.length;
  const charactersWithoutSpaces = graphemes.filter((g) => !/^\s+$/u.test(g.segment)).length;
  return { words, characters, charactersWithoutSpaces };
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
