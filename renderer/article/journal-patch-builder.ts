import type { Article, ArticleVersion } from '../../shared/domain/article';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { ProseNode } from '../../shared/domain/prose-doc';
import type { BodyPatch, JournalPatch, KeptBlocks, VersionPatch } from '../../shared/journal/journal-patch';
import { countSerialisation } from '../perf/perf-counters';

/**
 * A top-level block of an open editor. ProseMirror nodes are immutable and an edit keeps
 * the untouched blocks as the same objects, so "the same object" means "the same content".
 */
export interface LiveBlock {
  toJSON(): unknown;
}

export type LiveBlocks = Partial<Record<Language, readonly LiveBlock[]>>;

/** What a journal entry held, as the editor saw it: the article, and the blocks of each open body. */
export interface JournalState {
  /** Bodies of languages in `blocks` may be stale here: the blocks are what counts for them. */
  article: Article;
  blocks: LiveBlocks;
}

const VERSION_FIELDS = ['title', 'lead', 'status', 'updatedAt', 'translatedFrom'] as const;

function bodyPatch(base: JournalState, now: JournalState, lang: Language): BodyPatch | undefined {
  const blocks = now.blocks[lang];
  const baseBlocks = base.blocks[lang];
  if (!blocks) {
    const body = now.article.versions[lang].body;
    // A closed column's body is a stored value: the same object is the same body.
    if (!baseBlocks && body === base.article.versions[lang].body) return undefined;
    return { content: body.content ?? [] };
  }
  if (!baseBlocks) {
    countSerialisation();
    return { content: blocks.map((block) => block.toJSON() as ProseNode) };
  }
  if (blocks.length === baseBlocks.length && blocks.every((block, i) => block === baseBlocks[i])) return undefined;
  const at = new Map<LiveBlock, number>();
  baseBlocks.forEach((block, i) => at.set(block, i));
  const content: (KeptBlocks | ProseNode)[] = [];
  let run: KeptBlocks | null = null;
  for (const block of blocks) {
    const index = at.get(block);
    if (index === undefined) {
      run = null;
      content.push(block.toJSON() as ProseNode);
    } else if (run !== null && run.keep + run.count === index) {
      run.count++;
    } else {
      run = { keep: index, count: 1 };
      content.push(run);
    }
  }
  return { content };
}

/**
 * What changed between two journal states, as a patch for the entry that holds `base`:
 * changed fields, and for each body only the blocks that are not in the base entry.
 */
export function buildJournalPatch(base: JournalState, now: JournalState): JournalPatch {
  const patch: JournalPatch = {};
  const { article } = now;
  if (article.rubric !== base.article.rubric) patch.rubric = article.rubric;
  if (article.authors !== base.article.authors) patch.authors = article.authors;
  if (article.sourceLanguage !== base.article.sourceLanguage) patch.sourceLanguage = article.sourceLanguage;
  for (const lang of LANGUAGES) {
    const version: ArticleVersion = article.versions[lang];
    const before: ArticleVersion = base.article.versions[lang];
    const change: VersionPatch = {};
    let changed = false;
    for (const field of VERSION_FIELDS) {
      if (version[field] === before[field]) continue;
      (change as Record<string, unknown>)[field] = version[field];
      changed = true;
    }
    const body = bodyPatch(base, now, lang);
    if (body) {
      change.body = body;
      changed = true;
    }
    if (changed) (patch.versions ??= {})[lang] = change;
  }
  return patch;
}
