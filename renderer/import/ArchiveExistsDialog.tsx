import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../shared/dates/format-period';
import type { Language } from '../../shared/domain/language';
import { useModalDialog } from '../common/use-modal-dialog';
import '../common/Dialog.css';
import './ArchiveExistsDialog.css';

export interface ArchiveExistsDialogProps {
  file: string;
  number: number;
  periodStart: string;
  periodEnd: string;
  onChoose(choice: 'replace' | 'copy' | null): void;
}

/** The archive holds an issue the library already has: replace it, keep both, or stop. */
export function ArchiveExistsDialog({ file, number, periodStart, periodEnd, onChoose }: ArchiveExistsDialogProps) {
  const { t, i18n } = useTranslation(['export', 'common']);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ref = useModalDialog({ focus: () => cancelRef.current?.focus(), restoreFocus: true });
  const titleId = useId();
  const bodyId = useId();
  const period = formatPeriod(periodStart, periodEnd, i18n.language as Language);
  return (
    <dialog
      ref={ref}
      className="dialog archive-exists-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onChoose(null);
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('import.archive.existsTitle', { number })}
      </h2>
      <p id={bodyId}>{t('import.archive.existsBody', { file, period })}</p>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button" onClick={() => onChoose(null)}>
          {t('common:action.cancel')}
        </button>
        <button type="button" className="button" onClick={() => onChoose('copy')}>
          {t('import.archive.copy')}
        </button>
        <button type="button" className="button button--danger" onClick={() => onChoose('replace')}>
          {t('import.archive.replace')}
        </button>
      </div>
    </dialog>
  );
}
