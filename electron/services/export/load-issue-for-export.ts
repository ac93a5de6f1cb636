import { DEFAULT_RUBRICS } from '../../../shared/domain/library-manifest';
import type { IssueForExport } from '../../../shared/export/issue-for-export';
import { getArticle } from '../library/get-article';
import { issueQueueKey, type Library } from '../library/library';
import { requireReadableIssue } from '../library/read-issue-file';

/**
 * The issue as saved on disk, articles in reading order. An unreadable article stops the
 * export with its reason rather than quietly leaving it out of what readers get.
 */
export async function loadIssueForExport(library: Library, issueId: string): Promise<IssueForExport> {
  const issue = await library.queue.run(issueQueueKey(issueId), () => requireReadableIssue(library, issueId));
  const articles = [];
  for (const articleId of issue.articleOrder) articles.push((await getArticle(library, issueId, articleId)).article);
  return { issue, articles, rubrics: library.manifest?.rubrics ?? DEFAULT_RUBRICS };
}
