import type { Article } from '../../../shared/domain/article';

export interface LatestEntry {
  entryId: string;
  article: Article;
}

/** Articles open in editors at once are few; past this, the oldest entry is written whole next time. */
const LIMIT = 16;

/**
 * The last entry written per article, kept in memory so a patch can be applied without
 * reading the file back. Only what this process wrote is here: after a restart every
 * article's first entry is written whole.
 */
export function createLatestEntries(limit = LIMIT) {
  const entries = new Map<string, LatestEntry>();
  const key = (issueId: string, articleId: string) => `${issueId}/${articleId}`;
  return {
    get(issueId: string, articleId: string): LatestEntry | undefined {
      return entries.get(key(issueId, articleId));
    },
    remember(issueId: string, articleId: string, entry: LatestEntry): void {
      const k = key(issueId, articleId);
      // Re-inserted, so the map's order is the order of last use.
      entries.delete(k);
      entries.set(k, entry);
      while (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
    forget(issueId: string, articleId: string): void {
      entries.delete(key(issueId, articleId));
    },
  };
}
