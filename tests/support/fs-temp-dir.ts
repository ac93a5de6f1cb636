import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh temp folder per test, removed afterwards; read `.path` inside a test. */
export function useTempDir(prefix = 'triptych-fs-'): { readonly path: string } {
  let current: string | undefined;
  beforeEach(async () => {
    current = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    if (current) await rm(current, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get path() {
      if (!current) throw new Error('useTempDir: only available inside a test');
      return current;
    },
  };
}
