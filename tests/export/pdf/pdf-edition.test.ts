import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { exportFileNames } from '../../../shared/export/export-file-names';
import { languageEdition, type Edition } from '../../../shared/export/language-edition';
import { AppError } from '../../../shared/ipc/error-codes';
import { createChromiumPdfPrinter, type ChromiumPdfPrinter } from '../../../electron/services/export/pdf/chromium-pdf-printer';
import { exportPdfEdition } from '../../../electron/services/export/pdf/export-pdf-edition';
import { sourceAssetsDir } from '../../../electron/services/source-assets-dir';
import { requireProgram } from '../../support/browser-app';
import type { ProseDoc, ProseNode } from '../../../shared/domain/prose-doc';
import { walk } from '../../domain/sample-issue-fixtures';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';
import { pdfFonts, pdfPageSizes, pdfText, readerText } from './pdf-tools';

// The PDF edition as a reader gets it: A4, the words exactly as written (hyphenation only
// at line ends), the fonts inside the file, a cover, then each article from a new page with
// a running header and "page N of M". One Chromium prints everything.

const LOOK_DIR = '/tmp/look';
const PAGE_OF: Record<Language, (page: number, pages: number) => string> = {
  en: (n, m) => `Page ${n} of ${m}`,
  be: (n, m) => `Старонка ${n} з ${m}`,
  ru: (n, m) => `Страница ${n} из ${m}`,
};
const NUMBER: Record<Language, string> = { en: 'No. 1', be: '№ 1', ru: '№ 1' };

/**
 * A body's paragraphs and headings as printed: the text, with each web link's address
 * written after its words in parentheses (paper has no links to click).
 */
function printedBlocks(body: ProseDoc): string[] {
  const inline = (nodes: readonly ProseNode[]): string => {
    let out = '';
    nodes.forEach((node, i) => {
      if (node.type === 'hardBreak') out += '\n';
      if (node.type !== 'text') return;
      out += node.text ?? '';
      const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
      const nextHref = nodes[i + 1]?.marks?.find((m) => m.type === 'link')?.attrs?.href;
      if (typeof href === 'string' && /^https?:/.test(href) && nextHref !== href) out += ` (${href})`;
    });
    return out;
  };
  return walk(body)
    .filter((node) => node.type === 'paragraph' || node.type === 'heading')
    .map((node) => inline(node.content ?? []));
}

let tools: { pdftotext: string; pdffonts: string; pdfinfo: string; pdftoppm: string } | null = null;
let printer: ChromiumPdfPrinter | null = null;
let dir = '';
const editions = new Map<Language, Edition>();
const files = new Map<Language, string>();

async function printEdition(edition: Edition, name: string): Promise<string> {
  const [file] = await exportPdfEdition(edition, { assetsDir: sourceAssetsDir(), languages: LANGUAGES, printPdf: printer!.print });
  expect(file!.path).toBe(exportFileNames.pdf(edition.number, edition.lang));
  const target = path.join(dir, name);
  fs.writeFileSync(target, file!.content);
  return target;
}

beforeAll(async () => {
  const chromium = requireProgram('Chromium', [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']);
  const found = {
    pdftotext: requireProgram('pdftotext', ['pdftotext']),
    pdffonts: requireProgram('pdffonts', ['pdffonts']),
    pdfinfo: requireProgram('pdfinfo', ['pdfinfo']),
    pdftoppm: requireProgram('pdftoppm', ['pdftoppm']),
  };
  if (!chromium || !found.pdftotext || !found.pdffonts || !found.pdfinfo || !found.pdftoppm) return;
  tools = found as typeof tools;
  printer = createChromiumPdfPrinter({ executablePath: chromium });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-pdf-'));
  for (const lang of LANGUAGES) {
    const edition = languageEdition(issueForExportFixture(), lang, PUBLICATION);
    editions.set(lang, edition);
    files.set(lang, await printEdition(edition, `${lang}.pdf`));
  }
});

afterAll(async () => {
  await printer?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The text of each page, running header and page number removed, as a reader would copy it. */
async function pageTexts(lang: Language): Promise<string[]> {
  const edition = editions.get(lang)!;
  const header = `${edition.publicationName} · ${NUMBER[lang]} · ${edition.period}`;
  const pages = (await pdfText(tools!.pdftotext, files.get(lang)!)).split('\f').slice(0, -1);
  return pages.map((page, i) => {
    const lines = page.split('\n');
    const kept = i === 0 ? lines : lines.filter((line) => readerText(line) !== readerText(header) && readerText(line) !== PAGE_OF[lang](i + 1, pages.length));
    return readerText(kept.join('\n'));
  });
}

describe('PDF edition', () => {
  it.for(LANGUAGES)('%s: every title, lead, the period and whole paragraphs come back word for word', async (lang, ctx) => {
    if (!tools) return ctx.skip();
    const edition = editions.get(lang)!;
    const text = (await pageTexts(lang)).join(' ');
    expect(text).toContain(readerText(edition.period));
    expect(text).toContain(readerText(edition.publicationName));
    for (const article of edition.articles) {
      expect(text).toContain(readerText(article.title));
      expect(text).toContain(readerText(article.lead));
      expect(text).toContain(readerText(article.authors.join(', ')));
      for (const block of printedBlocks(article.body)) expect(text).toContain(readerText(block));
    }
    // The long paragraphs are where line-end hyphenation happens; they must still read exactly.
    const longest = edition.articles.flatMap((a) => printedBlocks(a.body)).sort((a, b) => b.length - a.length)[0]!;
    expect(longest.length).toBeGreaterThan(250);
    expect(text).toContain(readerText(longest));
  });

  it('hyphenates Belarusian and Russian at line ends with soft hyphens only', async (ctx) => {
    if (!tools) return ctx.skip();
    for (const lang of ['be', 'ru'] as const) {
      const layout = await pdfText(tools.pdftotext, files.get(lang)!, { layout: true });
      // A word broken at a line end: a soft hyphen (shown as "-") before the line break.
      expect(layout, lang).toMatch(/\p{L}\u00AD-?\s*\n\s*\p{L}/u);
    }
  });

  it.for(LANGUAGES)('%s: uses only PT Serif and PT Sans, embedded', async (lang, ctx) => {
    if (!tools) return ctx.skip();
    const fonts = await pdfFonts(tools.pdffonts, files.get(lang)!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+PT(Serif|Sans)-(Regular|Bold|Italic|BoldItalic)$/);
      expect(font.embedded, font.name).toBe(true);
    }
    const families = new Set(fonts.map((f) => f.name.replace(/^.*\+|-.*$/g, '')));
    expect([...families].sort()).toEqual(['PTSans', 'PTSerif']);
  });

  it.for(LANGUAGES)('%s: A4 pages, a cover, each article from a new page, running header and page numbers from page 2', async (lang, ctx) => {
    if (!tools) return ctx.skip();
    const edition = editions.get(lang)!;
    const sizes = await pdfPageSizes(tools.pdfinfo, files.get(lang)!);
    expect(sizes.length).toBe(1 + edition.articles.length);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(595.28, 0);
      expect(size.height).toBeCloseTo(841.89, 0);
    }
    const header = readerText(`${edition.publicationName} · ${NUMBER[lang]} · ${edition.period}`);
    const raw = (await pdfText(tools.pdftotext, files.get(lang)!, { layout: true })).split('\f').map(readerText);
    expect(raw[0]).not.toContain(header);
    expect(raw[0]).not.toContain(PAGE_OF[lang](1, sizes.length));
    const cover = (await pageTexts(lang))[0]!;
    for (const article of edition.articles) expect(cover).toContain(readerText(article.title));
    for (let page = 2; page <= sizes.length; page++) {
      expect(raw[page - 1]!.startsWith(header), `page ${page}: ${raw[page - 1]!.slice(0, 80)}`).toBe(true);
      expect(raw[page - 1]!.endsWith(PAGE_OF[lang](page, sizes.length)), `page ${page}`).toBe(true);
      expect(raw[page - 1]).toContain(readerText(edition.articles[page - 2]!.title));
    }
  });

  it('writes a hostile publication name into the running header as plain text', async (ctx) => {
    if (!tools) return ctx.skip();
    const name = 'Bulletin "A\\B" </style><b>x</b> ; } @page { \'q\'';
    const edition = languageEdition(issueForExportFixture(), 'en', { ...PUBLICATION, name: { ...PUBLICATION.name, en: name } });
    const file = await printEdition(edition, 'hostile.pdf');
    const page2 = readerText(await pdfText(tools.pdftotext, file, { first: 2, last: 2, layout: true }));
    expect(page2.startsWith(readerText(`${name} · No. 1 · ${edition.period}`))).toBe(true);
    expect(page2.endsWith('Page 2 of 4')).toBe(true);
  });

  it('renders pages 1 and 2 of the Belarusian PDF for a look', async (ctx) => {
    if (!tools) return ctx.skip();
    const { execFileSync } = await import('node:child_process');
    fs.mkdirSync(LOOK_DIR, { recursive: true });
    execFileSync(tools.pdftoppm, ['-png', '-r', '70', '-f', '1', '-l', '2', files.get('be')!, path.join(LOOK_DIR, 'pdf-be')]);
    expect(fs.readdirSync(LOOK_DIR).filter((f) => /^pdf-be-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(2);
  });

  it('needs Chromium: without a printer it fails with program-missing', async () => {
    const edition = languageEdition(issueForExportFixture(), 'en', PUBLICATION);
    const failure = await exportPdfEdition(edition, { assetsDir: sourceAssetsDir(), languages: ['en'], printPdf: null }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'program-missing', detail: 'Chromium' });
  });
});
