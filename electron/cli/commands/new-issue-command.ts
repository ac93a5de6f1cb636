import { IsoDateSchema } from '../../../shared/domain/identifiers';
import { createNextIssue } from '../../services/library/create-next-issue';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { openCliServices } from '../open-cli-services';

export const NEW_ISSUE_USAGE = `Usage: triptych new-issue [--week YYYY-MM-DD] [--library DIR]

Creates the next week's issue (or the issue of the week containing --week) and prints its id.
  --week DATE     any day of the week the issue covers
  --library DIR   the library folder (default: the one the app opens; created if missing)`;

export async function newIssueCommand(io: CliIo, options: { library?: string; week?: string }): Promise<number> {
  if (options.week !== undefined && !IsoDateSchema.safeParse(options.week).success) {
    throw new UsageError(`--week: "${options.week}" is not a date like 2026-03-09`);
  }
  const services = await openCliServices(io, { library: options.library, mayCreate: true });
  try {
    const issue = await createNextIssue(services.library, options.week);
    io.stdout(`${issue.id}\n`);
    return EXIT_OK;
  } finally {
    await services.dispose();
  }
}
