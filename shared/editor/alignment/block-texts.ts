import type { ProseDoc, ProseNode } from '../../domain/prose-doc';

/**
 * The plain text of a top-level block as outdated markers compare it: the words only,
 * with list items and paragraphs inside it separated by a newline. Marks are ignored on
 * purpose: making a word bold in the source does not make a translation outdated.
 */
export function blockText(node: ProseNode): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'hardBreak') return '\n';
  const parts = (node.content ?? []).map(blockText);
  const isContainer = node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'listItem' || node.type === 'blockquote';
  return parts.join(isContainer ? '\n' : '');
}

/** blockId → text for every top-level block of a document that has an id, in order. */
export function blockTexts(doc: ProseDoc): Map<string, string> {
  const texts = new Map<string, string>();
  for (const node of doc.content ?? []) {
    const id = node.attrs?.blockId;
    if (typeof id === 'string' && !texts.has(id)) texts.set(id, blockText(node));
  }
  return texts;
}

/**
 * What a translation records for its blocks when it is brought up to date with the
 * source: the source text of every block the translation has a counterpart for.
 */
export function translatedFromSource(source: ProseDoc, translation: ProseDoc): Record<string, string> {
  const sourceTexts = blockTexts(source);
  const record: Record<string, string> = {};
  for (const id of blockTexts(translation).keys()) {
    const text = sourceTexts.get(id);
    if (text !== undefined) record[id] = text;
  }
  return record;
}
