import { newArticle } from '../../../shared/domain/article';
import { randomSuffix } from '../../../shared/domain/identifiers';
import type { Language } from '../../../shared/domain/language';
import { AppError } from '../../../shared/ipc/error-codes';
import type { LoadedArticle } from '../../../shared/ipc/summaries';
import { checkArticleBodies } from './check-article-bodies';
import { pathExists } from './path-exists';
import { listArticleFileIds, readIssueContents } from './issue-contents';
import { issueQueueKey, type Library } from './library';
import { requireReadableIssue } from './read-issue-file';
import { mappingFsErrors } from './to-app-error';
import { writeArticleFile } from './write-article-file';
import { writeIssueFile } from './write-issue-file';

export interface CreateArticleOptions {
  rubric?: string | undefined;
  sourceLanguage?: Language | undefined;
  position?: number | undefined;
}

/**
 * `article:create`: a new empty article in the issue. The article file is written before the
 * issue's order, so an interruption leaves an extra (empty) article that issue:get shows,
 * never an order entry without its file.
 */
export function createArticle(
  library: Library,
  issueId: string,
  options: CreateArticleOptions,
  defaultSourceLanguage: () => Language | Promise<Language>,
): Promise<LoadedArticle> {
  return library.queue.run(issueQueueKey(issueId), async () => {
    library.assertWritable();
    const issue = await requireReadableIssue(library, issueId);
    const rubrics = library.manifest?.rubrics ?? [];
    if (options.rubric !== undefined && !rubrics.some((r) => r.id === options.rubric)) {
      throw new AppError('invalid-request', `there is no rubric ${options.rubric}`);
    }
    const rubric = options.rubric ?? rubrics[0]?.id;
    if (rubric === undefined) throw new AppError('invalid-operation', 'the library has no rubrics');
    const sourceLanguage = options.sourceLanguage ?? (await defaultSourceLanguage());
    const { order } = await readIssueContents(library, issue);
    const taken = new Set([...order, ...(await listArticleFileIds(library, issueId))]);
    let articleId: string;
    do articleId = `a-${randomSuffix(library.random, 8)}`;
    while (taken.has(articleId) || (await mappingFsErrors(() => pathExists(library.fs, library.layout.articleFile(issueId, articleId)))));

    const now = library.now().toISOString();
    const checked = checkArticleBodies(newArticle({ id: articleId, rubric, sourceLanguage, now }));
    if (!checked.ok) throw new AppError('internal', `a new article does not fit the editor schema: ${checked.detail}`);
    const revision = await writeArticleFile(library, issueId, checked.article);
    library.readableRevisions.set(library.layout.articleFile(issueId, articleId), revision);
    const position = Math.min(options.position ?? order.length, order.length);
    const articleOrder = [...order.slice(0, position), articleId, ...order.slice(position)];
    try {
      await writeIssueFile(library, { ...issue, articleOrder, updatedAt: now });
    } catch (error) {
      // The empty file was made a moment ago and holds nothing of the user's; without it the
      // failed create leaves no trace. If even this fails, issue:get still lists it.
      await library.fs.unlink(library.layout.articleFile(issueId, articleId)).catch(() => {});
      throw error;
    }
    library.events.emit('library:changed', { issueId, at: now });
    return { article: checked.article, revision, migrated: false };
  });
}
