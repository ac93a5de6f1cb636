import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// The PDF must look the same on every machine and never fall back to whatever the system
// has, so the fonts travel inside the page as data: URLs (Chromium embeds only the glyphs
// it used). Each subset carries its unicode-range, so a page without Cyrillic does not
// even decode the Cyrillic files.
const FAMILIES = [
  { family: 'PT Serif', pkg: '@fontsource/pt-serif', file: 'pt-serif' },
  { family: 'PT Sans', pkg: '@fontsource/pt-sans', file: 'pt-sans' },
] as const;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

const require = createRequire(import.meta.url);
let cached: Promise<string> | undefined;

async function familyFaces({ family, pkg, file }: (typeof FAMILIES)[number]): Promise<string[]> {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  const ranges = JSON.parse(await readFile(path.join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
  const faces: string[] = [];
  for (const subset of SUBSETS) {
    const range = ranges[subset];
    if (!range || !/^[U+0-9A-F,-]+$/i.test(range)) throw new Error(`${pkg}: no usable unicode-range for ${subset}`);
    for (const weight of WEIGHTS) {
      for (const style of STYLES) {
        const woff2 = await readFile(path.join(dir, 'files', `${file}-${subset}-${weight}-${style}.woff2`));
        faces.push(
          `@font-face { font-family: "${family}"; font-style: ${style}; font-weight: ${weight}; font-display: block; ` +
            `src: url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2"); unicode-range: ${range}; }`,
        );
      }
    }
  }
  return faces;
}

/**
 * `@font-face` rules for PT Serif and PT Sans (regular, bold, italic, bold italic; Latin and
 * Cyrillic with their extensions), read from the @fontsource packages once per process.
 */
export function embeddedFontFaces(): Promise<string> {
  cached ??= Promise.all(FAMILIES.map(familyFaces)).then((faces) => faces.flat().join('\n'));
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
