import { ISSUE_KEY_ORDER, IssueSchema, type Issue } from '../../../shared/domain/issue';
import { describeZodError } from '../../../shared/domain/migrate-article';
import { AppError } from '../../../shared/ipc/error-codes';
import type { Library } from './library';
import { writeJsonFile } from './write-json-file';

/** Validates and durably writes an issue's `issue.json`; an invalid issue is refused, nothing written. */
export async function writeIssueFile(library: Library, issue: Issue): Promise<Issue> {
  const parsed = IssueSchema.safeParse(issue);
  if (!parsed.success) throw new AppError('invalid-request', 'the issue is not valid', describeZodError(parsed.error));
  await writeJsonFile(library.fs, library.layout.issueFile(parsed.data.id), parsed.data, ISSUE_KEY_ORDER, library.writeOptions);
  return parsed.data;
}
