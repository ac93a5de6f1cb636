import { expect, test } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWriteFile } from '../../../electron/services/fs/atomic-write';
import { FsError } from '../../../electron/services/fs/fs-error';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { createFaultInjectingFs } from '../../support/fs-fault-injecting-fs';
import { useTempDir } from '../../support/fs-temp-dir';

// D12: antivirus and sync clients briefly hold files on Windows; the rename is retried.
const dir = useTempDir();

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

test('a rename failing with EBUSY twice then succeeding saves, after backing off 20 then 40 ms', async () => {
  const target = join(dir.path, 'article.json');
  await writeFile(target, 'old');
  const faulty = createFaultInjectingFs(nodeFsPort, { op: 'rename', code: 'EBUSY', times: 2 });
  const { waits, sleep } = recordingSleep();
  await atomicWriteFile(faulty.fs, target, 'new', { retry: { sleep } });
  expect(await readFile(target, 'utf8')).toBe('new');
  expect(waits).toEqual([20, 40]);
  expect(faulty.calls.rename).toBe(3);
});

test.each(['EPERM', 'EACCES'])('a transient %s on rename is retried too', async (code) => {
  const target = join(dir.path, 'article.json');
  const faulty = createFaultInjectingFs(nodeFsPort, { op: 'rename', code, times: 1 });
  await atomicWriteFile(faulty.fs, target, 'new', { retry: { sleep: async () => {} } });
  expect(await readFile(target, 'utf8')).toBe('new');
});

test("a rename that stays busy fails loudly with FsError 'busy' after 5 retries, leaving the old file", async () => {
  const target = join(dir.path, 'article.json');
  await writeFile(target, 'old');
  const faulty = createFaultInjectingFs(nodeFsPort, { op: 'rename', code: 'EBUSY', times: Infinity });
  const { waits, sleep } = recordingSleep();
  const error = await atomicWriteFile(faulty.fs, target, 'new', { retry: { sleep } }).catch((err: unknown) => err);
  expect(error).toBeInstanceOf(FsError);
  expect(error).toMatchObject({ code: 'busy', errno: 'EBUSY', operation: 'rename' });
  expect(waits).toEqual([20, 40, 80, 160, 320]);
  expect(faulty.calls.rename).toBe(6);
  expect(await readFile(target, 'utf8')).toBe('old');
  expect(await readdir(dir.path)).toEqual(['article.json']);
});

test('other rename errors are not retried', async () => {
  const target = join(dir.path, 'article.json');
  const faulty = createFaultInjectingFs(nodeFsPort, { op: 'rename', code: 'EIO', times: 1 });
  const { waits, sleep } = recordingSleep();
  await expect(atomicWriteFile(faulty.fs, target, 'new', { retry: { sleep } })).rejects.toMatchObject({ code: 'io-error' });
  expect(waits).toEqual([]);
  expect(faulty.calls.rename).toBe(1);
});

test('without an injected sleep the backoff really waits', async () => {
  const target = join(dir.path, 'article.json');
  const faulty = createFaultInjectingFs(nodeFsPort, { op: 'rename', code: 'EBUSY', times: 2 });
  const started = performance.now();
  await atomicWriteFile(faulty.fs, target, 'new');
  expect(performance.now() - started).toBeGreaterThanOrEqual(55);
});
