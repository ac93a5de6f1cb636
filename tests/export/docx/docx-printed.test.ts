import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { requireProgram } from '../../support/browser-app';
import { convertWithLibreOffice } from './convert-with-libreoffice';
import { fixtureEditions, writeDocx } from './docx-test-editions';

// Prints the Belarusian DOCX through LibreOffice, as an editor would before sending it on,
// checks the pagination a reader sees, and leaves page 1 as a PNG in /tmp/look to look at.

const run = promisify(execFile);
const LOOK_DIR = '/tmp/look';

// This machine has no PT fonts. Word would fall back to the alternatives the export lists in
// its font table (Times New Roman, Arial); LibreOffice goes by fontconfig, so the same metric
// twins (Liberation Serif and Sans) are named here, so the picture shows the intended kinds of type.
const FONTCONFIG = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>PT Serif</family><prefer><family>Liberation Serif</family></prefer></alias>
  <alias binding="same"><family>PT Sans</family><prefer><family>Liberation Sans</family></prefer></alias>
</fontconfig>
`;

let work = '';
let pdf: string | null = null;
let poppler: { pdftotext: string; pdftoppm: string } | null = null;
const edition = fixtureEditions().be;

beforeAll(async () => {
  const soffice = requireProgram('LibreOffice', ['soffice', 'libreoffice']);
  const pdftotext = requireProgram('pdftotext', ['pdftotext']);
  const pdftoppm = requireProgram('pdftoppm', ['pdftoppm']);
  if (!soffice || !pdftotext || !pdftoppm) return;
  poppler = { pdftotext, pdftoppm };
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-docx-print-'));
  const fontconfig = path.join(work, 'fonts.conf');
  fs.writeFileSync(fontconfig, FONTCONFIG);
  const { file } = await writeDocx(edition, work);
  pdf = (await convertWithLibreOffice(soffice, [file], 'pdf', work, { ...process.env, FONTCONFIG_FILE: fontconfig }))[0] ?? null;
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** The PDF's pages as text (pdftotext ends each page with a form feed). */
async function pagesText(): Promise<string[]> {
  const { stdout } = await run(poppler!.pdftotext, ['-layout', pdf!, '-']);
  return stdout.split('\f').slice(0, -1);
}

test('prints the title block and contents on page 1, and starts every article on a page of its own', async (ctx) => {
  if (!pdf || !poppler) return ctx.skip();
  const pages = (await pagesText()).map((page) => page.replace(/\s+/g, ' '));
  expect(pages).toHaveLength(edition.articles.length);
  expect(pages[0]).toContain(edition.publicationName);
  // The contents heading is set in capitals by its style.
  expect(pages[0]).toContain('ЗМЕСТ');
  edition.articles.forEach((article, i) => {
    const page = pages[i]!;
    expect(page).toContain(article.title);
    // The footer numbers pages in Belarusian, with the total.
    expect(page).toContain(`Старонка ${i + 1} з ${edition.articles.length}`);
    // The rubric (in letter-spaced small capitals) is the first thing on each later page.
    const squeezed = (text: string) => text.replace(/\s/g, '').toLocaleUpperCase('be');
    if (i > 0) expect(squeezed(page).startsWith(squeezed(article.rubric))).toBe(true);
  });
});

test('renders page 1 to /tmp/look/docx-be-page1.png', async (ctx) => {
  if (!pdf || !poppler) return ctx.skip();
  fs.mkdirSync(LOOK_DIR, { recursive: true });
  const stem = path.join(LOOK_DIR, 'docx-be-page1');
  await run(poppler.pdftoppm, ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
  const png = fs.readFileSync(`${stem}.png`);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.byteLength).toBeGreaterThan(20_000);
});
