import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const entries = {
  main: './electron/main/index.ts',
  preload: './electron/preload/index.ts',
} as const;

// One build per entry (`--mode main` / `--mode preload`): built together, Rollup would move
// what both import into a shared chunk, and a sandboxed preload can `require` nothing but
// electron and a few polyfilled modules, so it must be a single self-contained file.
// Both are CommonJS, which a sandboxed preload requires.
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    build: {
      ssr: true,
      outDir: fileURLToPath(new URL('./dist/electron', import.meta.url)),
      emptyOutDir: false,
      sourcemap: true,
      target: 'node22',
      rollupOptions: {
        input: { [entry]: fileURLToPath(new URL(entries[entry], import.meta.url)) },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
    ssr: { noExternal: true, external },
  };
});
