import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Inputs of the renderer bundle, relative to the repository root. */
const BUNDLE_INPUTS = ['renderer', 'shared', 'assets', 'vite.renderer.config.ts'];

function newestMtime(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/renderer is missing or older than any of its inputs. */
export function rendererBundleIsStale(repoRoot: string): boolean {
  const index = path.join(repoRoot, 'dist', 'renderer', 'index.html');
  const built = newestMtime(index);
  if (built === 0) return true;
  return BUNDLE_INPUTS.some((input) => newestMtime(path.join(repoRoot, input)) > built);
}

/**
 * Builds dist/renderer with vite.renderer.config.ts when it is missing or stale, so
 * `npm run dev:browser` always serves the sources as they are. Returns whether it built.
 */
export async function ensureRendererBundle(repoRoot: string): Promise<boolean> {
  if (!rendererBundleIsStale(repoRoot)) return false;
  await build({ configFile: path.join(repoRoot, 'vite.renderer.config.ts'), logLevel: 'warn' });
  return true;
}
