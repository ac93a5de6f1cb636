import { expect, test } from 'vitest';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWriteFile } from '../../../electron/services/fs/atomic-write';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { readDocumentFile } from '../../../electron/services/fs/read-text-file';
import { stableStringify } from '../../../electron/services/fs/stable-json';
import { useTempDir } from '../../support/fs-temp-dir';

// D11: document text goes to disk and back unchanged: no normalisation, no BOM, no
// replacement characters.
const dir = useTempDir();

const tricky = fc.constantFrom(
  'ў', 'Ў', 'і', 'І', '’', 'ё', 'Ё', 'й', 'щ', 'ъ', 'Ґ',
  'е\u0301', 'и\u0306', '\u0301', '\u0306\u0308', // combining marks, also stacked and leading
  '😀', '👩‍👩‍👧', '🇧🇾', '🏳️‍🌈', '\u{1F3FB}',
  '\u2028', '\u2029', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u0000', '\t', '\n', '\r\n',
  '"', '\\', '/', '<', '&', ' ',
);
const text = fc.oneof(
  { arbitrary: fc.string({ unit: tricky, maxLength: 60 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 60 }), weight: 2 },
);
const documentArbitrary = fc.record({
  schemaVersion: fc.constant(1),
  id: fc.uuid(),
  title: text,
  blocks: fc.array(fc.record({ id: fc.uuid(), lang: fc.constantFrom('en', 'be', 'ru'), text }, { noNullPrototype: true }), { maxLength: 5 }),
  notes: fc.dictionary(text, text, { maxKeys: 4, noNullPrototype: true }),
}, { noNullPrototype: true });

test('any Unicode text in a document survives stableStringify → atomicWriteFile → readDocumentFile → JSON.parse', async () => {
  const target = join(dir.path, 'article.json');
  await fc.assert(
    fc.asyncProperty(documentArbitrary, async (document) => {
      const json = stableStringify(document, { keyOrder: ['schemaVersion', 'id'] });
      await atomicWriteFile(nodeFsPort, target, json);
      const read = await readDocumentFile(nodeFsPort, target);
      if (!read.ok) throw new Error(`unreadable: ${read.reason}`);
      expect(read.text).toBe(json);
      expect(JSON.parse(read.text)).toStrictEqual(document);
      const bytes = await readFile(target);
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    }),
    { numRuns: 300 },
  );
});

test('text is never normalised: NFD and NFC spellings of the same letter stay distinct', async () => {
  const target = join(dir.path, 'article.json');
  const document = { nfd: 'и\u0306', nfc: 'й' };
  await atomicWriteFile(nodeFsPort, target, stableStringify(document));
  const read = await readDocumentFile(nodeFsPort, target);
  expect(read.ok && JSON.parse(read.text)).toStrictEqual(document);
});

test('lone surrogates inside a document survive too, because JSON escapes them', async () => {
  const target = join(dir.path, 'article.json');
  const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: fc.oneof(loneSurrogate, tricky), maxLength: 20 }), async (value) => {
      await atomicWriteFile(nodeFsPort, target, stableStringify({ value }));
      const read = await readDocumentFile(nodeFsPort, target);
      expect(read.ok && (JSON.parse(read.text) as { value: string }).value).toBe(value);
    }),
    { numRuns: 100 },
  );
});
