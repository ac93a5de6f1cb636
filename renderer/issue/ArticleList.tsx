import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import type { ArticleSummary } from '../../shared/ipc/summaries';
import { ArticleRow, rowTitle } from './ArticleRow';

export interface ArticleListProps {
  articles: readonly ArticleSummary[];
  onMove(from: number, to: number): void;
  onOpen(article: ArticleSummary): void;
  onTrash(article: ArticleSummary): void;
}

type FocusTarget = { id: string; via: 'keyboard' | 'up-button' | 'down-button' };

export function ArticleList({ articles, onMove, onOpen, onTrash }: ArticleListProps) {
  const { t, i18n } = useTranslation(['issue', 'common']);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<FocusTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // Moving a DOM node can drop its focus; put focus back where the user was: on the row,
  // or on the same arrow button (or its twin once the row reaches an end).
  useLayoutEffect(() => {
    if (!focusAfterMove) return;
    const { id, via } = focusAfterMove;
    const row = rows.current.get(id);
    const same = via === 'keyboard' ? null : buttons.current.get(`${id}:${via === 'up-button' ? 'up' : 'down'}`);
    const twin = via === 'keyboard' ? null : buttons.current.get(`${id}:${via === 'up-button' ? 'down' : 'up'}`);
    const target = same && !same.disabled ? same : twin && !twin.disabled ? twin : row;
    target?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, articles]);

  if (articles.length === 0) {
    return (
      <div className="panel empty-state">
        <p>{t('noArticles')}</p>
      </div>
    );
  }

  return (
    <>
      <ol className="article-list card-list">
        {articles.map((article, index) => (
          <ArticleRow
            key={article.id}
            ref={(el) => {
              if (el) rows.current.set(article.id, el);
              else rows.current.delete(article.id);
            }}
            article={article}
            position={index + 1}
            count={articles.length}
            onOpen={() => onOpen(article)}
            onTrash={() => onTrash(article)}
            registerButton={(kind, el) => {
              if (el) buttons.current.set(`${article.id}:${kind}`, el);
              else buttons.current.delete(`${article.id}:${kind}`);
            }}
            onMove={(delta, via) => {
              const to = index + delta;
              if (to < 0 || to >= articles.length) return;
              onMove(index, to);
              setFocusAfterMove({ id: article.id, via });
              const title = rowTitle(article, i18n.language as Language) ?? t('untitled');
              setAnnouncement(t('moved', { title, position: to + 1, count: articles.length }));
            }}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
