import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../../shared/domain/language';
import { moveItem } from '../../common/move-item';
import { AuthorDialog } from './AuthorDialog';
import { authorDisplayName } from './author-display-name';
import './ArticleHeader.css';

/** The article schema's limit (shared/domain/article.ts). */
export const MAX_AUTHORS = 50;

export interface AuthorsFieldProps {
  /** In byline order; each spelt per language (Lukashenka / Лукашэнка / Лукашенко). */
  authors: LocalizedText[];
  onChange(authors: LocalizedText[]): void;
  disabled: boolean;
}

type Editing = { mode: 'add' } | { mode: 'edit'; index: number };
type FocusTarget = { index: number; control: 'edit' | 'earlier' | 'later' } | 'add';

const EMPTY_AUTHOR: LocalizedText = { en: '', be: '', ru: '' };

/**
 * The article's authors as a compact byline: each name (in the UI language, or another
 * written spelling) opens a dialog with the three spellings; small buttons move an author
 * earlier or later and remove them. The focus stays with what the user acted on.
 */
export function AuthorsField({ authors, onChange, disabled }: AuthorsFieldProps) {
  const { t, i18n } = useTranslation('articleHeader');
  const uiLanguage = i18n.language as Language;
  const labelId = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const full = authors.length >= MAX_AUTHORS;

  useLayoutEffect(() => {
    if (!focusTarget) return;
    setFocusTarget(null);
    if (focusTarget === 'add') {
      addButton.current?.focus();
      return;
    }
    const { index, control } = focusTarget;
    const candidates = [control, control === 'earlier' ? 'later' : 'earlier', 'edit'].map((c) => controls.current.get(`${index}:${c}`));
    const target = candidates.find((el) => el && !el.disabled);
    (target ?? addButton.current)?.focus();
  }, [focusTarget, authors]);

  const register = (index: number, control: 'edit' | 'earlier' | 'later') => (el: HTMLButtonElement | null) => {
    if (el) controls.current.set(`${index}:${control}`, el);
    else controls.current.delete(`${index}:${control}`);
  };

  const move = (index: number, delta: -1 | 1) => {
    onChange(moveItem(authors, index, index + delta));
    setFocusTarget({ index: index + delta, control: delta < 0 ? 'earlier' : 'later' });
  };

  const remove = (index: number) => {
    const next = authors.filter((_, i) => i !== index);
    onChange(next);
    setFocusTarget(next.length === 0 ? 'add' : { index: Math.min(index, next.length - 1), control: 'edit' });
  };

  return (
    <div className="authors-field" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="field__label">
        {t('authors.label')}
      </span>
      {authors.length === 0 ? (
        <span className="authors-field__none">{t('authors.none')}</span>
      ) : (
        <ol className="authors-field__list">
          {authors.map((author, index) => {
            const shown = authorDisplayName(author, uiLanguage);
            const name = shown?.text ?? t('authors.unnamed');
            return (
              // Authors have no ids; the index is their identity within this list.
              <li key={index} className="author-chip">
                <button
                  ref={register(index, 'edit')}
                  type="button"
                  className="author-chip__name"
                  aria-label={t('authors.edit', { name })}
                  disabled={disabled}
                  onClick={() => setEditing({ mode: 'edit', index })}
                >
                  <span lang={shown?.lang}>{name}</span>
                </button>
                {authors.length > 1 && (
                  <>
                    <button
                      ref={register(index, 'earlier')}
                      type="button"
                      className="author-chip__action"
                      aria-label={t('authors.moveEarlier', { name })}
                      title={t('authors.moveEarlier', { name })}
                      disabled={disabled || index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <span aria-hidden="true">←</span>
                    </button>
                    <button
                      ref={register(index, 'later')}
                      type="button"
                      className="author-chip__action"
                      aria-label={t('authors.moveLater', { name })}
                      title={t('authors.moveLater', { name })}
                      disabled={disabled || index === authors.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <span aria-hidden="true">→</span>
                    </button>
                  </>
                )}
                <button
                  type="button"
                  className="author-chip__action author-chip__action--remove"
                  aria-label={t('authors.remove', { name })}
                  title={t('authors.remove', { name })}
                  disabled={disabled}
                  onClick={() => remove(index)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        className="button button--small button--quiet authors-field__add"
        disabled={disabled || full}
        title={full ? t('authors.limit', { max: MAX_AUTHORS }) : undefined}
        onClick={() => setEditing({ mode: 'add' })}
      >
        <span aria-hidden="true">+</span>
        {t('authors.add')}
      </button>
      {editing && !disabled && (
        <AuthorDialog
          mode={editing.mode}
          initial={editing.mode === 'edit' ? (authors[editing.index] ?? EMPTY_AUTHOR) : EMPTY_AUTHOR}
          onSave={(author) => {
            setEditing(null);
            if (editing.mode === 'edit') {
              onChange(authors.map((a, i) => (i === editing.index ? author : a)));
              setFocusTarget({ index: editing.index, control: 'edit' });
            } else if (authors.length < MAX_AUTHORS) {
              onChange([...authors, author]);
              setFocusTarget({ index: authors.length, control: 'edit' });
            }
          }}
          onCancel={() => {
            setEditing(null);
            setFocusTarget(editing.mode === 'edit' ? { index: editing.index, control: 'edit' } : 'add');
          }}
        />
      )}
    </div>
  );
}
