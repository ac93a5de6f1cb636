import { build } from 'vite';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// UI tests load the production renderer bundle; build it once per run when the
// sources are newer than the bundle.
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export default async function setup(): Promise<void> {
  const bundle = 'dist/renderer/index.html';
  if (!existsSync('renderer/index.html')) return;
  const sources = Math.max(newestMtime('renderer'), newestMtime('shared'), newestMtime('assets'));
  if (existsSync(bundle) && statSync(bundle).mtimeMs > sources) return;
  // vitest sets NODE_ENV=test, which would give a development React build; test what ships.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: 'vite.renderer.config.ts', mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
