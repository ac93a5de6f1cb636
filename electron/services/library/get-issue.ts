import type { IssueDetail } from '../../../shared/ipc/summaries';
import { readIssueContents } from './issue-contents';
import { issueQueueKey, type Library } from './library';
import { requireReadableIssue } from './read-issue-file';

/**
 * `issue:get`: the issue with its articles in the order the user sees (see IssueContents);
 * the returned `articleOrder` is that effective order, so `articles[i].id === articleOrder[i]`.
 */
export function getIssue(library: Library, issueId: string): Promise<IssueDetail> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    const issue = await requireReadableIssue(library, issueId);
    const contents = await readIssueContents(library, issue);
    return { issue: { ...issue, articleOrder: contents.order }, articles: contents.summaries };
  });
}
