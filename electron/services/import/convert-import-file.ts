import { AppError } from '../../../shared/ipc/error-codes';
import type { ImportFileKind } from './import-file-kind';
import type { ImportSource } from './import-source';
import { importedVersion, type ImportedVersion } from './imported-version';
import { malformedFile } from './malformed-file';
import { readDocxSource } from './read-docx-source';
import { readHtmlSource } from './read-html-source';
import { readMarkdownSource } from './read-markdown-source';

const READERS: Readonly<Record<ImportFileKind, (bytes: Uint8Array) => ImportSource | Promise<ImportSource>>> = {
  docx: readDocxSource,
  markdown: readMarkdownSource,
  html: readHtmlSource,
};

const KIND_NAMES: Readonly<Record<ImportFileKind, string>> = { docx: 'DOCX', markdown: 'Markdown', html: 'HTML' };

/**
 * A file's bytes as the text of one language version. Whatever goes wrong inside a reader
 * (a library choking on a crafted file) is the file's fault and comes back as
 * `malformed-file`, never as an unhandled exception.
 */
export async function convertImportFile(kind: ImportFileKind, bytes: Uint8Array): Promise<ImportedVersion> {
  try {
    return importedVersion(await READERS[kind](bytes));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformedFile(`it could not be read as ${KIND_NAMES[kind]} (${error instanceof Error ? error.message : String(error)})`);
  }
}
