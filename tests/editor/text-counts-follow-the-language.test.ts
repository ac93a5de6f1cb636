import { describe, expect, it } from 'vitest';
import { addCounts, countText } from '../../shared/editor/text-counts';

describe('word and character counts', () => {
  it('counts Belarusian words with an apostrophe as one word', () => {
    expect(countText('Аб’ява пра з’езд у Вільні', 'be')).toEqual({ words: 5, characters: 25, charactersWithoutSpaces: 21 });
  });

  it('counts Russian and English text, ignoring punctuation as words and line breaks as characters', () => {
    expect(countText('Выборы — 2026 год.\nИтоги.', 'ru').words).toBe(4);
    expect(countText('Hello, world!', 'en')).toEqual({ words: 2, characters: 13, charactersWithoutSpaces: 12 });
    expect(countText('a\nb', 'en').characters).toBe(2);
  });

  it('counts a letter with a combining accent and an emoji as one character each', () => {
    expect(countText('ё́ 👍🏽', 'ru')).toEqual({ words: 1, characters: 3, charactersWithoutSpaces: 2 });
  });

  it('adds counts of fields', () => {
    expect(addCounts(countText('one two', 'en'), countText('three', 'en'))).toEqual({ words: 3, characters: 12, charactersWithoutSpaces: 11 });
  });
});
