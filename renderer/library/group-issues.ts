import { ISSUE_STATUSES, type IssueStatus } from '../../shared/domain/statuses';
import type { IssueSummary } from '../../shared/ipc/summaries';

export type ReadableIssue = Extract<IssueSummary, { readable: true }>;
export type UnreadableIssue = Extract<IssueSummary, { readable: false }>;

export interface IssueGroups {
  byStatus: { status: IssueStatus; issues: ReadableIssue[] }[];
  unreadable: UnreadableIssue[];
}

/** Issues grouped in workflow order, newest period first inside each group; empty groups dropped. */
export function groupIssues(issues: readonly IssueSummary[]): IssueGroups {
  const readable = issues.filter((i): i is ReadableIssue => i.readable);
  const newestFirst = [...readable].sort(
    (a, b) => b.periodStart.localeCompare(a.periodStart) || b.number - a.number,
  );
  return {
    byStatus: ISSUE_STATUSES.map((status) => ({ status, issues: newestFirst.filter((i) => i.status === status) })).filter(
      (group) => group.issues.length > 0,
    ),
    unreadable: issues.filter((i): i is UnreadableIssue => !i.readable),
  };
}
