import { nextIssueWeek, weekContaining, type Week } from '../../../shared/dates/next-issue-week';
import { ISSUE_SCHEMA_VERSION, type Issue } from '../../../shared/domain/issue';
import { AppError } from '../../../shared/ipc/error-codes';
import { GLOBAL_QUEUE_KEY, type Library } from './library';
import { readReadableIssues } from './list-issues';
import { localIsoDate } from './local-iso-date';
import { newIssueId } from './new-issue-id';
import { writeNewIssue } from './write-new-issue';

function overlaps(issue: Issue, week: Week): boolean {
  return issue.periodStart <= week.periodEnd && issue.periodEnd >= week.periodStart;
}

/**
 * `issue:create-next`: the Monday–Sunday week after the latest readable issue (or the current
 * week in an empty library), numbered one more than the highest number. With `weekOf`, the
 * week containing that date, refused if an issue already covers any of it.
 */
export function createNextIssue(library: Library, weekOf: string | undefined): Promise<Issue> {
  return library.queue.run(GLOBAL_QUEUE_KEY, async () => {
    library.assertWritable();
    const issues = await readReadableIssues(library);
    let week: Week;
    if (weekOf === undefined) {
      const latestEnd = issues.reduce<string | null>((max, i) => (max === null || i.periodEnd > max ? i.periodEnd : max), null);
      week = nextIssueWeek(latestEnd, localIsoDate(library.now()));
    } else {
      week = weekContaining(weekOf);
      const covering = issues.find((issue) => overlaps(issue, week));
      if (covering) {
        throw new AppError('invalid-operation', `issue ${covering.number} already covers the week of ${weekOf}`, covering.id);
      }
    }
    const now = library.now().toISOString();
    const issue: Issue = {
      schemaVersion: ISSUE_SCHEMA_VERSION,
      id: await newIssueId(library, week.periodStart),
      number: issues.reduce((max, i) => Math.max(max, i.number), 0) + 1,
      periodStart: week.periodStart,
      periodEnd: week.periodEnd,
      status: 'draft',
      articleOrder: [],
      createdAt: now,
      updatedAt: now,
      exportedAt: null,
    };
    const written = await writeNewIssue(library, issue);
    library.events.emit('library:changed', { issueId: written.id, at: now });
    return written;
  });
}
