import type { Issue } from '../../../shared/domain/issue';
import type { ArticleSummary } from '../../../shared/ipc/summaries';
import type { CachedArticleSummary } from './article-summary-cache';
import type { Library } from './library';
import { articleIdFromFileName } from './library-layout';
import { readDirOrEmpty } from './read-dir-or-empty';

export interface IssueContents {
  /**
   * The order the user sees: the issue's `articleOrder` (ids whose file is missing included,
   * shown as unreadable `not-found`), then article files that are on disk but not in the
   * order (e.g. delivered by a sync tool, or left by an interrupted operation), oldest first.
   * Nothing on disk is ever hidden; reading never rewrites the order.
   */
  order: string[];
  summaries: ArticleSummary[];
}

/** The ids of the article files in an issue's folder (conflict copies and temp files excluded). */
export async function listArticleFileIds(library: Library, issueId: string): Promise<string[]> {
  const dir = library.layout.articlesDir(issueId);
  const entries = await readDirOrEmpty(library.fs, dir);
  const ids: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const id = articleIdFromFileName(entry.name);
    if (id !== null) ids.push(id);
  }
  return ids.sort();
}

export async function readIssueContents(library: Library, issue: Issue): Promise<IssueContents> {
  const onDisk = await listArticleFileIds(library, issue.id);
  const read = (id: string): Promise<CachedArticleSummary> =>
    library.summaries.read(library.fs, library.layout.articleFile(issue.id, id), id);
  const listed = await Promise.all(issue.articleOrder.map(read));
  const inOrder = new Set(issue.articleOrder);
  const extraIds = onDisk.filter((id) => !inOrder.has(id));
  const extra = await Promise.all(extraIds.map(async (id) => ({ id, ...(await read(id)) })));
  extra.sort((a, b) => {
    if (a.createdAt !== b.createdAt) {
      if (a.createdAt === null) return 1;
      if (b.createdAt === null) return -1;
      return a.createdAt < b.createdAt ? -1 : 1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return {
    order: [...issue.articleOrder, ...extra.map((e) => e.id)],
    summaries: [...listed.map((l) => l.summary), ...extra.map((e) => e.summary)],
  };
}
