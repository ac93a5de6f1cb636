import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { nodeFsPort, type FsPort } from '../../electron/services/fs/fs-port';
import type { Library } from '../../electron/services/library/library';
import { openLibrary } from '../../electron/services/library/open-library';
import { seededRandom } from '../support/fs-seeded-random';

// The import and archive tests open a real library folder with the library service itself
// (not the whole createServices, whose export handlers are not what these tests are about).

export interface TempLibrary {
  dir: string;
  library: Library;
  /** Sets the clock the library reads; every reading is one millisecond after the previous one. */
  setNow(iso: string): void;
}

const open: Library[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const library of open.splice(0)) await library.close().catch(() => {});
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'triptych-import-'));
  dirs.push(dir);
  return dir;
}

/** A new library in a temporary folder (seeded ids, a hand-set clock); `fs` may inject faults. */
export async function openTempLibrary(options: { fs?: FsPort; seed?: number } = {}): Promise<TempLibrary> {
  const dir = join(await makeTempDir(), 'Triptych Library');
  let now = Date.parse('2025-03-12T10:00:00.000Z');
  const library = await openLibrary({
    dir,
    fs: options.fs ?? nodeFsPort,
    now: () => new Date(now++),
    random: seededRandom(options.seed ?? 7),
    // Rename retries back off without costing the test suite wall time.
    writeOptions: { retry: { sleep: async () => {} } },
  });
  open.push(library);
  return {
    dir,
    library,
    setNow(iso) {
      now = Date.parse(iso);
    },
  };
}
