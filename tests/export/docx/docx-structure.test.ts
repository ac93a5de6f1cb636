import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isAllowedHref } from '../../../shared/editor/link-policy';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { exportFileNames } from '../../../shared/export/export-file-names';
import { walk } from '../../domain/sample-issue-fixtures';
import { RICH_TEXTS } from '../support/issue-for-export-fixture';
import { edgeEdition, fixtureEditions, LANGUAGE_TAGS, parseXml, wordText, writeDocx } from './docx-test-editions';
import { readZipEntries } from './read-zip-entries';

// Reads the XML inside each DOCX: what Word and LibreOffice act on beyond the visible text
// (real list numbering, spelling language, link targets, styles, properties).

interface Parts {
  file: string;
  document: Document;
  rels: Map<string, { target: string; mode: string | null }>;
  numbering: Document;
  styles: Document;
  core: Document;
}

let work = '';
const parts = new Map<Language | 'edge', Parts>();
const editions = fixtureEditions();

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-docx-xml-'));
  for (const [key, edition] of [...LANGUAGES.map((lang) => [lang, editions[lang]] as const), ['edge', edgeEdition()] as const]) {
    const { file, bytes } = await writeDocx(edition, work);
    const zip = readZipEntries(bytes);
    const part = (name: string) => parseXml(zip.get(name) ?? '');
    const rels = new Map(
      Array.from(part('word/_rels/document.xml.rels').getElementsByTagName('Relationship'), (r) => [
        r.getAttribute('Id')!,
        { target: r.getAttribute('Target')!, mode: r.getAttribute('TargetMode') },
      ]),
    );
    parts.set(key, { file, document: part('word/document.xml'), rels, numbering: part('word/numbering.xml'), styles: part('word/styles.xml'), core: part('docProps/core.xml') });
  }
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const paragraphs = (doc: Document) => Array.from(doc.getElementsByTagName('w:p'));
function paragraphWithText(doc: Document, text: string): Element {
  const found = paragraphs(doc).find((p) => wordText(p) === text);
  if (!found) throw new Error(`no paragraph reads "${text}"`);
  return found;
}
const childValue = (element: Element | undefined, tag: string) => element?.getElementsByTagName(tag)[0]?.getAttribute('w:val') ?? null;
const styleOf = (p: Element) => childValue(p.getElementsByTagName('w:pPr')[0], 'w:pStyle');
function runWithText(doc: Document, text: string): Element {
  const found = Array.from(doc.getElementsByTagName('w:r')).find((r) => wordText(r) === text);
  if (!found) throw new Error(`no run reads "${text}"`);
  return found;
}
/** A run property that is on: present, and not `w:val="false"`. */
const isOn = (run: Element, tag: string) => Array.from(run.getElementsByTagName(tag)).some((el) => !['false', '0'].includes(el.getAttribute('w:val') ?? 'true'));

/** The number format of a list paragraph: follows numId → abstractNum → level. */
function listFormat(parts: Parts, p: Element): { format: string; level: number } {
  const numPr = p.getElementsByTagName('w:numPr')[0];
  if (!numPr) throw new Error(`"${wordText(p)}" is not a numbered paragraph`);
  const level = Number(childValue(numPr, 'w:ilvl'));
  const numId = childValue(numPr, 'w:numId');
  const num = Array.from(parts.numbering.getElementsByTagName('w:num')).find((n) => n.getAttribute('w:numId') === numId)!;
  const abstractId = childValue(num, 'w:abstractNumId');
  const abstract = Array.from(parts.numbering.getElementsByTagName('w:abstractNum')).find((a) => a.getAttribute('w:abstractNumId') === abstractId)!;
  const lvl = Array.from(abstract.getElementsByTagName('w:lvl')).find((l) => l.getAttribute('w:ilvl') === String(level))!;
  return { format: childValue(lvl, 'w:numFmt')!, level };
}

describe.each(LANGUAGES)('the %s DOCX, read as XML', (lang) => {
  const get = () => parts.get(lang)!;
  const rich = () => RICH_TEXTS[lang];

  test('is saved under the export file name', () => {
    expect(path.relative(work, get().file).split(path.sep).join('/')).toBe(exportFileNames.docx(1, lang));
  });

  test('marks every run, the default style and the document properties with the edition language', () => {
    const { document, styles, core } = get();
    const textRuns = Array.from(document.getElementsByTagName('w:r')).filter((r) => wordText(r) !== '');
    expect(textRuns.length).toBeGreaterThan(40);
    for (const run of textRuns) expect(childValue(run.getElementsByTagName('w:rPr')[0], 'w:lang'), wordText(run)).toBe(LANGUAGE_TAGS[lang]);
    expect(childValue(styles.getElementsByTagName('w:rPrDefault')[0], 'w:lang')).toBe(LANGUAGE_TAGS[lang]);
    expect(core.getElementsByTagName('dc:language')[0]?.textContent).toBe(LANGUAGE_TAGS[lang]);
    expect(core.getElementsByTagName('dc:creator')[0]?.textContent).toBe('Triptych');
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toContain(editions[lang].publicationName);
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toContain(editions[lang].period);
  });

  test('makes lists real Word lists: bullets, nested levels and numbers, never typed characters', () => {
    const p = get();
    for (const item of rich().items) expect(listFormat(p, paragraphWithText(p.document, item))).toEqual({ format: 'bullet', level: 0 });
    expect(listFormat(p, paragraphWithText(p.document, rich().nested))).toEqual({ format: 'bullet', level: 1 });
    for (const step of rich().steps) expect(listFormat(p, paragraphWithText(p.document, step))).toEqual({ format: 'decimal', level: 0 });
    for (const para of paragraphs(p.document)) expect(wordText(para)).not.toMatch(/^\s*(?:[•◦▪·-]|\d+[.)])\s/);
  });

  test('writes bold, italic and strike-through as run formatting', () => {
    const { document } = get();
    const [, bold, italic, struck] = rich().intro;
    expect(isOn(runWithText(document, bold), 'w:b')).toBe(true);
    expect(isOn(runWithText(document, italic), 'w:i')).toBe(true);
    expect(isOn(runWithText(document, italic), 'w:b')).toBe(false);
    expect(isOn(runWithText(document, struck), 'w:strike')).toBe(true);
    const both = runWithText(document, rich().items[1]);
    expect([isOn(both, 'w:b'), isOn(both, 'w:i')]).toEqual([true, true]);
    expect(isOn(runWithText(document, rich().intro[0]), 'w:b')).toBe(false);
  });

  test('links every linked text to its address, as an external hyperlink', () => {
    const p = get();
    const expected = editions[lang].articles.flatMap((article) =>
      walk(article.body).flatMap((node) => (node.marks ?? []).filter((m) => m.type === 'link').map((m) => [node.text, m.attrs?.href])),
    );
    const written = Array.from(p.document.getElementsByTagName('w:hyperlink'))
      .filter((h) => h.hasAttribute('r:id'))
      .map((h) => {
        const rel = p.rels.get(h.getAttribute('r:id')!)!;
        expect(rel.mode).toBe('External');
        return [wordText(h), rel.target];
      });
    expect(written).toEqual(expected);
    expect(written).toContainEqual([rich().items[2], 'https://example.org/report?a=1&b=2']);
    expect(written).toContainEqual([rich().closing[1], 'mailto:desk@example.org']);
  });

  test('uses headings, quote, lead and rubric styles, a ruled line, and starts each article on a new page', () => {
    const { document } = get();
    const edition = editions[lang];
    for (const article of edition.articles) {
      expect(styleOf(paragraphWithText(document, article.title))).toBe('Heading1');
      expect(styleOf(paragraphWithText(document, article.lead))).toBe('Lead');
    }
    expect(styleOf(paragraphWithText(document, rich().h2))).toBe('Heading2');
    expect(styleOf(paragraphWithText(document, rich().h3))).toBe('Heading3');
    expect(styleOf(paragraphWithText(document, rich().quote))).toBe('Quote');
    const rubrics = paragraphs(document).filter((p) => styleOf(p) === 'Rubric');
    expect(rubrics.map(wordText)).toEqual(edition.articles.map((a) => a.rubric));
    expect(rubrics.map((p) => p.getElementsByTagName('w:pageBreakBefore').length > 0)).toEqual(edition.articles.map((_, i) => i > 0));
    const quoteIndex = paragraphs(document).indexOf(paragraphWithText(document, rich().quote));
    const rule = paragraphs(document)[quoteIndex + 1]!;
    expect(wordText(rule)).toBe('');
    expect(rule.getElementsByTagName('w:pBdr')[0]?.getElementsByTagName('w:bottom')).toHaveLength(1);
  });

  test('links each contents entry to its article', () => {
    const { document } = get();
    const internal = Array.from(document.getElementsByTagName('w:hyperlink')).filter((h) => h.hasAttribute('w:anchor'));
    const bookmarks = new Map(Array.from(document.getElementsByTagName('w:bookmarkStart'), (b) => [b.getAttribute('w:name'), b.parentElement!]));
    expect(internal.map(wordText)).toEqual(editions[lang].articles.map((a) => a.title));
    for (const [i, link] of internal.entries()) expect(wordText(bookmarks.get(link.getAttribute('w:anchor'))!)).toBe(editions[lang].articles[i]!.rubric);
  });
});

describe('links outside the policy and in-document anchors', () => {
  test('writes no hyperlink for a disallowed address, a bookmark link for an article anchor, and text for an unknown anchor', () => {
    const p = parts.get('edge')!;
    for (const { target } of p.rels.values()) expect(target).not.toMatch(/javascript/i);
    const links = Array.from(p.document.getElementsByTagName('w:hyperlink'));
    const external = links.filter((h) => h.hasAttribute('r:id')).map((h) => p.rels.get(h.getAttribute('r:id')!)!.target);
    expect(external.every((href) => isAllowedHref(href))).toBe(true);
    const anchored = links.filter((h) => h.getAttribute('w:anchor') !== null && wordText(h) === 'see the next article');
    expect(anchored).toHaveLength(1);
    const target = Array.from(p.document.getElementsByTagName('w:bookmarkStart')).find((b) => b.getAttribute('w:name') === anchored[0]!.getAttribute('w:anchor'));
    expect(wordText(target!.parentElement!)).toBe('Economy');
    expect(paragraphs(p.document).indexOf(target!.parentElement!)).toBeGreaterThan(paragraphs(p.document).indexOf(paragraphWithText(p.document, 'see the next article')));
    for (const text of ['hostile link', 'dead anchor']) expect(links.some((h) => wordText(h) === text)).toBe(false);
    expect(paragraphWithText(p.document, 'Controlchar andnul')).toBeDefined();
  });
});
