import { useTranslation } from 'react-i18next';
import type { RecoveredArticle } from '../../shared/ipc/summaries';

export interface RecoveryBannerProps {
  recovered: RecoveredArticle;
  /** The revision of the file as it is now. */
  revision: string;
  onRestore(): void;
  onDiscard(): void;
}

/** Edits the crash journal kept (D6): offered back, never applied or dropped without asking. */
export function RecoveryBanner({ recovered, revision, onRestore, onDiscard }: RecoveryBannerProps) {
  const { t, i18n } = useTranslation('article');
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(recovered.journaledAt));
  return (
    <div className="panel panel--warning recovery-banner" role="alert">
      <h2 className="recovery-banner__title">{t('recovery.title')}</h2>
      <p>{t('recovery.body', { time })}</p>
      {recovered.baseRevision !== revision && <p>{t('recovery.changedSince')}</p>}
      <p className="muted">{t('recovery.lockedNote')}</p>
      <div className="recovery-banner__actions">
        <button type="button" className="button button--primary" onClick={onRestore}>
          {t('recovery.restore')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('recovery.discard')}
        </button>
      </div>
    </div>
  );
}
