import path from 'node:path';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { IdSchema } from '../../../shared/domain/identifiers';
import { createArticle } from '../../services/library/create-article';
import { getArticle } from '../../services/library/get-article';
import { importArticleFile } from '../../services/import/import-article-file';
import { convertImportFile } from '../../services/import/convert-import-file';
import { importFileKind } from '../../services/import/import-file-kind';
import { MAX_IMPORT_FILE_BYTES } from '../../services/import/import-limits';
import { readImportBytes } from '../../services/import/read-import-bytes';
import { importArchive } from '../../services/export/archive/import-archive';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { openCliServices } from '../open-cli-services';

export const IMPORT_USAGE = `Usage: triptych import FILE --issue ID [--article ID] --lang en|be|ru [--library DIR]
       triptych import ISSUE.triptych [--replace | --copy] [--library DIR]

Imports a Word (.docx), Markdown (.md) or HTML (.html) file into one language version of an
article, replacing that version's text; without --article a new article is created for it.
A .triptych archive imports a whole issue; when the library already has that issue, choose
--replace (the old one goes to the trash) or --copy (imported as a new issue).
  --issue ID      the issue (see triptych list)
  --article ID    the article to import into
  --lang LANG     the language version: en, be or ru
  --library DIR   the library folder (default: the one the app opens)`;

export interface ImportOptions {
  library?: string;
  issue?: string;
  article?: string;
  lang?: string;
  replace?: boolean;
  copy?: boolean;
}

export async function importCommand(io: CliIo, file: string | undefined, options: ImportOptions): Promise<number> {
  if (!file) throw new UsageError('name the file to import');
  const absolute = path.resolve(io.cwd, file);
  if (absolute.toLowerCase().endsWith('.triptych')) {
    if (options.replace && options.copy) throw new UsageError('choose either --replace or --copy');
    const services = await openCliServices(io, { library: options.library });
    try {
      const result = await importArchive(services.library, absolute, options.replace ? 'replace' : 'copy');
      io.stdout(`${result.issueId}\n`);
      return EXIT_OK;
    } finally {
      await services.dispose();
    }
  }
  if (!options.issue || !IdSchema.safeParse(options.issue).success) throw new UsageError('--issue ID is required (see triptych list)');
  if (options.article !== undefined && !IdSchema.safeParse(options.article).success) throw new UsageError(`--article: "${options.article}" is not an article id`);
  if (!options.lang || !LANGUAGES.includes(options.lang as Language)) throw new UsageError('--lang must be en, be or ru');
  const lang = options.lang as Language;
  const issueId = options.issue;
  const services = await openCliServices(io, { library: options.library });
  try {
    // Read the file before creating an article for it: a file that cannot be imported
    // must not leave an empty article behind.
    if (!options.article) await convertImportFile(importFileKind(absolute), await readImportBytes(services.library.fs, absolute, MAX_IMPORT_FILE_BYTES));
    const target = options.article
      ? await getArticle(services.library, issueId, options.article)
      : await createArticle(services.library, issueId, { sourceLanguage: lang }, () => lang);
    const result = await importArticleFile(services.library, {
      issueId,
      articleId: target.article.id,
      lang,
      path: absolute,
      baseRevision: target.revision,
    });
    for (const notice of result.notices) io.stderr(`note: ${notice.code}${notice.count === null ? '' : ` (${notice.count})`}\n`);
    io.stdout(`${result.article.id}\n`);
    return EXIT_OK;
  } finally {
    await services.dispose();
  }
}
