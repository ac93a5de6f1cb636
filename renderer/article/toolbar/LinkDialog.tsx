import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../common/use-modal-dialog';
import { normaliseLinkInput } from './normalise-link';

export interface LinkDialogProps {
  /** The href of the link under the selection, or '' for a new link. */
  initialHref: string;
  /** The selection is inside a link: offer "Remove link". */
  canRemove: boolean;
  onApply(href: string, text: string): void;
  onRemove(): void;
  onCancel(): void;
}

type Problem = 'empty' | 'refused' | null;

/**
 * A small modal <dialog> asking for a link address. The browser traps focus and Esc
 * cancels. Whatever is typed goes through the one link policy; a refused address shows
 * why and changes nothing. The dialog closes itself before reporting, so the caller can
 * give the focus back to the editor (a modal dialog would keep it).
 */
export function LinkDialog({ initialHref, canRemove, onApply, onRemove, onCancel }: LinkDialogProps) {
  const { t } = useTranslation(['editor', 'common']);
  const inputRef = useRef<HTMLInputElement>(null);
  const ref = useModalDialog({
    focus: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  });
  const [value, setValue] = useState(initialHref);
  const [problem, setProblem] = useState<Problem>(null);
  const titleId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const close = () => ref.current?.close();

  return (
    <dialog
      ref={ref}
      className="dialog link-dialog"
      aria-labelledby={titleId}
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
          const result = normaliseLinkInput(value);
          if (result.kind !== 'ok') {
            setProblem(result.kind);
            inputRef.current?.focus();
            return;
          }
          close();
          onApply(result.href, value.trim());
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {t('linkDialog.title')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('linkDialog.address')}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={value}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setValue(event.target.value);
              setProblem(null);
            }}
          />
          <p id={hintId} className="field__hint">
            {t('linkDialog.hint')}
          </p>
          {problem && (
            <p id={errorId} className="field__error" role="alert">
              {problem === 'empty' ? t('linkDialog.empty') : t('linkDialog.refused', { example: 'example.org' })}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          {canRemove && (
            <button
              type="button"
              className="button button--danger-text link-dialog__remove"
              onClick={() => {
                close();
                onRemove();
              }}
            >
              {t('linkDialog.remove')}
            </button>
          )}
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
            {t('linkDialog.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
