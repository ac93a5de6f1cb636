import type { Handlers } from '../../../shared/ipc/dispatcher';
import { AppError } from '../../../shared/ipc/error-codes';
import type { Journal } from './journal';
import { articleContentHash } from './journal-entry';

export type JournalChannel = 'journal:write' | 'journal:patch' | 'journal:discard' | 'recovery:list';
type WrappedChannel = 'article:get' | 'article:save';

export interface JournalHandlerDeps {
  journal: Journal;
  /** The library's own `article:get` and `article:save`, which the journal extends. */
  library: Pick<Handlers, WrappedChannel>;
  log?: ((message: string, detail?: unknown) => void) | undefined;
}

/**
 * The crash-journal channels, plus `article:get` offering journaled edits back (`recovered`)
 * and `article:save` retiring the entry it made obsolete. A journal problem never fails a
 * load or a save that itself succeeded: it is logged, and the entry stays on disk.
 */
export function createJournalHandlers(deps: JournalHandlerDeps): Pick<Handlers, JournalChannel | WrappedChannel> {
  const { journal } = deps;
  const log = deps.log ?? (() => {});
  return {
    'journal:write': (request) => journal.write(request),
    'journal:patch': (request) => journal.patch(request),
    'journal:discard': async ({ issueId, articleId }) => {
      await journal.discard(issueId, articleId);
      return {};
    },
    'recovery:list': () => journal.list(),
    'article:get': async (request) => {
      const loaded = await deps.library['article:get'](request);
      const recovered = await journal.recoveredFor(request.issueId, request.articleId, loaded.article).catch((error: unknown) => {
        log(`the crash journal of article ${request.articleId} could not be read`, error);
        return undefined;
      });
      return recovered === undefined ? loaded : { ...loaded, recovered };
    },
    'article:save': async (request) => {
      let saved;
      try {
        saved = await deps.library['article:save'](request);
      } catch (error) {
        // A conflict wrote this very article to a conflict copy: an entry holding the same
        // text is safe there, and offering it back again would only make a second copy.
        if (error instanceof AppError && error.code === 'conflict') {
          await journal.discardIfSaved(request.issueId, request.article.id, articleContentHash(request.article)).catch((cause: unknown) => {
            log(`the crash journal entry of article ${request.article.id} could not be retired after a conflict`, cause);
          });
        }
        throw error;
      }
      await journal.discardIfSaved(request.issueId, request.article.id, saved.revision).catch((error: unknown) => {
        log(`the crash journal entry of article ${request.article.id} could not be retired after saving`, error);
      });
      return saved;
    },
  };
}
