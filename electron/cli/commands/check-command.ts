import { LANGUAGES } from '../../../shared/domain/language';
import { IdSchema } from '../../../shared/domain/identifiers';
import { EXPORT_FORMATS } from '../../../shared/export/export-formats';
import { checkIssueForExport } from '../../services/export/export-issue';
import { loadIssueForExport } from '../../services/export/load-issue-for-export';
import { sourceAssetsDir } from '../../services/source-assets-dir';
import { EXIT_CHECK_FAILED, EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { describeFinding } from '../describe-finding';
import { openCliServices } from '../open-cli-services';
import { parseListOption } from '../parse-list-option';

export const CHECK_USAGE = `Usage: triptych check --issue ID [--lang en,be,ru] [--format …] [--json] [--library DIR]

Checks an issue before export: missing titles, leads or text, versions not approved,
outdated or empty paragraphs, unsafe or empty links, and (with --format email) email size.
Exits with 1 when there are errors, 0 when there are only warnings or nothing.
  --issue ID      the issue (see triptych list)
  --lang LIST     languages to check (default: en,be,ru)
  --format LIST   formats that will be exported (email adds the size check)
  --json          print the findings as JSON
  --library DIR   the library folder (default: the one the app opens)`;

export async function checkCommand(io: CliIo, options: { library?: string; issue?: string; lang?: string; format?: string; json?: boolean }): Promise<number> {
  if (!options.issue || !IdSchema.safeParse(options.issue).success) throw new UsageError('--issue ID is required (see triptych list)');
  const languages = parseListOption('lang', options.lang, LANGUAGES, LANGUAGES);
  const formats = parseListOption('format', options.format, EXPORT_FORMATS, []);
  const services = await openCliServices(io, { library: options.library });
  try {
    const settings = await services.handlers['settings:get']({});
    const findings = await checkIssueForExport(
      services.library,
      { issueId: options.issue, languages, formats },
      { assetsDir: sourceAssetsDir(), publication: settings.publication },
    );
    const errors = findings.filter((f) => f.severity === 'error').length;
    if (options.json) {
      io.stdout(`${JSON.stringify({ errors, warnings: findings.length - errors, findings }, null, 2)}\n`);
    } else {
      const input = await loadIssueForExport(services.library, options.issue);
      const titles = new Map(input.articles.map((a) => [a.id, a.versions[a.sourceLanguage].title || a.id]));
      for (const finding of findings) io.stdout(`${describeFinding(finding, titles)}\n`);
      io.stdout(`${errors} error(s), ${findings.length - errors} warning(s)\n`);
    }
    return errors > 0 ? EXIT_CHECK_FAILED : EXIT_OK;
  } finally {
    await services.dispose();
  }
}
