import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../errors/use-error-message';
import type { SaveState } from './article-saver';

export interface SaveStatusProps {
  state: SaveState;
  onRetry(): void;
  onReload(): void;
}

/** Always visible, always true: "Saved" appears only once the write is durable (D3). */
export function SaveStatus({ state, onRetry, onReload }: SaveStatusProps) {
  const { t } = useTranslation(['article', 'common']);
  const errorMessage = useErrorMessage();
  return (
    <div className={`save-status save-status--${state.kind}`} role="status" aria-label={t('save.label')}>
      {state.kind === 'saved' && (
        <>
          <span aria-hidden="true" className="save-status__icon">
            ✓
          </span>
          <span>{t('save.saved')}</span>
        </>
      )}
      {state.kind === 'saving' && <span>{t('save.saving')}</span>}
      {state.kind === 'failed' && (
        <>
          <span>{t('save.failed', { reason: errorMessage(state.error) })}</span>
          <button type="button" className="button button--small" onClick={onRetry}>
            {t('common:action.retry')}
          </button>
        </>
      )}
      {state.kind === 'conflict' && (
        <>
          <span>{t('save.conflict')}</span>
          <button type="button" className="button button--small" onClick={onReload}>
            {t('reload')}
          </button>
        </>
      )}
      {state.kind === 'stopped' && <span>{t('save.readOnly')}</span>}
    </div>
  );
}
