import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is a static bundle: Electron serves it over the app:// protocol,
// and the development/test server serves the very same files over loopback.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Keep every asset a separate file: the CSP forbids data: URLs for scripts.
    assetsInlineLimit: 0,
    // One local bundle loaded from disk: chunk size is not a network cost here.
    chunkSizeWarningLimit: 2000,
  },
});
