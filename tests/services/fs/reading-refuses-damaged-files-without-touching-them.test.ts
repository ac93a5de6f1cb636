import { expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { FsError } from '../../../electron/services/fs/fs-error';
import { readDocumentFile, type UnreadableReason } from '../../../electron/services/fs/read-text-file';
import { createFaultInjectingFs } from '../../support/fs-fault-injecting-fs';
import { useTempDir } from '../../support/fs-temp-dir';

// D9: raw bytes are checked before anything parses them, and reading never writes.
const dir = useTempDir();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const valid = utf8('{"title":"Навіны ў Мінску — ёлка’"}\n');

const damaged: Array<[string, Uint8Array, UnreadableReason]> = [
  ['an empty file', new Uint8Array(0), 'empty'],
  ['a NUL-filled file (torn write)', new Uint8Array(4096), 'nul-bytes'],
  ['JSON followed by NUL padding', new Uint8Array([...valid, 0, 0, 0, 0]), 'nul-bytes'],
  ['a NUL byte in the middle', new Uint8Array([...utf8('{"a":"'), 0, ...utf8('"}')]), 'nul-bytes'],
  ['a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...valid]), 'bom'],
  ['a lone continuation byte', new Uint8Array([...utf8('{"a":"'), 0x80, ...utf8('"}')]), 'invalid-utf8'],
  ['an overlong encoding of "/"', new Uint8Array([0xc0, 0xaf]), 'invalid-utf8'],
  ['a Cyrillic letter cut in half at the end', valid.subarray(0, utf8('{"title":"Н').length - 1), 'invalid-utf8'],
  ['Windows-1251 text', new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'invalid-utf8'],
  ['an encoded surrogate (CESU-8)', new Uint8Array([0xed, 0xa0, 0x80]), 'invalid-utf8'],
];

test.each(damaged)('%s is refused with the right reason and left byte-identical', async (_label, bytes, reason) => {
  const path = join(dir.path, 'article.json');
  await writeFile(path, bytes);
  const before = await stat(path);
  const result = await readDocumentFile(nodeFsPort, path);
  expect(result).toMatchObject({ ok: false, reason, hash: sha256(bytes) });
  expect(new Uint8Array(await readFile(path))).toEqual(bytes);
  expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
});

test('a truncated but valid UTF-8 file is returned as text: judging JSON is the caller’s job', async () => {
  const path = join(dir.path, 'article.json');
  const truncated = valid.subarray(0, 12);
  await writeFile(path, truncated);
  const result = await readDocumentFile(nodeFsPort, path);
  expect(result).toMatchObject({ ok: true, text: '{"title":"Н', hash: sha256(truncated) });
  expect(new Uint8Array(result.bytes ?? [])).toEqual(new Uint8Array(truncated));
});

test('a valid file gives its text, its bytes and their sha256, and is not modified', async () => {
  const path = join(dir.path, 'article.json');
  await writeFile(path, valid);
  const before = await stat(path);
  const result = await readDocumentFile(nodeFsPort, path);
  expect(result).toMatchObject({ ok: true, text: new TextDecoder().decode(valid), hash: sha256(valid) });
  expect(new Uint8Array(result.bytes ?? [])).toEqual(valid);
  const after = await stat(path);
  expect([after.mtimeMs, after.size]).toEqual([before.mtimeMs, before.size]);
});

test('a missing file is reported as not-found', async () => {
  expect(await readDocumentFile(nodeFsPort, join(dir.path, 'missing.json'))).toEqual({ ok: false, reason: 'not-found' });
});

test('a file over maxBytes is refused before it is read', async () => {
  const path = join(dir.path, 'big.json');
  await writeFile(path, valid);
  const faulty = createFaultInjectingFs(nodeFsPort);
  expect(await readDocumentFile(faulty.fs, path, { maxBytes: 10 })).toEqual({ ok: false, reason: 'too-large' });
  expect(faulty.calls.readFile).toBeUndefined();
});

test('other read failures throw a typed FsError', async () => {
  const path = join(dir.path, 'article.json');
  await writeFile(path, valid);
  const faulty = createFaultInjectingFs(nodeFsPort, { op: 'readFile', code: 'EACCES' });
  await expect(readDocumentFile(faulty.fs, path)).rejects.toMatchObject({ code: 'permission-denied', path });
  await mkdir(join(dir.path, 'folder.json'));
  await expect(readDocumentFile(nodeFsPort, join(dir.path, 'folder.json'))).rejects.toBeInstanceOf(FsError);
});
