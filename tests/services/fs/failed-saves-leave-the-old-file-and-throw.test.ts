import { describe, expect, test } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWriteFile } from '../../../electron/services/fs/atomic-write';
import { FsError, type FsErrorCode } from '../../../electron/services/fs/fs-error';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { createFaultInjectingFs, type FsOperation } from '../../support/fs-fault-injecting-fs';
import { useTempDir } from '../../support/fs-temp-dir';

// D3: a failure at any step of a save is loud, typed, and leaves no temp file behind.
const OLD = '{"title":"Стары тэкст ў файле"}\n';
const NEW = '{"title":"Новы тэкст — ёсць і ў’"}\n';
const noSleep = async () => {};

const STEPS_BEFORE_RENAME: FsOperation[] = ['open', 'write', 'sync', 'close', 'rename'];
const STEPS_AFTER_RENAME: FsOperation[] = ['openDirectory', 'syncDirectory'];
const ERRNOS: Array<[string, FsErrorCode]> = [
  ['ENOSPC', 'disk-full'],
  ['EACCES', 'permission-denied'],
  ['EPERM', 'permission-denied'],
  ['EIO', 'io-error'],
];

const dir = useTempDir();

async function saveWithFault(op: FsOperation, code: string, target: string): Promise<FsError> {
  // Every call from the first on fails, so the rename retries (D12) cannot hide a fault.
  const faulty = createFaultInjectingFs(nodeFsPort, { op, code, times: Infinity });
  const error = await atomicWriteFile(faulty.fs, target, NEW, { retry: { sleep: noSleep } }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(FsError);
  expect(faulty.injected.length).toBeGreaterThan(0);
  return error as FsError;
}

describe.each(ERRNOS)('with %s', (code, expectedCode) => {
  test.each(STEPS_BEFORE_RENAME)(
    `a failing %s leaves the target byte-identical, no temp file, and throws FsError '${expectedCode}'`,
    async (op) => {
      const target = join(dir.path, 'article.json');
      await writeFile(target, OLD);
      const error = await saveWithFault(op, code, target);
      expect(error).toMatchObject({ code: expectedCode, errno: code, path: target, targetReplaced: false });
      expect(await readFile(target, 'utf8')).toBe(OLD);
      expect(await readdir(dir.path)).toEqual(['article.json']);
    },
  );

  test.each(STEPS_BEFORE_RENAME)('a failing %s on a first save creates no file at all', async (op) => {
    const target = join(dir.path, 'new.json');
    await saveWithFault(op, code, target);
    expect(await readdir(dir.path)).toEqual([]);
  });

  // Saved means durable: after the rename the new bytes are in place, but until the folder
  // is fsynced a power cut could bring the old file back, so the save still fails.
  test.each(STEPS_AFTER_RENAME)(
    `a failing %s after the rename still throws FsError '${expectedCode}', marked targetReplaced`,
    async (op) => {
      const target = join(dir.path, 'article.json');
      await writeFile(target, OLD);
      const error = await saveWithFault(op, code, target);
      expect(error).toMatchObject({ code: expectedCode, errno: code, targetReplaced: true });
      expect(await readFile(target, 'utf8')).toBe(NEW);
      expect(await readdir(dir.path)).toEqual(['article.json']);
    },
  );
});

test('the error names the step that failed', async () => {
  const target = join(dir.path, 'article.json');
  await writeFile(target, OLD);
  const error = await saveWithFault('sync', 'EIO', target);
  expect(error.operation).toBe('sync');
  expect(error.message).toContain('io-error');
});

test('a write that stops short is continued until every byte is out', async () => {
  const target = join(dir.path, 'article.json');
  const big = 'ў'.repeat(50_000);
  const chunked = {
    ...nodeFsPort,
    open: async (path: string, flags: string, mode?: number) => {
      const handle = await nodeFsPort.open(path, flags, mode);
      return {
        ...handle,
        sync: () => handle.sync(),
        close: () => handle.close(),
        write: (buffer: Uint8Array, offset: number, length: number, position: number) =>
          handle.write(buffer, offset, Math.min(length, 777), position),
      };
    },
  };
  await atomicWriteFile(chunked, target, big);
  expect(await readFile(target, 'utf8')).toBe(big);
});

test('a string with a lone surrogate is refused before touching the disk (it would not round-trip)', async () => {
  const target = join(dir.path, 'article.json');
  await writeFile(target, OLD);
  await expect(atomicWriteFile(nodeFsPort, target, 'a\uD800b')).rejects.toThrow(TypeError);
  expect(await readFile(target, 'utf8')).toBe(OLD);
  expect(await readdir(dir.path)).toEqual(['article.json']);
});

test('bytes are written as given and strings as UTF-8 without BOM', async () => {
  const target = join(dir.path, 'article.json');
  await atomicWriteFile(nodeFsPort, target, 'ёж');
  expect([...(await readFile(target))]).toEqual([0xd1, 0x91, 0xd0, 0xb6]);
  await atomicWriteFile(nodeFsPort, target, new Uint8Array([0, 1, 2]));
  expect([...(await readFile(target))]).toEqual([0, 1, 2]);
});
