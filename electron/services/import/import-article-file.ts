import { isAbsolute } from 'node:path';
import type { Article } from '../../../shared/domain/article';
import type { Language } from '../../../shared/domain/language';
import { randomBlockId } from '../../../shared/editor/block-id';
import type { ImportNotice } from '../../../shared/export/import-result';
import { AppError } from '../../../shared/ipc/error-codes';
import type { LoadedArticle } from '../../../shared/ipc/summaries';
import { checkArticleBodies } from '../library/check-article-bodies';
import { getArticle } from '../library/get-article';
import type { Library } from '../library/library';
import { saveArticle } from '../library/save-article';
import { assignImportedBlockIds } from './assign-imported-block-ids';
import { convertImportFile } from './convert-import-file';
import { importFileKind } from './import-file-kind';
import { MAX_IMPORT_FILE_BYTES } from './import-limits';
import { readImportBytes } from './read-import-bytes';

export interface ImportArticleRequest {
  issueId: string;
  articleId: string;
  lang: Language;
  /** Absolute path of the DOCX, Markdown or HTML file. */
  path: string;
  /** The revision the editor shows; any other revision on disk refuses the import (D8). */
  baseRevision: string;
}

export interface ImportArticleDeps {
  /** Block id generator (default randomBlockId); injected so tests are deterministic. */
  newBlockId?: () => string;
}

export type ImportArticleResult = LoadedArticle & { notices: ImportNotice[] };

/**
 * `import:article`: replaces one language version's text with a DOCX, Markdown or HTML
 * file. The file is read and converted completely before anything else happens; then the
 * article on disk must still be at `baseRevision` (otherwise `conflict`, nothing written);
 * then the version's body (and the title and lead when the file has them) are replaced and
 * saved through the library's save path. A version that was `empty` becomes `draft`.
 * Any problem with the file is `malformed-file`, and the article file is then untouched.
 * Returns the article as saved, its new revision, and what the import left out.
 */
export async function importArticleFile(
  library: Library,
  request: ImportArticleRequest,
  deps: ImportArticleDeps = {},
): Promise<ImportArticleResult> {
  library.assertWritable();
  if (!isAbsolute(request.path)) throw new AppError('invalid-request', 'the file to import is not an absolute path');
  const kind = importFileKind(request.path);
  const imported = await convertImportFile(kind, await readImportBytes(library.fs, request.path, MAX_IMPORT_FILE_BYTES));

  const { issueId, articleId, lang } = request;
  const current = await getArticle(library, issueId, articleId);
  if (current.revision !== request.baseRevision) {
    // Checked here, before the save, because the save path would keep the incoming text as
    // a conflict copy: an import that was refused must leave nothing behind.
    throw new AppError('conflict', `article ${articleId} changed since the editor loaded it; nothing was imported`);
  }
  const article = current.article;
  const version = article.versions[lang];
  const { body, translatedFrom } = assignImportedBlockIds(article, lang, imported.body, deps.newBlockId ?? randomBlockId);
  const next: Article = {
    ...article,
    versions: {
      ...article.versions,
      [lang]: {
        ...version,
        title: imported.title ?? version.title,
        lead: imported.lead ?? version.lead,
        body,
        status: version.status === 'empty' ? 'draft' : version.status,
        updatedAt: library.now().toISOString(),
        translatedFrom,
      },
    },
  };
  // The save path normalises bodies the same way; doing it here first means the article
  // returned is byte for byte the one written.
  const checked = checkArticleBodies(next);
  if (!checked.ok) throw new AppError('internal', `an imported body does not fit the editor schema: ${checked.detail}`);
  const saved = await saveArticle(library, { issueId, article: checked.article, baseRevision: request.baseRevision });
  return { article: checked.article, revision: saved.revision, migrated: false, notices: imported.notices };
}
