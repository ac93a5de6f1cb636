import path from 'node:path';
import type { Language } from '../../../shared/domain/language';
import { LANGUAGES } from '../../../shared/domain/language';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/export-formats';
import type { ExportedFile } from '../../../shared/export/exported-file';
import type { ExportProgress, ExportResult, ExportedFileInfo } from '../../../shared/export/export-request';
import type { IssueForExport } from '../../../shared/export/issue-for-export';
import { languageEdition } from '../../../shared/export/language-edition';
import type { PreflightFinding } from '../../../shared/export/preflight-finding';
import { preflightIssue } from '../../../shared/export/preflight';
import type { Publication } from '../../../shared/export/publication';
import { AppError } from '../../../shared/ipc/error-codes';
import { atomicWriteFile } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';
import type { Library } from '../library/library';
import { mappingFsErrors } from '../library/to-app-error';
import { updateIssue } from '../library/update-issue';
import { archiveFile } from './archive/archive-file';
import type { ExportContext } from './edition-exporter';
import { EDITION_EXPORTERS, type EditionFormat } from './edition-exporters';
import { emailSizeFindings } from './email-size-findings';
import { isSafeRelativeExportPath, readExportManifest, writeExportManifest } from './export-manifest';
import { loadIssueForExport } from './load-issue-for-export';
import type { PdfPrinter } from './pdf-printer';

export interface ExportIssueRequest {
  issueId: string;
  formats: readonly ExportFormat[];
  languages: readonly Language[];
  /** Absolute folder to write into (created if missing). */
  folder: string;
  /** The editor saw the check's errors and exports anyway. */
  acceptErrors: boolean;
}

export interface ExportIssueDeps {
  assetsDir: string;
  publication: Publication;
  printPdf: PdfPrinter | null;
  /** The file system for the export folder (default: the library's). */
  fs?: FsPort;
  onProgress?: (progress: ExportProgress) => void;
}

/** Formats and languages in their canonical order, whatever order the request listed them in. */
function canonical<T extends string>(order: readonly T[], chosen: readonly T[]): T[] {
  return order.filter((item) => chosen.includes(item));
}

async function renderFiles(
  input: IssueForExport,
  formats: readonly ExportFormat[],
  languages: readonly Language[],
  deps: ExportIssueDeps,
  progress: (step: string) => void,
): Promise<{ files: Array<ExportedFile & { format: ExportFormat; lang: Language | null }>; emails: Map<Language, string> }> {
  const context: ExportContext = { assetsDir: deps.assetsDir, languages, printPdf: deps.printPdf };
  const files: Array<ExportedFile & { format: ExportFormat; lang: Language | null }> = [];
  const emails = new Map<Language, string>();
  for (const lang of languages) {
    const edition = languageEdition(input, lang, deps.publication);
    for (const format of formats) {
      if (format === 'archive') continue;
      const made = await EDITION_EXPORTERS[format as EditionFormat](edition, context);
      for (const file of made) {
        files.push({ ...file, format, lang });
        if (format === 'email' && file.path.endsWith('.html') && typeof file.content === 'string') emails.set(lang, file.content);
      }
      progress(`${format}:${lang}`);
    }
  }
  if (formats.includes('archive')) {
    files.push({ ...archiveFile(input), format: 'archive', lang: null });
    progress('archive');
  }
  return { files, emails };
}

/**
 * Exports an issue: checks it, renders every chosen format and language in memory, then
 * writes the files (each atomically) and records them in the folder's export manifest, so a
 * re-export replaces and removes only files it made. Nothing is written when the check
 * finds errors the editor did not accept, or when any format fails to render.
 */
export async function exportIssue(library: Library, request: ExportIssueRequest, deps: ExportIssueDeps): Promise<ExportResult> {
  const fs = deps.fs ?? library.fs;
  const formats = canonical(EXPORT_FORMATS, request.formats);
  const languages = canonical(LANGUAGES, request.languages);
  if (formats.length === 0 || languages.length === 0) throw new AppError('invalid-request', 'choose at least one format and one language');
  if (!path.isAbsolute(request.folder)) throw new AppError('invalid-request', 'the export folder is not an absolute path');

  const input = await loadIssueForExport(library, request.issueId);
  let findings: PreflightFinding[] = preflightIssue(input, languages);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !request.acceptErrors) throw new AppError('preflight-failed', `the check found ${errors} errors`, String(errors));

  const perLanguage = formats.filter((f) => f !== 'archive').length;
  const total = perLanguage * languages.length + (formats.includes('archive') ? 1 : 0) + 1;
  let done = 0;
  const progress = (step: string) => deps.onProgress?.({ issueId: request.issueId, done: ++done, total, step });
  deps.onProgress?.({ issueId: request.issueId, done: 0, total, step: 'start' });

  const { files, emails } = await renderFiles(input, formats, languages, deps, progress);
  findings = [...findings, ...emailSizeFindings(emails)];

  const folder = path.resolve(request.folder);
  const written: ExportedFileInfo[] = [];
  const removed: string[] = [];
  await mappingFsErrors(async () => {
    await fs.mkdir(folder, { recursive: true });
    const manifest = await readExportManifest(fs, folder);
    for (const file of files) {
      const target = path.join(folder, ...file.path.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await atomicWriteFile(fs, target, file.content, library.writeOptions);
      const bytes = typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
      written.push({ path: file.path, format: file.format, lang: file.lang, bytes });
    }
    const now = new Set(files.map((f) => f.path));
    for (const old of manifest.issues[request.issueId] ?? []) {
      if (now.has(old) || !isSafeRelativeExportPath(old)) continue;
      await fs.unlink(path.join(folder, ...old.split('/'))).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      removed.push(old);
    }
    // Files of the earlier export that this one made again stay listed; only removed ones drop out.
    manifest.issues[request.issueId] = [...now].sort();
    await writeExportManifest(fs, folder, manifest);
  }, folder);
  progress('written');

  const exportedAt = library.now().toISOString();
  await updateIssue(library, request.issueId, { status: 'exported', exportedAt });
  return { folder, files: written, removed, findings, exportedAt };
}

/** The check before export as the dialog shows it; with `email`, the emails are rendered and measured. */
export async function checkIssueForExport(
  library: Library,
  request: { issueId: string; languages: readonly Language[]; formats: readonly ExportFormat[] },
  deps: Pick<ExportIssueDeps, 'assetsDir' | 'publication'>,
): Promise<PreflightFinding[]> {
  const input = await loadIssueForExport(library, request.issueId);
  const languages = canonical(LANGUAGES, request.languages);
  const findings = preflightIssue(input, languages);
  if (!request.formats.includes('email')) return findings;
  const { emails } = await renderFiles(input, ['email'], languages, { ...deps, printPdf: null }, () => {});
  return [...findings, ...emailSizeFindings(emails)];
}
