import type { Issue } from '../../../shared/domain/issue';
import type { IssueStatus } from '../../../shared/domain/statuses';
import { issueQueueKey, type Library } from './library';
import { requireReadableIssue } from './read-issue-file';
import { writeIssueFile } from './write-issue-file';

export interface IssuePatch {
  number?: number | undefined;
  periodStart?: string | undefined;
  periodEnd?: string | undefined;
  status?: IssueStatus | undefined;
  /** Set by an export, never through `issue:update`. */
  exportedAt?: string | undefined;
}

/** `issue:update`: renumber, re-date or change status; a period ending before it starts is refused. */
export function updateIssue(library: Library, issueId: string, patch: IssuePatch): Promise<Issue> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    library.assertWritable();
    const issue = await requireReadableIssue(library, issueId);
    const now = library.now().toISOString();
    const next: Issue = {
      ...issue,
      number: patch.number ?? issue.number,
      periodStart: patch.periodStart ?? issue.periodStart,
      periodEnd: patch.periodEnd ?? issue.periodEnd,
      status: patch.status ?? issue.status,
      exportedAt: patch.exportedAt ?? issue.exportedAt,
      updatedAt: now,
    };
    const written = await writeIssueFile(library, next);
    library.events.emit('library:changed', { issueId, at: now });
    return written;
  });
}
