import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

// A sandboxed preload runs with a polyfilled `require` that knows only these modules;
// anything else (a chunk file, a Node built-in) throws and the page gets no API at all.
// Nothing else catches this on CI: there is no Electron binary to load the preload.
const SANDBOX_REQUIRABLE = new Set(['electron', 'events', 'timers', 'url']);

const tempDirs: string[] = [];
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function requiresOf(file: string): Promise<string[]> {
  const code = await readFile(file, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''))].sort();
}

async function outputDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'triptych-preload-'));
  tempDirs.push(dir);
  return dir;
}

describe('the sandboxed preload bundle', () => {
  it('bundles, on its own, into one file that requires nothing but electron', async () => {
    const outDir = await outputDir();
    const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        ssr: true,
        outDir,
        emptyOutDir: true,
        target: 'node22',
        rollupOptions: { input: { preload: path.resolve('electron/preload/index.ts') }, external, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
      },
      ssr: { noExternal: true, external },
    });
    expect(await readdir(outDir)).toEqual(['preload.cjs']);
    const requires = await requiresOf(path.join(outDir, 'preload.cjs'));
    expect(requires.filter((name) => !SANDBOX_REQUIRABLE.has(name))).toEqual([]);
  }, 60_000);

  it('is what the project build emits as dist/electron/preload.cjs', async () => {
    const outDir = await outputDir();
    await build({ configFile: path.resolve('vite.electron.config.ts'), mode: 'preload', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    expect(await readdir(outDir)).toContain('preload.cjs');
    const requires = await requiresOf(path.join(outDir, 'preload.cjs'));
    expect(requires.filter((name) => !SANDBOX_REQUIRABLE.has(name))).toEqual([]);
  }, 60_000);
});
