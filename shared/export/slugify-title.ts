// Slugs become file names and URL paths, so they are plain Latin. Cyrillic titles are
// transliterated with simple, readable rules (close to the Belarusian and Russian national
// romanisations without diacritics) rather than percent-encoded, which no editor can read.
const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ў: 'w', ґ: 'g', є: 'ye', ї: 'yi',
};
// Belarusian г is a fricative, romanised as h (Гродна → Hrodna); и does not occur in Belarusian.
const BELARUSIAN: Record<string, string> = { ...COMMON, г: 'h' };
const RUSSIAN: Record<string, string> = { ...COMMON, и: 'i' };
const ENGLISH: Record<string, string> = { ...COMMON, и: 'i' };

const TABLES = { en: ENGLISH, be: BELARUSIAN, ru: RUSSIAN } as const;

const MAX_LENGTH = 60;

/** A file-name-safe Latin slug for a title in the given language; empty when nothing is left. */
export function slugifyTitle(title: string, lang: keyof typeof TABLES): string {
  const table = TABLES[lang];
  let out = '';
  for (const char of title.normalize('NFKD').toLowerCase()) {
    if (/[a-z0-9]/.test(char)) out += char;
    else if (char in table) out += table[char];
    else if (/\p{M}/u.test(char)) continue; // accents split off by NFKD: é → e
    else out += '-';
  }
  out = out.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (out.length > MAX_LENGTH) out = out.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') || out.slice(0, MAX_LENGTH);
  return out;
}
