import path from 'node:path';
import { LANGUAGES } from '../../../shared/domain/language';
import { IdSchema } from '../../../shared/domain/identifiers';
import { EXPORT_FORMATS } from '../../../shared/export/export-formats';
import { AppError } from '../../../shared/ipc/error-codes';
import { exportIssue } from '../../services/export/export-issue';
import { createChromiumPdfPrinter } from '../../services/export/pdf/chromium-pdf-printer';
import { sourceAssetsDir } from '../../services/source-assets-dir';
import { EXIT_CHECK_FAILED, EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { openCliServices } from '../open-cli-services';
import { parseListOption } from '../parse-list-option';

export const EXPORT_USAGE = `Usage: triptych export --issue ID --out DIR [--format LIST] [--lang LIST] [--force] [--library DIR]

Exports an issue. Formats: html (web page and CMS fragments), email (HTML and plain text),
pdf (A4, needs Chromium: CHROMIUM_PATH or /usr/bin/chromium), docx, md (Markdown with front
matter), archive (.triptych, the whole issue for another Triptych). Runs the check first:
with errors it stops with exit code 1 unless --force. A re-export into the same folder
replaces only the files an earlier export of this issue made there.
  --issue ID      the issue (see triptych list)
  --out DIR       the folder to write into (created if missing)
  --format LIST   comma-separated (default: html,email,pdf,docx,md,archive)
  --lang LIST     comma-separated (default: en,be,ru)
  --force         export even when the check finds errors
  --library DIR   the library folder (default: the one the app opens)`;

export interface ExportOptions {
  library?: string;
  issue?: string;
  out?: string;
  format?: string;
  lang?: string;
  force?: boolean;
}

export async function exportCommand(io: CliIo, options: ExportOptions): Promise<number> {
  if (!options.issue || !IdSchema.safeParse(options.issue).success) throw new UsageError('--issue ID is required (see triptych list)');
  if (!options.out) throw new UsageError('--out DIR is required');
  const formats = parseListOption('format', options.format, EXPORT_FORMATS, EXPORT_FORMATS);
  const languages = parseListOption('lang', options.lang, LANGUAGES, LANGUAGES);
  const printer = formats.includes('pdf') ? createChromiumPdfPrinter({ executablePath: io.env.CHROMIUM_PATH }) : null;
  const services = await openCliServices(io, { library: options.library, printPdf: printer?.print ?? null });
  try {
    const settings = await services.handlers['settings:get']({});
    const result = await exportIssue(
      services.library,
      { issueId: options.issue, formats, languages, folder: path.resolve(io.cwd, options.out), acceptErrors: options.force === true },
      { assetsDir: sourceAssetsDir(), publication: settings.publication, printPdf: printer?.print ?? null },
    );
    for (const file of result.files) io.stdout(`${file.path}\t${file.bytes}\n`);
    for (const old of result.removed) io.stderr(`removed (no longer exported): ${old}\n`);
    for (const finding of result.findings.filter((f) => f.code === 'email-too-large')) {
      io.stderr(`warning: the ${finding.lang} email is ${((finding.count ?? 0) / 1024).toFixed(1)} KB; Gmail clips emails over 102 KB\n`);
    }
    return EXIT_OK;
  } catch (error) {
    if (error instanceof AppError && error.code === 'preflight-failed') {
      io.stderr(`The check found ${error.detail ?? 'some'} error(s); run "triptych check --issue ${options.issue}" to see them, or pass --force.\n`);
      return EXIT_CHECK_FAILED;
    }
    throw error;
  } finally {
    await printer?.close();
    await services.dispose();
  }
}
