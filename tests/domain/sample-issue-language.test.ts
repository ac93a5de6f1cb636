import { describe, expect, it } from 'vitest';
import { sampleTables, textBlocks, visibleTexts } from './sample-issue-fixtures';

// The sample is the first Belarusian and Russian a newcomer reads in the app, and what the
// QA checks will be demonstrated on, so its alphabets and typography are held to the rules.

const { articles, eachVersion } = sampleTables();
const eachCyrillicVersion = eachVersion.filter(([, , lang]) => lang !== 'en');

describe('createSampleIssue: alphabets', () => {
  const words = (text: string) => text.match(/[\p{L}\p{M}’]+/gu) ?? [];

  it.each(eachVersion)('%s has no word that mixes Latin and Cyrillic letters', (_name, article, lang) => {
    for (const word of visibleTexts(article, lang).flatMap(words)) {
      const mixed = /\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word);
      expect(mixed, `mixed-script word: ${word}`).toBe(false);
    }
  });

  it.each(eachCyrillicVersion)('%s is written in Cyrillic', (_name, article, lang) => {
    for (const word of visibleTexts(article, lang).flatMap(words)) expect(word).toMatch(/^[\p{Script=Cyrillic}’]+$/u);
  });

  it.each(articles.map((article) => [article.rubric, article] as const))('%s/en has no Cyrillic letters', (_rubric, article) => {
    expect(visibleTexts(article, 'en').join('\n')).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it.each(articles.map((article) => [article.rubric, article] as const))(
    '%s/be has no Russian-only (и щ ъ) or Ukrainian (ї є ґ) letters, and its apostrophe is ’',
    (_rubric, article) => {
      const text = visibleTexts(article, 'be').join('\n');
      expect(text).not.toMatch(/[иИщЩъЪїЇєЄґҐ]/);
      expect(text).not.toMatch(/['\u02bc]/);
    },
  );

  it('exercises the letters and signs that distinguish Belarusian (ў, і, ’) and Russian (ё)', () => {
    const be = articles.flatMap((article) => visibleTexts(article, 'be')).join('\n');
    const ru = articles.flatMap((article) => visibleTexts(article, 'ru')).join('\n');
    expect(be).toMatch(/ў/);
    expect(be).toMatch(/і/);
    expect(be).toMatch(/\p{L}’\p{L}/u);
    expect(ru).toMatch(/ё/);
  });

  it.each(articles.map((article) => [article.rubric, article] as const))(
    '%s/ru has no Belarusian-only letters (і ў) and no apostrophes',
    (_rubric, article) => {
      const text = visibleTexts(article, 'ru').join('\n');
      expect(text).not.toMatch(/[іІўЎ]/);
      expect(text).not.toMatch(/['’\u02bc]/);
    },
  );

  it.each(articles.map((article) => [article.rubric, article] as const))(
    '%s/be writes ў at the start of a word exactly after a word ending in a vowel',
    (_rubric, article) => {
      // Official rule (Правілы 2008, § 15): initial у becomes ў after a vowel-final word,
      // but not after a punctuation mark or at the start of a sentence.
      const vowels = /[аеёіоуыэюяАЕЁІОУЫЭЮЯ]/u;
      const problems: string[] = [];
      for (const text of visibleTexts(article, 'be')) {
        for (const match of text.matchAll(/(?<![\p{L}’])[уў]/gu)) {
          const before = text.slice(0, match.index);
          const previous = /(\S)(\s*)$/u.exec(before);
          const afterVowelWord = previous !== null && previous[2] !== '' && vowels.test(previous[1] ?? '');
          const expected = afterVowelWord ? 'ў' : 'у';
          if (match[0] !== expected) problems.push(`…${text.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 10)}…`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe('createSampleIssue: typography', () => {
  /** Checks that quotation marks open and close in the right nesting. */
  function quoteNesting(text: string, pairs: Record<string, string>): string | null {
    const closers = new Map(Object.entries(pairs).map(([open, close]) => [close, open]));
    const stack: string[] = [];
    for (const char of text) {
      if (char in pairs) {
        if (stack.includes(char)) return `${char} opened inside itself`;
        stack.push(char);
      } else if (closers.has(char)) {
        if (stack.pop() !== closers.get(char)) return `unexpected ${char}`;
      }
    }
    return stack.length ? `unclosed ${stack.join('')}` : null;
  }

  it.each(eachVersion)('%s: no straight quotes, no hyphen for a dash, no stray spaces', (_name, article, lang) => {
    for (const text of visibleTexts(article, lang)) {
      expect(text).not.toMatch(/["']/);
      expect(text).not.toMatch(/ - |--/);
      expect(text).not.toMatch(/~/); // the builders' tie must have become a no-break space
      expect(text).not.toMatch(/[ \u00a0]{2}|^\s|\s$/);
      expect(text).not.toMatch(/ [,.;:!?)]/);
    }
  });

  it.each(eachVersion)('%s: a dash between words has a no-break space before it and a space after it', (_name, article, lang) => {
    const dash = lang === 'en' ? '–' : '—';
    let dashes = 0;
    for (const text of textBlocks(article.versions[lang].body)) {
      expect(text).not.toMatch(lang === 'en' ? /—/ : /–/);
      for (const match of text.matchAll(/[–—]/g)) {
        dashes++;
        expect(match[0]).toBe(dash);
        expect(text.slice((match.index ?? 0) - 1, (match.index ?? 0) + 2)).toBe(`\u00a0${dash} `);
      }
    }
    expect(dashes).toBeGreaterThan(0);
  });

  it.each(eachVersion)('%s: a number is tied to the word it counts', (_name, article, lang) => {
    for (const text of textBlocks(article.versions[lang].body)) {
      // "1.8 per cent", "1,8 працэнта": the number must not end a line on its own.
      for (const match of text.matchAll(/\d(\s)(?=\p{L})/gu)) {
        if (!/^(?:to|and|да|до)\s/u.test(text.slice((match.index ?? 0) + 2))) expect(match[1]).toBe('\u00a0');
      }
    }
  });

  it.each(articles.map((article) => [article.rubric, article] as const))(
    '%s/en uses “…” with ‘…’ inside, and ’ as the apostrophe',
    (_rubric, article) => {
      for (const text of visibleTexts(article, 'en')) {
        expect(text).not.toMatch(/[«»„]/);
        const withoutApostrophes = text.replace(/(?<=\p{L})’(?=\p{L})/gu, '');
        expect(quoteNesting(withoutApostrophes, { '“': '”', '‘': '’' })).toBeNull();
        // single quotes only ever appear inside double ones
        expect(withoutApostrophes.replace(/“[^”]*”/g, '')).not.toMatch(/[‘’]/);
      }
      expect(articles.flatMap((a) => visibleTexts(a, 'en')).join('')).toMatch(/“.*‘.*’.*”/);
    },
  );

  it.each(articles.flatMap((article) => (['be', 'ru'] as const).map((lang) => [`${article.rubric}/${lang}`, article, lang] as const)))(
    '%s uses «…» with „…“ inside',
    (_name, article, lang) => {
      for (const text of visibleTexts(article, lang)) {
        expect(text).not.toMatch(/[”‘]/);
        expect(quoteNesting(text, { '«': '»', '„': '“' })).toBeNull();
        expect(text.replace(/«[^»]*»/g, '')).not.toMatch(/[„“]/);
      }
      expect(articles.flatMap((a) => visibleTexts(a, lang)).join('')).toMatch(/«[^»]*„[^“]*“[^»]*»/);
    },
  );
});
