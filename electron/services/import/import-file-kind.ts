import { extname } from 'node:path';
import { malformedFile } from './malformed-file';

export type ImportFileKind = 'docx' | 'markdown' | 'html';

const KIND_BY_EXTENSION: Readonly<Record<string, ImportFileKind>> = {
  '.docx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** The reader for a file, by its extension (any letter case); anything else is refused by name. */
export function importFileKind(path: string): ImportFileKind {
  const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()];
  if (kind === undefined) {
    throw malformedFile('only DOCX (.docx), Markdown (.md, .markdown) and HTML (.html, .htm) files can be imported into an article');
  }
  return kind;
}
