import { z } from 'zod';
import { ArticleVersionSchema, type Article, type ArticleVersion } from '../domain/article';
import { IdSchema } from '../domain/identifiers';
import { LanguageSchema, LocalizedTextSchema, LANGUAGES } from '../domain/language';
import { ProseNodeSchema, type ProseDoc, type ProseNode } from '../domain/prose-doc';

/** Names one written journal entry, so a patch applies only to the entry it was computed against. */
export const JournalEntryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** A run of top-level blocks taken unchanged from the previous entry's body (by position there). */
export const KeptBlocksSchema = z.object({ keep: z.number().int().min(0).max(1_000_000), count: z.number().int().min(1).max(1_000_000) }).strict();
export type KeptBlocks = z.infer<typeof KeptBlocksSchema>;

/**
 * A body as the blocks that changed plus references to runs of the previous entry's blocks.
 * Typing changes one block of a long body, so a patch carries that block, not 5,000 words.
 */
export const BodyPatchSchema = z.object({ content: z.array(z.union([KeptBlocksSchema, ProseNodeSchema])).max(200_000) }).strict();
export type BodyPatch = z.infer<typeof BodyPatchSchema>;

export const VersionPatchSchema = ArticleVersionSchema.omit({ body: true }).partial().extend({ body: BodyPatchSchema.optional() }).strict();
export type VersionPatch = z.infer<typeof VersionPatchSchema>;

/** The fields of an article that changed since the entry it builds on; absent fields are as they were. */
export const JournalPatchSchema = z
  .object({
    rubric: IdSchema.optional(),
    authors: z.array(LocalizedTextSchema).max(50).optional(),
    sourceLanguage: LanguageSchema.optional(),
    versions: z.partialRecord(LanguageSchema, VersionPatchSchema).optional(),
  })
  .strict();
export type JournalPatch = z.infer<typeof JournalPatchSchema>;

const isKept = (item: KeptBlocks | ProseNode): item is KeptBlocks => (item as KeptBlocks).keep !== undefined;

/** The body a patch describes, or null when it refers to blocks the previous body does not have. */
export function applyBodyPatch(previous: ProseDoc, patch: BodyPatch): ProseDoc | null {
  const blocks = previous.content ?? [];
  const content: ProseNode[] = [];
  for (const item of patch.content) {
    if (!isKept(item)) {
      content.push(item);
      continue;
    }
    if (item.keep + item.count > blocks.length) return null;
    for (let i = item.keep; i < item.keep + item.count; i++) content.push(blocks[i]!);
  }
  return { type: 'doc', content };
}

/**
 * The article a patch describes on top of `previous` (the entry it names as its base), or
 * null when the patch does not fit it. The result still goes through the full article and
 * editor-schema checks before it is written, as a whole article would.
 */
export function applyJournalPatch(previous: Article, patch: JournalPatch): Article | null {
  const versions = { ...previous.versions };
  for (const lang of LANGUAGES) {
    const change = patch.versions?.[lang];
    if (!change) continue;
    const { body: bodyPatch, ...fields } = change;
    let body = versions[lang].body;
    if (bodyPatch) {
      const patched = applyBodyPatch(body, bodyPatch);
      if (patched === null) return null;
      body = patched;
    }
    versions[lang] = { ...versions[lang], ...fields, body } as ArticleVersion;
  }
  return {
    ...previous,
    ...(patch.rubric !== undefined ? { rubric: patch.rubric } : {}),
    ...(patch.authors !== undefined ? { authors: patch.authors } : {}),
    ...(patch.sourceLanguage !== undefined ? { sourceLanguage: patch.sourceLanguage } : {}),
    versions,
  };
}
