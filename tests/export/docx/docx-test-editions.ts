import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { exportDocxEdition } from '../../../electron/services/export/docx/export-docx-edition';
import { sourceAssetsDir } from '../../../electron/services/source-assets-dir';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import type { ProseDoc, ProseMark, ProseNode } from '../../../shared/domain/prose-doc';
import { languageEdition, type Edition, type EditionArticle } from '../../../shared/export/language-edition';
import { inlineText, walk } from '../../domain/sample-issue-fixtures';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';

// Shared by the DOCX tests: the fixture's three editions, an "edge" edition with what the
// fixture does not have (list starts, adjacent lists, hostile and in-document links, control
// characters), and helpers that read a DOCX the way Word does: as XML parts of a zip.

export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en-US', be: 'be-BY', ru: 'ru-RU' };

export function fixtureEditions(): Record<Language, Edition> {
  const input = issueForExportFixture();
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, languageEdition(input, lang, PUBLICATION)])) as Record<Language, Edition>;
}

const text = (value: string, ...marks: ProseMark[]): ProseNode => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
const link = (href: string) => ({ type: 'link', attrs: { href } });
const p = (...content: ProseNode[]): ProseNode => ({ type: 'paragraph', content });
const ol = (start: number, ...items: string[]): ProseNode => ({ type: 'orderedList', attrs: { start }, content: items.map((item) => ({ type: 'listItem', content: [p(text(item))] })) });

function edgeArticle(position: number, title: string, body: ProseDoc): EditionArticle {
  const id = `edge-${position}`;
  return {
    id,
    position,
    anchor: `article-${id}`,
    slug: `0${position}-edge`,
    slugs: { en: `0${position}-edge` },
    rubricId: 'economy',
    rubric: 'Economy',
    title,
    lead: 'Edge cases',
    authors: ['Test Author'],
    body,
    status: 'approved',
  };
}

/**
 * Bodies the editor can produce but the fixture does not contain. The body is used as is, not
 * validated, so the exporter's own link check (X2) is what stands between a hostile link and the file.
 */
export function edgeEdition(): Edition {
  const base = fixtureEditions().en;
  const first: ProseDoc = {
    type: 'doc',
    content: [
      p(text('Before the lists')),
      ol(1, 'One', 'Two'),
      ol(1, 'Again one', 'Again two'),
      p(text('Between')),
      ol(5, 'Five', 'Six'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Outer')), ol(1, 'Inner one', 'Inner two')] }] },
      p(text('hostile link', link('javascript:alert(1)'))),
      p(text('see the next article', link('#article-edge-2'))),
      p(text('dead anchor', link('#nowhere'))),
      p(text('Control\u0001char and\u0000nul\uFFFF')),
      { type: 'blockquote', content: [{ type: 'blockquote', content: [p(text('Nested quote'))] }] },
    ],
  };
  const second: ProseDoc = { type: 'doc', content: [p(text('The second body'))] };
  return { ...base, number: 99, articles: [edgeArticle(1, 'First edge article', first), edgeArticle(2, 'Second edge article', second)] };
}

/** Writes the edition's DOCX into `dir` and returns its path and bytes. */
export async function writeDocx(edition: Edition, dir: string): Promise<{ file: string; bytes: Uint8Array }> {
  const [exported] = await exportDocxEdition(edition, { assetsDir: sourceAssetsDir(), languages: LANGUAGES, printPdf: null });
  if (!exported || typeof exported.content === 'string') throw new Error('the DOCX export made no binary file');
  const file = path.join(dir, exported.path);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, exported.content);
  return { file, bytes: exported.content };
}

/** What a reader sees as separate lines of a body: each paragraph and heading, split at hard breaks. */
export function bodyLines(body: ProseDoc): string[] {
  return walk(body)
    .filter((node) => node.type === 'paragraph' || node.type === 'heading')
    .flatMap((node) => inlineText(node).split('\n'))
    .filter((line) => line.trim() !== '');
}

export function parseXml(xml: string): Document {
  return new JSDOM(xml, { contentType: 'application/xml' }).window.document;
}

/** The text of a WordprocessingML element: its `w:t` texts, in order. */
export function wordText(element: Element): string {
  return Array.from(element.getElementsByTagName('w:t'), (t) => t.textContent ?? '').join('');
}
