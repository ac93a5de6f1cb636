import type { ArticleSummary } from '../../../shared/ipc/summaries';

export interface ArticlePosition {
  /** 1-based position of the current article, or 0 when it is not in the list (just trashed). */
  position: number;
  count: number;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
}

/** Where `articleId` stands in the reading order, and its neighbours. */
export function articlePosition(articles: readonly ArticleSummary[], articleId: string): ArticlePosition {
  const index = articles.findIndex((article) => article.id === articleId);
  if (index < 0) return { position: 0, count: articles.length, previous: null, next: null };
  return {
    position: index + 1,
    count: articles.length,
    previous: articles[index - 1] ?? null,
    next: articles[index + 1] ?? null,
  };
}
