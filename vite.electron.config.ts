import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const builtins = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
// The main process loads these from node_modules at run time (electron-builder ships the
// production dependencies): jsdom, mjml and the font packages read files that sit beside
// their own code, which bundling would break. Everything else (electron-store and conf are
// ESM-only) is bundled, and the sandboxed preload, which can require nothing, bundles all.
const RUNTIME_LOADED = ['jsdom', 'mjml', 'mammoth', 'docx', 'markdown-it', 'yaml', 'mustache', 'hyphen', '@fontsource/pt-serif', '@fontsource/pt-sans'];
const declared = Object.keys(
  (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies,
);
const missing = RUNTIME_LOADED.filter((name) => !declared.includes(name));
if (missing.length) throw new Error(`not production dependencies: ${missing.join(', ')}`);
const dependencyPattern = new RegExp(`^(${RUNTIME_LOADED.map((d) => d.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`);

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
  const external = entry === 'main' ? [...builtins, dependencyPattern] : builtins;
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
    ssr: { noExternal: true, external: entry === 'main' ? [...builtins, ...RUNTIME_LOADED] : builtins },
  };
});
