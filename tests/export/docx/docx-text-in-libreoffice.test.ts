import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import type { Edition } from '../../../shared/export/language-edition';
import { requireProgram } from '../../support/browser-app';
import { convertWithLibreOffice } from './convert-with-libreoffice';
import { bodyLines, edgeEdition, fixtureEditions, writeDocx } from './docx-test-editions';

// Opens every exported DOCX in LibreOffice (as a reader without Word would) and reads back
// its text: every word an editor wrote must come out exactly, in order, in every language.

const LABELS: Record<Language, { issue: string; author: string; authors: string; contents: string }> = {
  en: { issue: 'No.\u00a0', author: 'Author', authors: 'Authors', contents: 'Contents' },
  be: { issue: '№\u00a0', author: 'Аўтар', authors: 'Аўтары', contents: 'Змест' },
  ru: { issue: '№\u00a0', author: 'Автор', authors: 'Авторы', contents: 'Содержание' },
};

const TRICKY_CHARACTERS: Record<Language, string[]> = {
  en: ['“', '’', '\u00a0'],
  be: ['ў', 'і', '«', '»', '—', '\u00a0'],
  ru: ['ё', '«', '»', '—', '\u00a0'],
};

const normalise = (line: string) => line.replace(/^\uFEFF/, '').replace(/[\u00a0\u202f]/g, ' ').trim();
/** LibreOffice writes a list item's bullet or number before its text. */
const LIST_LABEL = /^(?:[•◦▪]|\d+\.)\s+/;

/** Finds `expected` lines in `lines` in the same order (other lines may sit between them). */
function expectInOrder(lines: readonly string[], expected: readonly string[]): void {
  let at = 0;
  for (const want of expected.map(normalise)) {
    const found = lines.findIndex((line, i) => i >= at && (line === want || line.replace(LIST_LABEL, '') === want));
    if (found < 0) throw new Error(`"${want}" not found (in order) after line ${at}:\n${lines.slice(at, at + 12).join('\n')}`);
    at = found + 1;
  }
}

let work = '';
let soffice: string | null = null;
const texts = new Map<string, string[]>();
const editions = fixtureEditions();

beforeAll(async () => {
  soffice = requireProgram('LibreOffice', ['soffice', 'libreoffice']);
  if (!soffice) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-docx-text-'));
  const written = await Promise.all([...LANGUAGES.map((lang) => writeDocx(editions[lang], work)), writeDocx(edgeEdition(), work)]);
  const keys = [...LANGUAGES, 'edge'];
  // All four files in one LibreOffice start: it takes seconds to start.
  const converted = await convertWithLibreOffice(soffice, written.map((w) => w.file), 'txt:Text (encoded):UTF8', work);
  converted.forEach((file, i) => texts.set(keys[i]!, fs.readFileSync(file, 'utf8').split(/\r?\n/).map(normalise)));
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function expectedLines(edition: Edition): string[] {
  const labels = LABELS[edition.lang];
  return [
    edition.publicationName,
    `${labels.issue}${edition.number}  ·  ${edition.period}`,
    labels.contents,
    ...edition.articles.flatMap((article) => [
      article.rubric,
      article.title,
      article.lead,
      `${article.authors.length === 1 ? labels.author : labels.authors}: ${article.authors.join(', ')}`,
      ...bodyLines(article.body),
    ]),
  ];
}

describe.each(LANGUAGES)('the %s DOCX read back by LibreOffice', (lang) => {
  test('has the title block, and every rubric, title, lead, author, heading, list item, quote and paragraph, exactly and in order', (ctx) => {
    if (!soffice) return ctx.skip();
    const expected = expectedLines(editions[lang]);
    // The texts checked do contain what breaks in careless encodings (ў, і, ё, «», —, NBSP).
    for (const char of TRICKY_CHARACTERS[lang]) expect(expected.join('\n')).toContain(char);
    expectInOrder(texts.get(lang)!, expected);
  });

  test('numbers and bullets its lists the way the editor made them', (ctx) => {
    if (!soffice) return ctx.skip();
    const lines = texts.get(lang)!;
    const rich = editions[lang].articles.at(-1)!;
    const items = (rich.body.content ?? []).find((node) => node.type === 'bulletList')!;
    const firstItem = bodyLines({ type: 'doc', content: [items] })[0]!;
    expect(lines).toContain(`• ${normalise(firstItem)}`);
    const steps = bodyLines({ type: 'doc', content: (rich.body.content ?? []).filter((node) => node.type === 'orderedList') });
    expectInOrder(lines, [`1. ${steps[0]}`, `2. ${steps[1]}`]);
  });
});

describe('lists, links and odd text the fixture does not have', () => {
  test('every numbered list starts at its own start, including a list right after another', (ctx) => {
    if (!soffice) return ctx.skip();
    expectInOrder(texts.get('edge')!, ['1. One', '2. Two', '1. Again one', '2. Again two', 'Between', '5. Five', '6. Six', '• Outer', '1. Inner one', '2. Inner two']);
  });

  test('keeps the text of links it does not write, and drops only invisible control characters', (ctx) => {
    if (!soffice) return ctx.skip();
    expectInOrder(texts.get('edge')!, ['hostile link', 'see the next article', 'dead anchor', 'Controlchar andnul', 'Nested quote', 'The second body']);
  });
});
