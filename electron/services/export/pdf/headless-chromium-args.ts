/**
 * Flags for Debian's Chromium run headless by playwright-core (the PDF printer, the UI
 * tests, the benchmarks): no sandbox helper (it may run as root in CI), no GPU, and none of
 * the background connections an offline machine would refuse at every start.
 */
export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];
