import type { Language } from '../../../shared/domain/language';
import { DEFAULT_RUBRICS } from '../../../shared/domain/library-manifest';
import type { Handlers } from '../../../shared/ipc/dispatcher';
import { createArticle } from './create-article';
import { getArticle } from './get-article';
import { createNextIssue } from './create-next-issue';
import { getIssue } from './get-issue';
import type { Library } from './library';
import { listIssueSummaries } from './list-issues';
import { listTrash } from './list-trash';
import { reorderArticles } from './reorder-articles';
import { restoreFromTrash } from './restore-from-trash';
import { saveArticle } from './save-article';
import { trashArticle } from './trash-article';
import { trashIssue } from './trash-issue';
import { updateIssue } from './update-issue';
import type { LibraryInfo } from '../../../shared/ipc/summaries';

export type LibraryChannel = Exclude<
  keyof Handlers,
  | `settings:${string}`
  | `app:${string}`
  | 'library:choose-folder'
  | `journal:${string}`
  | `recovery:${string}`
  | `export:${string}`
  | `import:${string}`
>;
export type LibraryHandlers = Omit<Pick<Handlers, LibraryChannel>, 'library:info'> & {
  /** Without `canChangeFolder`, which only the composition root knows. */
  'library:info': (request: Record<string, never>) => Promise<Omit<LibraryInfo, 'canChangeFolder'>>;
};

export interface LibraryHandlerDeps {
  /** The source language of a new article when the request names none (from the settings). */
  defaultSourceLanguage: () => Language | Promise<Language>;
}

/** One handler per library channel of the IPC contract; settings:* come from the settings service. */
export function createLibraryHandlers(library: Library, deps: LibraryHandlerDeps): LibraryHandlers {
  return {
    'library:info': async () => ({
      path: library.dir,
      rubrics: library.manifest?.rubrics ?? DEFAULT_RUBRICS,
      createdSample: library.createdSample,
      readOnly: library.readOnly,
    }),
    'issues:list': () => listIssueSummaries(library),
    'issue:get': ({ issueId }) => getIssue(library, issueId),
    'issue:create-next': ({ weekOf }) => createNextIssue(library, weekOf),
    'issue:update': ({ issueId, ...patch }) => updateIssue(library, issueId, patch),
    'issue:reorder-articles': ({ issueId, articleOrder }) => reorderArticles(library, issueId, articleOrder),
    'issue:trash': ({ issueId }) => trashIssue(library, issueId),
    'article:create': ({ issueId, ...options }) => createArticle(library, issueId, options, deps.defaultSourceLanguage),
    'article:get': ({ issueId, articleId }) => getArticle(library, issueId, articleId),
    'article:save': (request) => saveArticle(library, request),
    'article:trash': ({ issueId, articleId }) => trashArticle(library, issueId, articleId),
    'trash:list': () => listTrash(library),
    'trash:restore': ({ trashId }) => restoreFromTrash(library, trashId),
  };
}
