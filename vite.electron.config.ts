import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const external = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Main and preload are bundled as CommonJS: a sandboxed preload cannot be an ES module.
export default defineConfig({
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('./dist/electron', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'node22',
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./electron/main/index.ts', import.meta.url)),
        preload: fileURLToPath(new URL('./electron/preload/index.ts', import.meta.url)),
      },
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
  ssr: { noExternal: true, external },
});
