import type { Article } from '../../../../shared/domain/article';
import type { Rubric } from '../../../../shared/domain/library-manifest';
import { exportFileNames } from '../../../../shared/export/export-file-names';
import type { ExportedFile } from '../../../../shared/export/exported-file';
import type { IssueForExport } from '../../../../shared/export/issue-for-export';
import { stableStringify } from '../../fs/stable-json';
import { checkArticleBodies } from '../../library/check-article-bodies';
import {
  ARCHIVE_ARTICLE_KEY_ORDER,
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ARCHIVE_ISSUE_KEY_ORDER,
  ARCHIVE_RUBRIC_KEY_ORDER,
} from './archive-format';

const INDENT = '  ';

/** A part serialised on its own (with its own key order), indented to sit `depth` levels deep. */
function part(value: unknown, keyOrder: readonly string[], depth: number): string {
  // JSON strings never hold a raw line break, so indenting line by line cannot touch text.
  return stableStringify(value, { keyOrder }).trimEnd().split('\n').join(`\n${INDENT.repeat(depth)}`);
}

function list(items: readonly unknown[], keyOrder: readonly string[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `${INDENT.repeat(2)}${part(item, keyOrder, 2)}`).join(',\n')}\n${INDENT}]`;
}

function normalisedArticle(article: Article): Article {
  // The bodies exactly as the library stores them after a load, so that an archive made
  // from a fixture and one made after importing it are the same bytes.
  const checked = checkArticleBodies(article);
  if (!checked.ok) throw new Error(`article ${article.id} (${checked.language}): ${checked.detail}`);
  return checked.article;
}

/**
 * The `.triptych` archive of an issue: one UTF-8 JSON document holding the issue, the
 * rubrics its articles use and every article in all three languages, in full (statuses,
 * alignment records, timestamps). Key order is fixed and nothing in it depends on when it
 * was made, so export → import → export gives the same bytes (the issue id aside, when the
 * import made a copy). Bodies are stored as the library stores them (schema-checked, link
 * policy applied); a body the library could not have produced throws.
 */
export function archiveFile(input: IssueForExport): ExportedFile {
  const articles = input.articles.map(normalisedArticle);
  const issue = { ...input.issue, articleOrder: articles.map((article) => article.id) };
  const used = new Set(articles.map((article) => article.rubric));
  const rubrics: Rubric[] = [];
  for (const rubric of input.rubrics) {
    if (!used.has(rubric.id)) continue;
    used.delete(rubric.id); // once each, in the library's order
    rubrics.push(rubric);
  }
  const content =
    `{\n` +
    `${INDENT}"format": ${JSON.stringify(ARCHIVE_FORMAT)},\n` +
    `${INDENT}"formatVersion": ${ARCHIVE_FORMAT_VERSION},\n` +
    `${INDENT}"issue": ${part(issue, ARCHIVE_ISSUE_KEY_ORDER, 1)},\n` +
    `${INDENT}"rubrics": ${list(rubrics, ARCHIVE_RUBRIC_KEY_ORDER)},\n` +
    `${INDENT}"articles": ${list(articles, ARCHIVE_ARTICLE_KEY_ORDER)}\n` +
    `}\n`;
  return { path: exportFileNames.archive(input.issue.number), content };
}
