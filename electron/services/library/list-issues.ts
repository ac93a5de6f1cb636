import { ID_PATTERN } from '../../../shared/domain/identifiers';
import type { Issue } from '../../../shared/domain/issue';
import type { IssueSummary } from '../../../shared/ipc/summaries';
import { readIssueContents } from './issue-contents';
import type { Library } from './library';
import { readIssueFile, type IssueFileRead } from './read-issue-file';
import { readDirOrEmpty } from './read-dir-or-empty';

/** Folder names under `issues/` that can be issue ids; anything else (.DS_Store, "copy of …") is not ours. */
export async function listIssueIds(library: Library): Promise<string[]> {
  const dir = library.layout.issuesDir;
  const entries = await readDirOrEmpty(library.fs, dir);
  return entries.filter((e) => e.isDirectory() && ID_PATTERN.test(e.name)).map((e) => e.name);
}

export async function readAllIssues(library: Library): Promise<Array<{ id: string; read: IssueFileRead }>> {
  const ids = await listIssueIds(library);
  return Promise.all(ids.map(async (id) => ({ id, read: await readIssueFile(library.fs, library.layout, id) })));
}

export async function readReadableIssues(library: Library): Promise<Issue[]> {
  return (await readAllIssues(library)).flatMap(({ read }) => (read.ok ? [read.issue] : []));
}

// Issue ids start with their period's first day, which places an unreadable issue near
// where it belongs in a newest-first list.
function sortKey(summary: IssueSummary): string {
  if (summary.readable) return summary.periodStart;
  return /^\d{4}-\d{2}-\d{2}/.exec(summary.id)?.[0] ?? '';
}

function compareNewestFirst(a: IssueSummary, b: IssueSummary): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? 1 : -1;
  if (a.readable && b.readable && a.number !== b.number) return b.number - a.number;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Every issue folder, newest period first; an unreadable issue.json is listed with its reason, never rewritten. */
export async function listIssueSummaries(library: Library): Promise<IssueSummary[]> {
  const issues = await readAllIssues(library);
  const summaries = await Promise.all(
    issues.map(async ({ id, read }): Promise<IssueSummary> => {
      if (!read.ok) return { readable: false, id, reason: read.reason, detail: read.detail };
      const contents = await readIssueContents(library, read.issue);
      const { issue } = read;
      return {
        readable: true,
        id,
        number: issue.number,
        periodStart: issue.periodStart,
        periodEnd: issue.periodEnd,
        status: issue.status,
        articleCount: contents.order.length,
        unreadableArticleCount: contents.summaries.filter((s) => !s.readable).length,
        updatedAt: issue.updatedAt,
      };
    }),
  );
  return summaries.sort(compareNewestFirst);
}
