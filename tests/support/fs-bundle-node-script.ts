import { build } from 'vite';
import { join } from 'node:path';

/**
 * Bundles a TypeScript entry into one plain-Node ESM file, so tests that spawn it hundreds
 * of times pay node's ~50 ms start-up instead of ~200+ ms for `--import tsx`.
 * Returns the bundle's path.
 */
export async function bundleNodeScript(entry: string, outDir: string): Promise<string> {
  const fileName = 'bundle.mjs';
  await build({
    configFile: false,
    logLevel: 'warn',
    root: process.cwd(),
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
    ssr: { target: 'node' },
  });
  return join(outDir, fileName);
}
