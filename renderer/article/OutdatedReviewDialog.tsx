import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../common/use-modal-dialog';
import type { Language } from '../../shared/domain/language';
import { wordDiff } from '../../shared/editor/alignment/word-diff';
import '../common/Dialog.css';

export interface OutdatedReviewDialogProps {
  lang: Language;
  /** Outdated block ids of the version, in document order. */
  outdated: readonly string[];
  blockId: string;
  change: { before: string; after: string; translation: string } | null;
  onShow(blockId: string): void;
  onMarkUpToDate(blockId: string): void;
  onGoTo(blockId: string): void;
  onClose(): void;
}

/**
 * What changed in the source of one outdated paragraph, word by word, with the current
 * translation below it: the translator fixes the translation (Go to the paragraph) or
 * decides it still holds (Mark up to date), then moves on to the next one.
 */
export function OutdatedReviewDialog(props: OutdatedReviewDialogProps) {
  const { lang, outdated, blockId, change, onShow, onMarkUpToDate, onGoTo, onClose } = props;
  const { t } = useTranslation(['article', 'common']);
  const ref = useModalDialog({ restoreFocus: true });
  const titleId = useId();
  const index = outdated.indexOf(blockId);

  const parts = change ? wordDiff(change.before, change.after) : [];
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide outdated-review"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('outdated.title')}
      </h2>
      {index >= 0 && change ? (
        <>
          <p className="muted">
            {t('outdated.position', { index: index + 1, count: outdated.length, language: t(`common:languageInline.${lang}`) })}
          </p>
          <h3 className="outdated-review__label">{t('outdated.diff')}</h3>
          <p className="outdated-review__diff" data-testid="source-diff">
            {parts.map((part, i) =>
              part.kind === 'same' ? (
                <span key={i}>{part.text}</span>
              ) : part.kind === 'removed' ? (
                <del key={i} aria-label={`${t('outdated.removed')}: ${part.text}`}>
                  {part.text}
                </del>
              ) : (
                <ins key={i} aria-label={`${t('outdated.added')}: ${part.text}`}>
                  {part.text}
                </ins>
              ),
            )}
          </p>
          <h3 className="outdated-review__label">{t('outdated.translation')}</h3>
          <p className="outdated-review__translation" lang={lang}>
            {change.translation}
          </p>
        </>
      ) : (
        <p>{t('outdated.none')}</p>
      )}
      <div className="dialog__actions">
        {outdated.length > 1 && index >= 0 && (
          <>
            <button type="button" className="button" onClick={() => onShow(outdated[(index - 1 + outdated.length) % outdated.length]!)}>
              {t('outdated.previous')}
            </button>
            <button type="button" className="button" onClick={() => onShow(outdated[(index + 1) % outdated.length]!)}>
              {t('outdated.next')}
            </button>
          </>
        )}
        {index >= 0 && change && (
          <>
            <button type="button" className="button" onClick={() => onGoTo(blockId)}>
              {t('outdated.goTo')}
            </button>
            <button type="button" className="button button--primary" onClick={() => onMarkUpToDate(blockId)}>
              {t('outdated.markUpToDate')}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('outdated.close')}
        </button>
      </div>
    </dialog>
  );
}
