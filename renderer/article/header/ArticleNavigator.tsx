import { useCallback, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import type { ArticleSummary } from '../../../shared/ipc/summaries';
import { useAppEvent } from '../../common/use-app-event';
import { useIpcResource } from '../../common/use-ipc-resource';
import { ipc } from '../../ipc/api';
import { rowTitle } from '../../issue/ArticleRow';
import { articlePosition } from './article-neighbours';
import { NEXT_ARTICLE_KEYS, PREVIOUS_ARTICLE_KEYS, articleStep } from './navigation-shortcut';
import './ArticleHeader.css';

export interface ArticleNavigatorProps {
  issueId: string;
  /** The article on screen. */
  articleId: string;
  /** Asks to show another article of the same issue (the screen decides whether it may leave). */
  onOpen(articleId: string): void;
}

/**
 * Previous / next article and "Article n of N" (a list of the issue's articles by title),
 * to move through an issue without going back to it. Alt+PageUp / Alt+PageDown work
 * anywhere on the screen while this is mounted. The list follows library changes.
 */
export function ArticleNavigator({ issueId, articleId, onOpen }: ArticleNavigatorProps) {
  const { t, i18n } = useTranslation(['articleHeader', 'common']);
  const uiLanguage = i18n.language as Language;
  const selectId = useId();
  const detail = useIpcResource(() => ipc.call('issue:get', { issueId }), issueId);
  useAppEvent('library:changed', ({ issueId: changed }) => {
    if (changed === null || changed === issueId) detail.reload();
  });

  const articles = detail.data?.articles ?? [];
  const { position, count, previous, next } = articlePosition(articles, articleId);
  const titleOf = useCallback(
    (article: ArticleSummary) => (article.readable ? (rowTitle(article, uiLanguage) ?? t('navigator.untitled')) : t('navigator.unreadable')),
    [t, uiLanguage],
  );

  // The latest targets for the document-level shortcut, without re-subscribing on every render.
  const targets = useRef({ previous, next, onOpen });
  targets.current = { previous, next, onOpen };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = articleStep(event);
      if (step === null || event.defaultPrevented) return;
      // A modal dialog (a leave prompt, an author being edited) owns the keyboard.
      if (document.querySelector('dialog:modal')) return;
      const target = step < 0 ? targets.current.previous : targets.current.next;
      event.preventDefault();
      if (target) targets.current.onOpen(target.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <nav className="article-navigator" aria-label={t('navigator.label')}>
      <button
        type="button"
        className="button button--icon button--small"
        aria-label={t('navigator.previous')}
        aria-keyshortcuts={PREVIOUS_ARTICLE_KEYS}
        title={previous ? t('navigator.previousTooltip', { title: titleOf(previous), keys: PREVIOUS_ARTICLE_KEYS }) : undefined}
        disabled={!previous}
        onClick={() => previous && onOpen(previous.id)}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label className="article-navigator__position" htmlFor={selectId}>
        {position > 0
          ? t('navigator.position', { position, count })
          : detail.status === 'loading'
            ? t('common:loading')
            : t('navigator.notInIssue')}
      </label>
      <select
        id={selectId}
        className="input input--compact article-navigator__select"
        value={position > 0 ? articleId : ''}
        disabled={detail.status !== 'ready' || articles.length === 0}
        aria-invalid={detail.status === 'failed' || undefined}
        title={detail.status === 'failed' ? t('navigator.loadFailed') : undefined}
        onChange={(event) => {
          if (event.target.value && event.target.value !== articleId) onOpen(event.target.value);
        }}
      >
        {position === 0 && <option value="">{detail.status === 'failed' ? t('navigator.loadFailed') : ''}</option>}
        {articles.map((article, index) => (
          <option key={article.id} value={article.id}>
            {t('navigator.option', { position: index + 1, title: titleOf(article) })}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--icon button--small"
        aria-label={t('navigator.next')}
        aria-keyshortcuts={NEXT_ARTICLE_KEYS}
        title={next ? t('navigator.nextTooltip', { title: titleOf(next), keys: NEXT_ARTICLE_KEYS }) : undefined}
        disabled={!next}
        onClick={() => next && onOpen(next.id)}
      >
        <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
