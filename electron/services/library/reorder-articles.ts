import type { Issue } from '../../../shared/domain/issue';
import { AppError } from '../../../shared/ipc/error-codes';
import { readIssueContents } from './issue-contents';
import { issueQueueKey, type Library } from './library';
import { requireReadableIssue } from './read-issue-file';
import { writeIssueFile } from './write-issue-file';

function isPermutation(candidate: readonly string[], current: readonly string[]): boolean {
  if (candidate.length !== current.length) return false;
  const remaining = new Set(current);
  for (const id of candidate) if (!remaining.delete(id)) return false;
  return remaining.size === 0;
}

/**
 * `issue:reorder-articles`: the new order must be a permutation of the order `issue:get`
 * shows (so articles found on disk but not yet in the order are placed too, and then written).
 */
export function reorderArticles(library: Library, issueId: string, articleOrder: readonly string[]): Promise<Issue> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    library.assertWritable();
    const issue = await requireReadableIssue(library, issueId);
    const { order } = await readIssueContents(library, issue);
    if (!isPermutation(articleOrder, order)) {
      throw new AppError('invalid-operation', 'the new order must list exactly the articles of the issue, each once');
    }
    const now = library.now().toISOString();
    const written = await writeIssueFile(library, { ...issue, articleOrder: [...articleOrder], updatedAt: now });
    library.events.emit('library:changed', { issueId, at: now });
    return written;
  });
}
