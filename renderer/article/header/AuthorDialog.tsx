import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../common/use-modal-dialog';
import { LANGUAGES, type LocalizedText } from '../../../shared/domain/language';
import { isBlankAuthor, trimAuthor } from './author-display-name';
import '../../common/Dialog.css';
import './ArticleHeader.css';

export interface AuthorDialogProps {
  /** The spellings to start from: empty strings for a new author. */
  initial: LocalizedText;
  mode: 'add' | 'edit';
  /** Called with trimmed spellings, at least one of them written. */
  onSave(author: LocalizedText): void;
  onCancel(): void;
}

/** Longest spelling accepted: a name, not a paragraph. */
const MAX_NAME_LENGTH = 200;

/**
 * A small modal <dialog> with the author's name as it is spelt in each language. The
 * browser traps focus and Esc cancels. It closes itself before reporting, so the caller
 * decides where the focus goes next (the modal would otherwise put it back on the opener).
 */
export function AuthorDialog({ initial, mode, onSave, onCancel }: AuthorDialogProps) {
  const { t } = useTranslation(['articleHeader', 'common']);
  const firstInput = useRef<HTMLInputElement>(null);
  const ref = useModalDialog({ focus: () => firstInput.current?.focus() });
  const [value, setValue] = useState<LocalizedText>(initial);
  const [blank, setBlank] = useState(false);
  const titleId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputId = useId();

  const close = () => ref.current?.close();

  return (
    <dialog
      ref={ref}
      className="dialog author-dialog"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      onCancel={(event) => {
        event.preventDefault();
        close();
        onCancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (isBlankAuthor(value)) {
            setBlank(true);
            firstInput.current?.focus();
            return;
          }
          close();
          onSave(trimAuthor(value));
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {mode === 'add' ? t('authors.dialog.addTitle') : t('authors.dialog.editTitle')}
        </h2>
        <p id={hintId} className="field__hint author-dialog__hint">
          {t('authors.dialog.hint')}
        </p>
        <div className="author-dialog__fields">
          {LANGUAGES.map((lang, index) => (
            <div key={lang} className="field">
              <label className="field__label" htmlFor={`${inputId}-${lang}`}>
                {t(`authors.dialog.nameIn.${lang}`)}
              </label>
              <input
                ref={index === 0 ? firstInput : undefined}
                id={`${inputId}-${lang}`}
                className="input"
                type="text"
                lang={lang}
                spellCheck={false}
                autoComplete="off"
                maxLength={MAX_NAME_LENGTH}
                value={value[lang]}
                aria-invalid={blank || undefined}
                aria-describedby={blank ? errorId : undefined}
                onChange={(event) => {
                  setValue({ ...value, [lang]: event.target.value });
                  setBlank(false);
                }}
              />
            </div>
          ))}
        </div>
        {blank && (
          <p id={errorId} className="field__error" role="alert">
            {t('authors.dialog.empty')}
          </p>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              onCancel();
            }}
          >
            {t('common:action.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('authors.dialog.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
