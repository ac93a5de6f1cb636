import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/ipc/error-codes';
import { UNREADABLE_REASONS } from '../../shared/domain/unreadable-reason';
import { createI18n } from '../../renderer/i18n/create-i18n';
import { NAMESPACES } from '../../renderer/i18n/namespaces';

const LOCALES_DIR = 'assets/locales';
const LANGUAGES = ['en', 'be', 'ru'] as const;
type Lang = (typeof LANGUAGES)[number];
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function load(lang: Lang): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const file of readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.json')).sort()) {
    const ns = file.replace(/\.json$/, '');
    const json: unknown = JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8'));
    for (const [k, v] of flatten(json)) all.set(`${ns}:${k}`, v);
  }
  return all;
}

/** Key without its plural suffix, so en "x_one/x_other" and ru "x_one/x_few/x_many/x_other" compare equal. */
function baseKeys(keys: Iterable<string>): Set<string> {
  return new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));
}

function pluralSuffixes(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    out.set(base, [...(out.get(base) ?? []), match[1] as string].sort());
  }
  return out;
}

const locales = Object.fromEntries(LANGUAGES.map((lang) => [lang, load(lang)])) as Record<Lang, Map<string, unknown>>;

describe('UI locales', () => {
  it('every locale has the same namespaces: the ones the renderer loads, plus the main process dialogs', () => {
    for (const lang of LANGUAGES) {
      const files = readdirSync(join(LOCALES_DIR, lang)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...NAMESPACES, 'main'].sort());
    }
  });

  it.each(['be', 'ru'] as const)('%s has exactly the keys of en (plural forms aside)', (lang) => {
    expect([...baseKeys(locales[lang].keys())].sort()).toEqual([...baseKeys(locales.en.keys())].sort());
  });

  it.each(LANGUAGES)('%s has exactly the plural forms its language needs', (lang) => {
    // en: one/other; be and ru: one/few/many/other, as CLDR (and so i18next) defines them.
    const expected = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    expect(expected).toEqual(lang === 'en' ? ['one', 'other'] : ['few', 'many', 'one', 'other']);
    const plurals = pluralSuffixes(locales[lang].keys());
    expect(plurals.size).toBeGreaterThan(0);
    for (const [base, suffixes] of plurals) expect({ base, suffixes }).toEqual({ base, suffixes: expected });
    // The same words are plural in every language.
    expect([...plurals.keys()].sort()).toEqual([...pluralSuffixes(locales.en.keys()).keys()].sort());
  });

  it.each(LANGUAGES)('%s has no empty or non-string values', (lang) => {
    for (const [key, value] of locales[lang]) {
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect({ key, empty: (value as string).trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it.each(['be', 'ru'] as const)('%s strings are translations, not English copies', (lang) => {
    const copies: string[] = [];
    for (const [key, value] of locales[lang]) {
      const english = locales.en.get(key);
      // Strings that are only placeholders and punctuation ("{{language}}: {{status}}") are
      // the same in every language; anything with words must differ.
      // Addresses and the names of file formats and products are the same in every language.
      const words = String(value)
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/https?:\/\/\S*/g, '')
        .replace(/\bTriptych\b|\b(UTF-8|JSON|BOM|Alt|HTML|DOCX|PDF|Word|Markdown|Gmail)\b/g, '');
      if (!/\p{L}/u.test(words)) continue;
      if (value === english) copies.push(key);
      // Latin words other than the product name and technical terms mean untranslated text.
      const latin = words.match(/\p{Script=Latin}{3,}/gu);
      if (latin) copies.push(`${key} (${latin.join(', ')})`);
    }
    expect(copies).toEqual([]);
  });

  it.each(['be', 'ru'] as const)('%s text is in its own alphabet (no і/ў in Russian, no и/щ/ъ in Belarusian)', (lang) => {
    const wrong = lang === 'be' ? /[ищъ]/i : /[іў]/i;
    const offenders = [...locales[lang]].filter(([, v]) => wrong.test(String(v))).map(([k]) => k);
    expect(offenders).toEqual([]);
  });

  it('there is a message for every error code and every unreadable reason', () => {
    for (const lang of LANGUAGES) {
      for (const code of ERROR_CODES) expect(locales[lang].has(`errors:code.${code}`), `${lang} errors:code.${code}`).toBe(true);
      for (const reason of UNREADABLE_REASONS) {
        expect(locales[lang].has(`errors:unreadable.${reason}`), `${lang} errors:unreadable.${reason}`).toBe(true);
      }
    }
    expect([...locales.en.keys()].filter((k) => k.startsWith('errors:code.')).length).toBe(ERROR_CODES.length);
    expect([...locales.en.keys()].filter((k) => k.startsWith('errors:unreadable.')).length).toBe(UNREADABLE_REASONS.length);
  });

  it('i18next picks the right plural form in each language', () => {
    const i18n = createI18n('en', null);
    const count = (lang: Lang, n: number) => i18n.getFixedT(lang, 'library')('articleCount', { count: n });
    expect([1, 2, 5].map((n) => count('en', n))).toEqual(['1 article', '2 articles', '5 articles']);
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => count('be', n))).toEqual([
      '1 артыкул', '2 артыкулы', '5 артыкулаў', '11 артыкулаў', '21 артыкул', '22 артыкулы', '25 артыкулаў',
    ]);
    expect([1, 2, 5, 11, 21, 22, 25].map((n) => count('ru', n))).toEqual([
      '1 статья', '2 статьи', '5 статей', '11 статей', '21 статья', '22 статьи', '25 статей',
    ]);
    expect(i18n.getFixedT('be', 'library')('unreadableArticleCount', { count: 3 })).toBe('3 артыкулы не ўдаецца прачытаць');
    expect(i18n.getFixedT('ru', 'library')('unreadableArticleCount', { count: 5 })).toBe('5 статей не удаётся прочитать');
  });

  it('the document language follows the UI language', async () => {
    const doc = { documentElement: { lang: '' } } as unknown as Document;
    const i18n = createI18n('be', doc);
    expect(doc.documentElement.lang).toBe('be');
    await i18n.changeLanguage('ru');
    expect(doc.documentElement.lang).toBe('ru');
  });
});
