import { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, ArticleSchema, type Article } from './article';
import { IsoDateTimeSchema } from './identifiers';
import { LANGUAGES } from './language';
import type { UnreadableReason } from './unreadable-reason';

export type DecodeResult<T> =
  | { ok: true; value: T; migratedFrom: number | null }
  | { ok: false; reason: UnreadableReason; detail: string };

/**
 * Version 1 (the first prototype's format) kept the language versions at the top level,
 * a single free-text author, and no per-version timestamps.
 */
const ArticleV1VersionSchema = z.object({
  title: z.string(),
  lead: z.string(),
  body: z.unknown(),
  status: z.string(),
});
const ArticleV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  rubric: z.string(),
  author: z.string(),
  sourceLanguage: z.string(),
  createdAt: IsoDateTimeSchema,
  en: ArticleV1VersionSchema,
  be: ArticleV1VersionSchema,
  ru: ArticleV1VersionSchema,
});

function migrateV1toV2(v1: z.infer<typeof ArticleV1Schema>): unknown {
  const author = v1.author.trim();
  const versions = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, { ...v1[lang], updatedAt: v1.createdAt }]),
  );
  return {
    schemaVersion: 2,
    id: v1.id,
    rubric: v1.rubric,
    authors: author ? [{ en: author, be: author, ru: author }] : [],
    sourceLanguage: v1.sourceLanguage,
    createdAt: v1.createdAt,
    versions,
  };
}

/** Version 2 had no record of what each translated block was translated from. */
function migrateV2toV3(v2: unknown): unknown {
  if (typeof v2 !== 'object' || v2 === null) return v2;
  const article = v2 as Record<string, unknown>;
  const versions = article.versions;
  if (typeof versions !== 'object' || versions === null) return { ...article, schemaVersion: 3 };
  const upgraded = Object.fromEntries(
    Object.entries(versions as Record<string, unknown>).map(([lang, version]) => [
      lang,
      typeof version === 'object' && version !== null ? { ...version, translatedFrom: {} } : version,
    ]),
  );
  return { ...article, schemaVersion: 3, versions: upgraded };
}

function schemaVersionOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
}

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Turns parsed JSON into a current-version article, migrating older versions in memory. */
export function decodeArticle(raw: unknown): DecodeResult<Article> {
  const version = schemaVersionOf(raw);
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'unknown-version', detail: 'the file has no schemaVersion' };
  }
  if (version > ARTICLE_SCHEMA_VERSION) {
    return { ok: false, reason: 'future-version', detail: `written by a newer Triptych (format ${version})` };
  }
  let current: unknown = raw;
  let migratedFrom: number | null = null;
  if (version === 1) {
    const v1 = ArticleV1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, reason: 'invalid-schema', detail: describeZodError(v1.error) };
    current = migrateV2toV3(migrateV1toV2(v1.data));
    migratedFrom = 1;
  } else if (version === 2) {
    current = migrateV2toV3(raw);
    migratedFrom = 2;
  } else if (version !== ARTICLE_SCHEMA_VERSION) {
    return { ok: false, reason: 'unknown-version', detail: `format ${version} is not known` };
  }
  const parsed = ArticleSchema.safeParse(current);
  if (!parsed.success) return { ok: false, reason: 'invalid-schema', detail: describeZodError(parsed.error) };
  return { ok: true, value: parsed.data, migratedFrom };
}
