import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSchema, type JSONContent } from '@tiptap/core';
import { DOMParser as ProseMirrorDOMParser, type Schema } from '@tiptap/pm/model';
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import { createEditorExtensions } from '../../../shared/editor/editor-extensions';
import { schemaContentProblems } from '../../support/schema-content-problems';
import { cleanPastedHtml } from '../../../shared/editor/paste/clean-pasted-html';

// A string, not `new URL(…)`: in a jsdom-environment test `URL` is jsdom's, which Node's fileURLToPath refuses.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/paste');

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

let schema: Schema | null = null;
function articleSchema(): Schema {
  schema ??= getSchema(createEditorExtensions());
  return schema;
}

export interface PasteResult {
  /** The HTML the cleaner hands to the schema. */
  html: string;
  /** The document the real article schema makes of it. */
  doc: JSONContent;
}

/**
 * Clipboard HTML → the cleaner (on an inert jsdom document: no scripts, no resources, as
 * DOMParser in the editor) → ProseMirror's parser with the real article schema.
 */
export function pasteThroughSchema(clipboardHtml: string): PasteResult {
  const clipboard = new JSDOM(clipboardHtml);
  const html = cleanPastedHtml(clipboard.window.document);
  const target = new JSDOM(`<!DOCTYPE html><body>${html}</body>`);
  const doc = ProseMirrorDOMParser.fromSchema(articleSchema()).parse(target.window.document.body).toJSON() as JSONContent;
  return { html, doc };
}

/** Walks the document JSON: only the schema's node types, marks and attribute values we allow. */
export function expectOnlyAllowedContent(doc: JSONContent): void {
  expect(schemaContentProblems(doc, { blockIds: 'none' })).toEqual([]);
}

/** Nothing executable or loadable is left in the cleaned HTML. */
export function expectInertHtml(html: string): void {
  expect(html).not.toMatch(/<(script|style|iframe|frame|img|svg|math|object|embed|meta|link|base|form|input|button|noscript|template|video|audio|source)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(javascript|vbscript|data|file):/i);
  expect(html).not.toMatch(/\s(src|srcdoc|action|formaction|xlink:href|class|id|title|target)\s*=/i);
}

/** The document without block ids (an editor gives pasted blocks fresh ones; parsing alone gives none). */
export function withoutBlockIds(doc: JSONContent): JSONContent {
  return JSON.parse(JSON.stringify(doc, (key, value: unknown) => (key === 'blockId' ? undefined : value))) as JSONContent;
}

/** Plain text of a node and everything in it. */
export function textOf(node: JSONContent | undefined): string {
  if (!node) return '';
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('');
}

/** The top-level blocks as [type, text], for structure assertions. */
export function outline(doc: JSONContent): Array<[string, string]> {
  return (doc.content ?? []).map((block) => [
    block.type === 'heading' ? `h${String(block.attrs?.level)}` : (block.type ?? '?'),
    textOf(block).replace(/\s+/g, ' ').trim(),
  ]);
}

/** Every text run with its marks, as "text|bold,italic". */
export function markedRuns(doc: JSONContent): string[] {
  const runs: string[] = [];
  const visit = (node: JSONContent): void => {
    if (node.type === 'text' && node.marks?.length) {
      runs.push(`${node.text ?? ''}|${node.marks.map((m) => (m.type === 'link' ? `link:${String(m.attrs?.href)}` : m.type)).join(',')}`);
    }
    node.content?.forEach(visit);
  };
  visit(doc);
  return runs;
}
