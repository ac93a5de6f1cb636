import { afterEach, expect, test } from 'vitest';
import { access, readdir, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  acquireLibraryLock,
  LIBRARY_LOCK_DIR_NAME,
  LIBRARY_LOCK_OWNER_FILE_NAME,
  LibraryLockedError,
  type LibraryLock,
} from '../../../electron/services/fs/library-lock';
import { FsError } from '../../../electron/services/fs/fs-error';
import { spawnTsxChild, type LineChild } from '../../support/fs-child-process';
import { useTempDir } from '../../support/fs-temp-dir';

// proper-lockfile refuses anything shorter; the holder refreshes every STALE_MS / 2.
const STALE_MS = 2000;
const CHILD = 'tests/support/fs-lock-child.ts';

const dir = useTempDir('triptych-lock-');
const children: LineChild[] = [];
const locks: LibraryLock[] = [];

afterEach(async () => {
  for (const lock of locks.splice(0)) await lock.release();
  for (const { child, closed } of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await closed;
  }
});

function startHolder(...args: string[]): LineChild {
  const holder = spawnTsxChild(CHILD, [dir.path, String(STALE_MS), ...args]);
  children.push(holder);
  return holder;
}

async function nextEvent(holder: LineChild): Promise<{ event: string; pid: number; holder?: unknown }> {
  return JSON.parse(await holder.nextLine()) as { event: string; pid: number; holder?: unknown };
}

test('a second process is refused with LibraryLockedError naming the holder, until the holder releases', async () => {
  const first = startHolder();
  expect(await nextEvent(first)).toMatchObject({ event: 'acquired' });

  const second = startHolder();
  expect(await nextEvent(second)).toEqual({
    event: 'locked',
    pid: second.child.pid,
    holder: { pid: first.child.pid, hostname: hostname(), acquiredAt: expect.any(String) },
  });
  expect((await second.closed).code).toBe(3);

  // This process is another would-be writer too.
  const refused = await acquireLibraryLock(dir.path, { staleMs: STALE_MS }).catch((err: unknown) => err);
  expect(refused).toBeInstanceOf(LibraryLockedError);
  expect(refused).toMatchObject({ code: 'library-locked', holder: { pid: first.child.pid } });

  first.child.stdin?.write('release\n');
  expect(await nextEvent(first)).toMatchObject({ event: 'released' });
  expect(await readdir(dir.path)).toEqual([]);

  const third = startHolder();
  expect(await nextEvent(third)).toMatchObject({ event: 'acquired' });
});

test('the lock of a SIGKILLed holder is taken over once it has gone stale, not before', async () => {
  const holder = startHolder();
  expect(await nextEvent(holder)).toMatchObject({ event: 'acquired' });
  holder.child.kill('SIGKILL');
  await holder.closed;
  const killedAt = Date.now();

  // Freshly refreshed by the dead holder: still looks alive.
  await expect(acquireLibraryLock(dir.path, { staleMs: STALE_MS })).rejects.toBeInstanceOf(LibraryLockedError);

  const lock = await acquireLibraryLock(dir.path, { staleMs: STALE_MS, waitMs: 10_000 });
  locks.push(lock);
  const waited = Date.now() - killedAt;
  // The last refresh happened at most STALE_MS / 2 before the kill.
  expect(waited).toBeGreaterThanOrEqual(STALE_MS / 2 - 100);
  expect(waited).toBeLessThan(STALE_MS + 1500);
  expect(lock.compromised).toBe(false);
});

test('a lock that is removed under its holder is reported through onCompromised, not thrown', async () => {
  const compromised: Error[] = [];
  const lock = await acquireLibraryLock(dir.path, {
    staleMs: STALE_MS,
    onCompromised: (error) => {
      compromised.push(error);
      throw new Error('a throwing listener must not crash the process either');
    },
  });
  locks.push(lock);
  await rm(join(dir.path, LIBRARY_LOCK_DIR_NAME), { recursive: true });
  const deadline = Date.now() + STALE_MS * 2;
  while (compromised.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(compromised).toHaveLength(1);
  expect(lock.compromised).toBe(true);
  await expect(lock.release()).resolves.toBeUndefined();
});

test('release removes the lock and the owner note, is idempotent, and the library can be locked again', async () => {
  const lock = await acquireLibraryLock(dir.path, { staleMs: STALE_MS });
  expect((await stat(join(dir.path, LIBRARY_LOCK_DIR_NAME))).isDirectory()).toBe(true);
  await access(join(dir.path, LIBRARY_LOCK_OWNER_FILE_NAME));
  await lock.release();
  await lock.release();
  expect(await readdir(dir.path)).toEqual([]);
  const again = await acquireLibraryLock(dir.path, { staleMs: STALE_MS });
  locks.push(again);
  expect(again.lockPath).toBe(join(dir.path, LIBRARY_LOCK_DIR_NAME));
});

test('a missing library folder is a typed not-found error', async () => {
  await expect(acquireLibraryLock(join(dir.path, 'missing'))).rejects.toSatisfy(
    (err) => err instanceof FsError && err.code === 'not-found',
  );
});
