import type { KeyboardEvent, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { ArticleSummary } from '../../shared/ipc/summaries';
import { StatusChip } from '../common/StatusChip';
import { useUnreadableMessage } from '../errors/use-error-message';
import { findRubric, useLibraryInfo } from '../library/library-info-context';

export interface ArticleRowProps {
  ref?: Ref<HTMLLIElement>;
  article: ArticleSummary;
  position: number;
  count: number;
  onOpen(): void;
  onMove(delta: -1 | 1, via: 'keyboard' | 'up-button' | 'down-button'): void;
  onTrash(): void;
  registerButton(kind: 'up' | 'down', el: HTMLButtonElement | null): void;
}

/** The title a row is announced by: the UI language's title if written, else any. */
export function rowTitle(article: ArticleSummary, uiLanguage: Language): string | null {
  if (!article.readable) return null;
  const preferred = article.titles[uiLanguage].trim();
  if (preferred) return preferred;
  return LANGUAGES.map((lang) => article.titles[lang].trim()).find(Boolean) ?? null;
}

/**
 * One article in the reading order. The row itself is focusable so Alt+↑/↓ can
 * move it while focus travels with it; the buttons do the same for pointer users.
 */
export function ArticleRow({ ref, article, position, count, onOpen, onMove, onTrash, registerButton }: ArticleRowProps) {
  const { t, i18n } = useTranslation(['issue', 'common']);
  const info = useLibraryInfo();
  const unreadableMessage = useUnreadableMessage();
  const uiLanguage = i18n.language as Language;
  const title = rowTitle(article, uiLanguage) ?? t('untitled');

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      onMove(event.key === 'ArrowUp' ? -1 : 1, 'keyboard');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onOpen();
    } else if (event.key === 'Delete') {
      event.preventDefault();
      onTrash();
    }
  };

  return (
    <li
      ref={ref}
      tabIndex={0}
      className={`article-row${article.readable ? '' : ' article-row--unreadable'}`}
      aria-label={t('rowLabel', { position, count, title })}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Enter Delete"
      onKeyDown={onKeyDown}
    >
      <span className="article-row__position" aria-hidden="true">
        {position}
      </span>
      <div className="article-row__main">
        {article.readable ? (
          <>
            <span className="article-row__rubric">
              {findRubric(info, article.rubric)?.name[uiLanguage] ?? article.rubric}
            </span>
            <button type="button" className="article-row__open" onClick={onOpen}>
              {LANGUAGES.map((lang) => {
                const text = article.titles[lang].trim();
                return (
                  <span key={lang} className="article-row__title">
                    <span className="article-row__lang" aria-hidden="true">
                      {lang.toUpperCase()}
                    </span>
                    {text ? (
                      <span lang={lang}>{text}</span>
                    ) : (
                      <span className="article-row__untitled">{t('noTitle')}</span>
                    )}
                  </span>
                );
              })}
            </button>
            <span className="article-row__chips">
              {LANGUAGES.map((lang) => (
                <StatusChip key={lang} language={lang} status={article.statuses[lang]} />
              ))}
            </span>
          </>
        ) : (
          <>
            <button type="button" className="article-row__open" onClick={onOpen}>
              <span className="article-row__title">{t('unreadableArticle', { id: article.id })}</span>
            </button>
            <span className="warning-text">
              <span aria-hidden="true">⚠ </span>
              {unreadableMessage(article.reason)}
            </span>
          </>
        )}
      </div>
      <div className="article-row__actions">
        <button
          ref={(el) => registerButton('up', el)}
          type="button"
          className="button button--icon"
          aria-label={t('moveUp')}
          title={t('moveUp')}
          disabled={position === 1}
          onClick={() => onMove(-1, 'up-button')}
        >
          ↑
        </button>
        <button
          ref={(el) => registerButton('down', el)}
          type="button"
          className="button button--icon"
          aria-label={t('moveDown')}
          title={t('moveDown')}
          disabled={position === count}
          onClick={() => onMove(1, 'down-button')}
        >
          ↓
        </button>
        <button type="button" className="button button--small button--subtle-danger" onClick={onTrash}>
          {t('moveToTrash')}
        </button>
      </div>
    </li>
  );
}
