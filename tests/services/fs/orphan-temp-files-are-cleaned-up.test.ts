import { expect, test } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWriteFile, cleanupTempFiles, isAtomicWriteTempFile } from '../../../electron/services/fs/atomic-write';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { createFaultInjectingFs } from '../../support/fs-fault-injecting-fs';
import { useTempDir } from '../../support/fs-temp-dir';

const dir = useTempDir();

test('a save that could not clean up after itself leaves a temp file that cleanupTempFiles removes', async () => {
  const target = join(dir.path, 'Навіны.json');
  await writeFile(target, 'old');
  const faulty = createFaultInjectingFs(nodeFsPort, [
    { op: 'rename', code: 'EIO' },
    { op: 'unlink', code: 'EIO' },
  ]);
  await expect(atomicWriteFile(faulty.fs, target, 'new')).rejects.toMatchObject({ code: 'io-error' });
  const orphans = (await readdir(dir.path)).filter(isAtomicWriteTempFile);
  expect(orphans).toHaveLength(1);
  expect(orphans[0]).toMatch(/^\.Навіны\.json\.[0-9a-f]{12}\.tmp$/);

  expect(await cleanupTempFiles(nodeFsPort, dir.path)).toEqual(orphans);
  expect(await readdir(dir.path)).toEqual(['Навіны.json']);
  expect(await readFile(target, 'utf8')).toBe('old');
});

test('only our own temp files are removed: look-alikes, other files and folders stay', async () => {
  const ours = ['.article.json.0123456789ab.tmp', '.a.b.c.ffffffffffff.tmp'];
  const theirs = ['article.json', 'notes.tmp', '.article.json.tmp', '.article.json.0123456789AB.tmp', '.x.0123456789ab.tmp.bak'];
  for (const name of [...ours, ...theirs]) await writeFile(join(dir.path, name), 'x');
  await mkdir(join(dir.path, '.folder.0123456789ab.tmp'));
  expect((await cleanupTempFiles(nodeFsPort, dir.path)).sort()).toEqual([...ours].sort());
  expect((await readdir(dir.path)).sort()).toEqual([...theirs, '.folder.0123456789ab.tmp'].sort());
});

test('temp names stay short for long names, so a long Cyrillic name can still be saved', async () => {
  const target = join(dir.path, `${'ў'.repeat(120)}.json`); // 245 bytes: near the 255-byte limit
  await atomicWriteFile(nodeFsPort, target, 'ok');
  expect(await readFile(target, 'utf8')).toBe('ok');
});
