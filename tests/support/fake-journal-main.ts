import type { Article } from '../../shared/domain/article';
import { applyJournalPatch } from '../../shared/journal/journal-patch';
import type { JournalAnswer, JournalSend } from '../../renderer/article/article-journal';

/**
 * Main's side of the journal channels for renderer tests: keeps the latest entry and
 * applies patches with the same function main uses, so a test can compare what main
 * would have on disk with what the editor holds.
 */
export function fakeJournalMain() {
  let latest: { entryId: string; article: Article } | null = null;
  let next = 1;
  const sent: JournalSend[] = [];
  const written: { article: Article; baseRevision: string; kind: JournalSend['kind'] }[] = [];
  return {
    sent,
    written,
    get latest(): Article | null {
      return latest?.article ?? null;
    },
    /** Main lost its entry (a save retired it, or main restarted). */
    forget(): void {
      latest = null;
    },
    async send(request: JournalSend): Promise<JournalAnswer> {
      sent.push(request);
      let article: Article | null;
      if (request.kind === 'whole') article = request.article;
      else if (latest === null || latest.entryId !== request.base) return 'needs-whole-article';
      else article = applyJournalPatch(latest.article, request.patch);
      if (article === null) return 'needs-whole-article';
      // Through JSON, as over IPC: nothing may depend on sharing objects with the editor.
      article = JSON.parse(JSON.stringify(article)) as Article;
      latest = { entryId: `entry-${String(next++).padStart(4, '0')}`, article };
      written.push({ article, baseRevision: request.baseRevision, kind: request.kind });
      return { entryId: latest.entryId };
    },
  };
}
