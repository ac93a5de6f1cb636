/**
 * `npm run bench:export`: every export format on an issue of 10 articles × 3 languages ×
 * ~1,200 words, against Debian's pandoc converting the same content in the same run, and
 * the PDF against the same Chromium printing the same HTML with no app code.
 *
 *   npx tsx scripts/bench-export/run.ts [--rounds 5]
 *
 * Both sides write their output files. Prints medians, ratios and PASS/FAIL. Exits non-zero only when the benchmark itself
 * cannot run (no pandoc, no Chromium); a missed target is printed, not thrown.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { DEFAULT_PUBLICATION } from '../../shared/export/publication';
import { languageEdition, type Edition } from '../../shared/export/language-edition';
import type { ExportedFile } from '../../shared/export/exported-file';
import { archiveFile } from '../../electron/services/export/archive/archive-file';
import type { EditionExporter, ExportContext } from '../../electron/services/export/edition-exporter';
import { EDITION_EXPORTERS } from '../../electron/services/export/edition-exporters';
import { HEADLESS_CHROMIUM_ARGS } from '../../electron/services/export/pdf/headless-chromium-args';
import { createChromiumPdfPrinter } from '../../electron/services/export/pdf/chromium-pdf-printer';
import { sourceAssetsDir } from '../../electron/services/source-assets-dir';
import { largeIssue } from './large-issue';

const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg >= 0 ? Number(process.argv[roundsArg + 1]) : 5;

function which(program: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) {
    console.error(`bench:export needs ${program} (apt-get install -y ${program})`);
    process.exit(2);
  }
  return found;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const pandoc = which('pandoc');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-bench-export-'));
const { input, wordsPerLanguage } = largeIssue();
const editions = new Map<Language, Edition>(LANGUAGES.map((lang) => [lang, languageEdition(input, lang, DEFAULT_PUBLICATION)]));
const assetsDir = sourceAssetsDir();

const printer = createChromiumPdfPrinter({ executablePath: chromiumPath });
const printedHtml = new Map<Language, string>();
const context = (capture = false): ExportContext => ({
  assetsDir,
  languages: LANGUAGES,
  printPdf: async (html) => {
    if (capture) printedHtml.set(html.match(/<html[^>]*lang="(\w\w)"/)?.[1] as Language, html);
    return printer.print(html);
  },
});

// Ours writes its files like pandoc does, so both sides pay for producing bytes on disk.
const ours = path.join(work, 'ours');
function writeAll(files: ExportedFile[]): ExportedFile[] {
  for (const file of files) {
    const target = path.join(ours, ...file.path.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
  return files;
}

async function allLanguages(exporter: EditionExporter, ctx = context()): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  for (const edition of editions.values()) files.push(...(await exporter(edition, ctx)));
  return writeAll(files);
}

// Inputs for pandoc: our own web page and Markdown of the same issue, one per language.
const pandocInputs = new Map<Language, { html: string; md: string }>();
for (const [lang, edition] of editions) {
  const web = await EDITION_EXPORTERS.html(edition, context());
  const md = await EDITION_EXPORTERS.md(edition, context());
  const htmlPath = path.join(work, `issue.${lang}.html`);
  const mdPath = path.join(work, `issue.${lang}.md`);
  fs.writeFileSync(htmlPath, String(web.find((f) => f.path.endsWith(`.${lang}.html`) && !f.path.includes('fragments'))?.content));
  fs.writeFileSync(mdPath, md.map((f) => String(f.content).replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n\n'));
  pandocInputs.set(lang, { html: htmlPath, md: mdPath });
}
const pandocRun = (args: string[]) => {
  for (const [lang, files] of pandocInputs) {
    const [from, to, ext] = args as [string, string, string];
    execFileSync(pandoc, ['-f', from, '-t', to, '-o', path.join(work, `out.${lang}.${ext}`), from === 'html' ? files.html : files.md]);
  }
};

// The PDF baseline: the very HTML the app prints, printed by a bare page of the same Chromium.
await allLanguages(EDITION_EXPORTERS.pdf, context(true));
const bareBrowser = await chromium.launch({
  executablePath: chromiumPath,
  args: [...HEADLESS_CHROMIUM_ARGS],
});
const barePage = await bareBrowser.newPage();
const barePrint = async () => {
  for (const html of printedHtml.values()) {
    await barePage.setContent(html, { waitUntil: 'load' });
    await barePage.pdf({ preferCSSPageSize: true, printBackground: true });
  }
};

interface Row {
  format: string;
  baseline: string;
  ours: number[];
  theirs: number[];
  target: number;
}
const rows: Row[] = [
  { format: 'html', baseline: 'pandoc markdown → html', ours: [], theirs: [], target: 1 },
  { format: 'email', baseline: 'pandoc markdown → html', ours: [], theirs: [], target: 1 },
  { format: 'docx', baseline: 'pandoc html → docx', ours: [], theirs: [], target: 1 },
  { format: 'md', baseline: 'pandoc html → markdown', ours: [], theirs: [], target: 1 },
  { format: 'archive', baseline: 'pandoc markdown → html', ours: [], theirs: [], target: 1 },
  { format: 'pdf', baseline: 'Chromium printing the same HTML', ours: [], theirs: [], target: 1.5 },
];
const ourRun: Record<string, () => Promise<unknown>> = {
  html: () => allLanguages(EDITION_EXPORTERS.html),
  email: () => allLanguages(EDITION_EXPORTERS.email),
  docx: () => allLanguages(EDITION_EXPORTERS.docx),
  md: () => allLanguages(EDITION_EXPORTERS.md),
  archive: async () => writeAll([archiveFile(input)]),
  pdf: () => allLanguages(EDITION_EXPORTERS.pdf),
};
const theirRun: Record<string, () => Promise<unknown> | unknown> = {
  html: () => pandocRun(['markdown', 'html5', 'html']),
  email: () => pandocRun(['markdown', 'html5', 'html']),
  docx: () => pandocRun(['html', 'docx', 'docx']),
  md: () => pandocRun(['html', 'gfm', 'md']),
  archive: () => pandocRun(['markdown', 'html5', 'html']),
  pdf: barePrint,
};

console.log(`Issue: ${input.articles.length} articles; words per language: ${LANGUAGES.map((l) => `${l} ${wordsPerLanguage[l]}`).join(', ')}`);
console.log(`pandoc: ${execFileSync(pandoc, ['--version'], { encoding: 'utf8' }).split('\n')[0]}; rounds: ${ROUNDS} (ours and baseline alternate; one warm-up round not counted)`);
for (let round = -1; round < ROUNDS; round++) {
  for (const row of rows) {
    // Alternate which side goes first so neither always gets the warmer machine.
    const first = round % 2 === 0;
    const a = first ? await time(ourRun[row.format]!) : 0;
    const b = await time(theirRun[row.format]!);
    const c = first ? 0 : await time(ourRun[row.format]!);
    if (round >= 0) {
      row.ours.push(a + c);
      row.theirs.push(b);
    }
  }
}

console.log('\nformat   ours (median, 3 languages)   baseline                               ratio   target   result');
for (const row of rows) {
  const ours = median(row.ours);
  const theirs = median(row.theirs);
  const ratio = ours / theirs;
  const pass = ratio <= row.target;
  console.log(
    `${row.format.padEnd(8)} ${`${ours.toFixed(1)} ms`.padEnd(28)} ${`${row.baseline} ${theirs.toFixed(1)} ms`.padEnd(38)} ${ratio.toFixed(3).padStart(6)}   ${(row.target === 1 ? '< 1' : `≤ ${row.target}`).padEnd(6)}   ${pass ? 'PASS' : 'FAIL'}`,
  );
}
await bareBrowser.close();
await printer.close();
fs.rmSync(work, { recursive: true, force: true });
