import { formatPeriod } from '../../../shared/dates/format-period';
import { listIssueSummaries } from '../../services/library/list-issues';
import { EXIT_OK, type CliIo } from '../cli-io';
import { openCliServices } from '../open-cli-services';

export const LIST_USAGE = `Usage: triptych list [--library DIR] [--json]

Lists the issues in the library, newest first: number, period, status, articles and id.
  --json          print the list as JSON
  --library DIR   the library folder (default: the one the app opens)`;

export async function listCommand(io: CliIo, options: { library?: string; json?: boolean }): Promise<number> {
  const services = await openCliServices(io, { library: options.library });
  try {
    const issues = await listIssueSummaries(services.library);
    if (options.json) {
      io.stdout(`${JSON.stringify(issues, null, 2)}\n`);
      return EXIT_OK;
    }
    if (issues.length === 0) io.stdout('The library has no issues yet.\n');
    for (const issue of issues) {
      if (!issue.readable) {
        io.stdout(`(unreadable: ${issue.reason})  ${issue.id}\n`);
        continue;
      }
      const period = formatPeriod(issue.periodStart, issue.periodEnd, 'en').replace(/\u00a0/g, ' ');
      io.stdout(`No. ${String(issue.number).padEnd(5)} ${period.padEnd(28)} ${issue.status.padEnd(11)} ${String(issue.articleCount).padStart(3)} articles  ${issue.id}\n`);
    }
    return EXIT_OK;
  } finally {
    await services.dispose();
  }
}
