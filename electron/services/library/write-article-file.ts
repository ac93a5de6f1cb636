import { ARTICLE_KEY_ORDER, type Article } from '../../../shared/domain/article';
import { ensureDirectory } from './ensure-directory';
import type { Library } from './library';
import { writeJsonFile } from './write-json-file';

/** Durably writes an already validated article to its file; returns the new revision. */
export async function writeArticleFile(library: Library, issueId: string, article: Article): Promise<string> {
  // Sync tools and git do not carry empty folders, so an issue may arrive without one.
  await ensureDirectory(library.fs, library.layout.articlesDir(issueId));
  return writeJsonFile(library.fs, library.layout.articleFile(issueId, article.id), article, ARTICLE_KEY_ORDER, library.writeOptions);
}
