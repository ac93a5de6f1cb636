import { describe, expect, it } from 'vitest';
import { authorDisplayName, isBlankAuthor, trimAuthor } from '../../../renderer/article/header/author-display-name';

const lukashenka = { en: 'Lukashenka', be: 'Лукашэнка', ru: 'Лукашенко' };

describe('an author is shown by the spelling of the UI language', () => {
  it('uses the UI language spelling when it is written', () => {
    expect(authorDisplayName(lukashenka, 'en')).toEqual({ text: 'Lukashenka', lang: 'en' });
    expect(authorDisplayName(lukashenka, 'be')).toEqual({ text: 'Лукашэнка', lang: 'be' });
    expect(authorDisplayName(lukashenka, 'ru')).toEqual({ text: 'Лукашенко', lang: 'ru' });
  });

  it('falls back to another written spelling, in the canonical order, and says which', () => {
    expect(authorDisplayName({ en: '', be: 'Алена Каваленка', ru: 'Елена Коваленко' }, 'en')).toEqual({ text: 'Алена Каваленка', lang: 'be' });
    expect(authorDisplayName({ en: 'Alena Kavalenka', be: '  ', ru: 'Елена Коваленко' }, 'be')).toEqual({ text: 'Alena Kavalenka', lang: 'en' });
    expect(authorDisplayName({ en: '', be: '', ru: 'Елена Коваленко' }, 'be')).toEqual({ text: 'Елена Коваленко', lang: 'ru' });
  });

  it('trims the spelling it shows, and has nothing to show for an unnamed author', () => {
    expect(authorDisplayName({ en: '  Lukashenka ', be: '', ru: '' }, 'en')).toEqual({ text: 'Lukashenka', lang: 'en' });
    expect(authorDisplayName({ en: ' ', be: '', ru: '\t' }, 'ru')).toBeNull();
  });
});

describe('author spellings as stored', () => {
  it('are trimmed', () => {
    expect(trimAuthor({ en: ' Lukashenka ', be: 'Лукашэнка\n', ru: '' })).toEqual({ en: 'Lukashenka', be: 'Лукашэнка', ru: '' });
  });

  it('are blank only when no language is written', () => {
    expect(isBlankAuthor({ en: '', be: ' ', ru: '' })).toBe(true);
    expect(isBlankAuthor({ en: '', be: '', ru: 'Лукашенко' })).toBe(false);
  });
});
