import type { Article } from '../../../shared/domain/article';
import type { Language } from '../../../shared/domain/language';
import type { ProseDoc, ProseNode } from '../../../shared/domain/prose-doc';
import { blockText, translatedFromSource } from '../../../shared/editor/alignment/block-texts';
import { BLOCK_ID_PATTERN } from '../../../shared/editor/block-id';
import { matchRevisedBlocks } from './match-revised-blocks';

export interface ImportedBlockIds {
  body: ProseDoc;
  translatedFrom: Record<string, string>;
}

function sameStructure(a: readonly ProseNode[], b: readonly ProseNode[]): boolean {
  return a.length === b.length && a.every((node, index) => node.type === b[index]?.type);
}

function withId(node: ProseNode, blockId: string): ProseNode {
  return { ...node, attrs: { ...node.attrs, blockId } };
}

/**
 * Block ids for an imported body. A translation whose blocks match the source version one
 * for one (same count, same node types in order) is taken to be the translation of those
 * blocks: it gets their ids and is recorded as translated from the source as it is now, so
 * it shows aligned and up to date. Anything else gets fresh ids and no alignment record
 * (the editor can align it by hand), rather than a guess that pairs the wrong paragraphs.
 * A new text for the source version is read as a revision of the old one: each imported
 * block that revises an old block keeps that block's id (see matchRevisedBlocks), so the
 * translations stay in their rows and show what changed as outdated paragraphs.
 */
export function assignImportedBlockIds(article: Article, lang: Language, body: ProseDoc, newBlockId: () => string): ImportedBlockIds {
  const blocks = body.content ?? [];
  const source = article.versions[article.sourceLanguage].body;
  const sourceBlocks = source.content ?? [];
  const aligned = lang !== article.sourceLanguage && sameStructure(blocks, sourceBlocks);
  const sourceIds = sourceBlocks.map((node) => node.attrs?.blockId);
  // Fresh ids never repeat one another nor any id of the source, which other versions align to.
  const taken = new Set(sourceIds.filter((id): id is string => typeof id === 'string'));
  const fresh = (): string => {
    let id = newBlockId();
    while (taken.has(id)) id = newBlockId();
    taken.add(id);
    return id;
  };
  if (lang === article.sourceLanguage) {
    const revises = matchRevisedBlocks(sourceBlocks.map(blockText), blocks.map(blockText));
    const kept = new Set<string>();
    const content = blocks.map((node, index) => {
      const old = revises[index];
      const id = old === null || old === undefined ? undefined : sourceIds[old];
      if (typeof id !== 'string' || !BLOCK_ID_PATTERN.test(id) || kept.has(id)) return withId(node, fresh());
      kept.add(id);
      return withId(node, id);
    });
    return { body: { ...body, content }, translatedFrom: {} };
  }
  if (!aligned) return { body: { ...body, content: blocks.map((node) => withId(node, fresh())) }, translatedFrom: {} };
  const reused = new Set<string>();
  const content = blocks.map((node, index) => {
    const id = sourceIds[index];
    // A source block without a usable id (or one a crafted file repeats) has nothing to align to.
    if (typeof id !== 'string' || !BLOCK_ID_PATTERN.test(id) || reused.has(id)) return withId(node, fresh());
    reused.add(id);
    return withId(node, id);
  });
  const alignedBody: ProseDoc = { ...body, content };
  return { body: alignedBody, translatedFrom: translatedFromSource(source, alignedBody) };
}
