import type { ProseDoc, ProseNode } from '../../domain/prose-doc';

export type StartMode = 'hints' | 'copy';

/**
 * The body a translation starts from: the source's block structure with the same block ids,
 * so every block is aligned with its counterpart from the first keystroke. `copy` carries
 * the source text over to be overwritten; `hints` leaves each block empty (the editor shows
 * the source text faintly inside it). Headings keep their level; lists and quotes start as
 * one empty paragraph, which the translator can turn back into a list.
 */
export function startTranslation(source: ProseDoc, mode: StartMode): ProseDoc {
  const content = (source.content ?? []).map((node): ProseNode => {
    if (mode === 'copy') return structuredClone(node);
    const blockId = node.attrs?.blockId;
    switch (node.type) {
      case 'heading':
        return { type: 'heading', attrs: { level: node.attrs?.level ?? 2, blockId } };
      case 'horizontalRule':
        return { type: 'horizontalRule', attrs: { blockId } };
      default:
        return { type: 'paragraph', attrs: { blockId } };
    }
  });
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** A body with no text at all (a new version, or one a translator cleared): a translation can be started in it. */
export function isBlankBody(doc: ProseDoc): boolean {
  const hasText = (node: ProseNode): boolean =>
    (typeof node.text === 'string' && node.text.trim() !== '') || node.type === 'horizontalRule' || (node.content ?? []).some(hasText);
  return !(doc.content ?? []).some(hasText);
}
