import { expect, test } from 'vitest';
import { InvalidFileNameError, nfcFileName, type InvalidFileNameReason } from '../../../electron/services/fs/file-name';

test('names are returned NFC-normalised (macOS gives NFD)', () => {
  const nfd = 'Выпуск-и\u0306-ё.json'.normalize('NFD');
  expect(nfd).not.toBe('Выпуск-й-ё.json');
  expect(nfcFileName(nfd)).toBe('Выпуск-й-ё.json');
});

test('plain portable names pass unchanged', () => {
  for (const name of ['article.json', 'Навіны тыдня — 12.json', 'a..b.json', 'console.json', 'com10.txt', '😀.json']) {
    expect(nfcFileName(name)).toBe(name);
  }
});

const rejected: Array<[string, InvalidFileNameReason]> = [
  ['', 'empty'],
  ['.', 'dot-segment'],
  ['..', 'dot-segment'],
  ['a/b.json', 'separator'],
  ['..\\evil.json', 'separator'],
  ['../evil.json', 'separator'],
  ['a\u0000b', 'nul'],
  ['line\nbreak', 'control-character'],
  ['tab\t', 'control-character'],
  ['c1\u0085', 'control-character'],
  ['lone\uD800', 'lone-surrogate'],
  ['.hidden', 'leading-dot'],
  ['.article.json.0123456789ab.tmp', 'leading-dot'],
  ['what?.json', 'windows-forbidden-character'],
  ['a:b', 'windows-forbidden-character'],
  ['a<b>', 'windows-forbidden-character'],
  ['"quoted"', 'windows-forbidden-character'],
  ['pipe|', 'windows-forbidden-character'],
  ['star*', 'windows-forbidden-character'],
  ['CON', 'windows-reserved-name'],
  ['con.json', 'windows-reserved-name'],
  ['Nul .txt', 'windows-reserved-name'],
  ['aux.tar.gz', 'windows-reserved-name'],
  ['COM1', 'windows-reserved-name'],
  ['lpt9.json', 'windows-reserved-name'],
  ['COM¹', 'windows-reserved-name'],
  ['PRN', 'windows-reserved-name'],
  ['name.', 'trailing-dot-or-space'],
  ['name ', 'trailing-dot-or-space'],
  ['ў'.repeat(128), 'too-long'],
];

test.each(rejected)('%j is refused (%s)', (name, reason) => {
  expect(() => nfcFileName(name)).toThrow(InvalidFileNameError);
  try {
    nfcFileName(name);
  } catch (err) {
    expect((err as InvalidFileNameError).reason).toBe(reason);
  }
});

test('the limit is 255 UTF-8 bytes, not characters: 125 letters ў (2 bytes each) + ".json" fit, one byte more does not', () => {
  expect(nfcFileName(`${'ў'.repeat(125)}.json`)).toHaveLength(130);
  expect(() => nfcFileName(`${'ў'.repeat(125)}.jsonx`)).toThrow(InvalidFileNameError);
});
