import { createRequire } from 'node:module';
import type { Language } from '../../../../shared/domain/language';

/** The part of the `hyphen` package's per-language module we use (it ships no types). */
interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

const SOFT_HYPHEN = '\u00AD';
const PATTERNS: Record<Language, string> = { en: 'hyphen/en-us', be: 'hyphen/be', ru: 'hyphen/ru' };
// Letters kept together at the start and end of a word (TeX's lefthyphenmin/righthyphenmin):
// the patterns alone happily leave "тихи-е" or "a-bout".
const MIN_LETTERS: Record<Language, readonly [left: number, right: number]> = { en: [2, 3], be: [2, 2], ru: [2, 2] };
// Cyrillic letters that cannot begin a line: soft/hard signs, short i, short u, apostrophe.
const NEVER_STARTS_LINE = /^[ьъйўЬЪЙЎ’'ʼ]/u;
// Belarusian дж and дз are single sounds and are never split.
const SINGLE_SOUND = /(д[жз]|Д[ЖЗжз])$/u;
const LETTER = /\p{L}/gu;
// Addresses, bare domains included, are left whole: a soft hyphen inside one survives copy and paste and breaks the link.
const ADDRESS = /:\/\/|@|^www\.|\p{L}\.\p{L}{2,}/iu;

const require = createRequire(import.meta.url);
const modules = new Map<Language, HyphenModule>();

function hyphenModule(lang: Language): HyphenModule {
  let mod = modules.get(lang);
  if (!mod) {
    mod = require(PATTERNS[lang]) as HyphenModule;
    modules.set(lang, mod);
  }
  return mod;
}

const letters = (text: string) => text.match(LETTER)?.length ?? 0;

function allowed(lang: Language, left: string, right: string): boolean {
  const [minLeft, minRight] = MIN_LETTERS[lang];
  if (letters(left) < minLeft || letters(right) < minRight) return false;
  if (lang === 'en') return true;
  if (NEVER_STARTS_LINE.test(right)) return false;
  // A doubled consonant is split between its two letters (ван-ная), never kept whole on one side.
  const before = left.slice(-2);
  const after = right.slice(0, 2);
  if (before.length === 2 && before[0]!.toLowerCase() === before[1]!.toLowerCase() && /\p{L}/u.test(before[0]!)) return false;
  if (after.length === 2 && after[0]!.toLowerCase() === after[1]!.toLowerCase() && /\p{L}/u.test(after[0]!)) return false;
  if (lang === 'be' && SINGLE_SOUND.test(left.slice(-1) + right.slice(0, 1))) return false;
  return true;
}

function hyphenateToken(lang: Language, token: string): string {
  if (ADDRESS.test(token) || letters(token) < 5) return token;
  const parts = hyphenModule(lang).hyphenateSync(token, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const right = parts.slice(i).join('');
    out += (allowed(lang, out.replaceAll(SOFT_HYPHEN, ''), right) ? SOFT_HYPHEN : '') + parts[i];
  }
  return out;
}

/**
 * Inserts soft hyphens where a word of `lang` may break at a line end. The PDF is printed by
 * a Chromium that has no hyphenation dictionaries offline, so `hyphens: auto` would do
 * nothing; soft hyphens are honoured everywhere and are invisible unless a line breaks there.
 */
export function softHyphenator(lang: Language): (text: string) => string {
  return (text) => text.split(/(\s+)/).map((token, i) => (i % 2 === 1 ? token : hyphenateToken(lang, token))).join('');
}
