import { z } from 'zod';
import type { Article } from '../../../../shared/domain/article';
import { decodeIssue } from '../../../../shared/domain/decode-issue';
import { LANGUAGES } from '../../../../shared/domain/language';
import { RubricSchema } from '../../../../shared/domain/library-manifest';
import { decodeArticle, describeZodError } from '../../../../shared/domain/migrate-article';
import type { ProseNode } from '../../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../../shared/editor/link-policy';
import type { IssueForExport } from '../../../../shared/export/issue-for-export';
import { checkArticleBodies } from '../../library/check-article-bodies';
import { decodeUtf8Text } from '../../import/decode-utf8-text';
import { malformedFile } from '../../import/malformed-file';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, MAX_ARCHIVE_BYTES } from './archive-format';

const EnvelopeSchema = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
    issue: z.unknown(),
    rubrics: z.array(RubricSchema).max(100),
    articles: z.array(z.unknown()).max(500),
  })
  .strict();

function refusedLinks(node: ProseNode): number {
  const own = (node.marks ?? []).filter((mark) => mark.type === 'link' && !isAllowedHref(mark.attrs?.href)).length;
  return own + (node.content ?? []).reduce((sum, child) => sum + refusedLinks(child), 0);
}

function readEnvelope(value: unknown): z.infer<typeof EnvelopeSchema> {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (record?.format !== ARCHIVE_FORMAT) throw malformedFile('it is not a Triptych issue archive');
  const version = record.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ARCHIVE_FORMAT_VERSION) {
    throw malformedFile(`it was made by a newer Triptych (archive format ${version}; this version reads format ${ARCHIVE_FORMAT_VERSION})`);
  }
  if (version !== ARCHIVE_FORMAT_VERSION) throw malformedFile(`its archive format (${String(version)}) is not known`);
  const parsed = EnvelopeSchema.safeParse(value);
  if (!parsed.success) throw malformedFile(`the archive is damaged (${describeZodError(parsed.error)})`);
  return parsed.data;
}

/**
 * One archived article through the same checks as an article file in the library (X4):
 * format migration, schema, every body against the editor schema. A link outside the policy
 * cannot come from a Triptych export (its archive bodies are already checked), so instead of
 * being quietly unlinked as on load, it refuses the archive: someone crafted it.
 */
function readArticle(raw: unknown, index: number): Article {
  const decoded = decodeArticle(raw);
  if (!decoded.ok) throw malformedFile(`article ${index + 1} cannot be read (${decoded.reason}: ${decoded.detail})`);
  for (const lang of LANGUAGES) {
    const links = refusedLinks(decoded.value.versions[lang].body);
    if (links > 0) throw malformedFile(`article ${index + 1} (${lang}) holds ${links} link(s) outside the link policy`);
  }
  const checked = checkArticleBodies(decoded.value);
  if (!checked.ok) throw malformedFile(`article ${index + 1} (${checked.language}) does not fit the editor schema (${checked.detail})`);
  return checked.article;
}

function firstDuplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/**
 * A `.triptych` archive's bytes as an issue ready to be written to the library, or
 * `malformed-file` saying what is wrong: too large, not strict UTF-8, not JSON, not an
 * archive, a newer format, an issue or article that fails the library's own checks, or
 * articles that do not match the issue's reading order one for one.
 */
export function readArchive(bytes: Uint8Array): IssueForExport {
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) throw malformedFile(`it is larger than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB`);
  const text = decodeUtf8Text(bytes, 'archive');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw malformedFile(`it is not a Triptych issue archive (not JSON: ${error instanceof Error ? error.message : String(error)})`);
  }
  const envelope = readEnvelope(value);
  const issue = decodeIssue(envelope.issue);
  if (!issue.ok) throw malformedFile(`its issue cannot be read (${issue.reason}: ${issue.detail})`);
  const articles = envelope.articles.map(readArticle);
  const ids = articles.map((article) => article.id);
  const duplicate = firstDuplicate(ids);
  if (duplicate !== null) throw malformedFile(`article ${duplicate} is in the archive twice`);
  const order = issue.value.articleOrder;
  if (ids.length !== order.length || ids.some((id, index) => id !== order[index])) {
    throw malformedFile("its articles do not match the issue's reading order");
  }
  const rubricDuplicate = firstDuplicate(envelope.rubrics.map((rubric) => rubric.id));
  if (rubricDuplicate !== null) throw malformedFile(`rubric ${rubricDuplicate} is in the archive twice`);
  return { issue: issue.value, articles, rubrics: envelope.rubrics };
}
