import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashEntry } from '../../shared/ipc/summaries';
import { ScreenHeading } from '../common/ScreenHeading';
import { useAppEvent } from '../common/use-app-event';
import { useIpcResource } from '../common/use-ipc-resource';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { useNotices } from '../notices/notice-context';
import './LibraryScreen.css';

export function TrashScreen() {
  const { t, i18n } = useTranslation(['library', 'common']);
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  const entries = useIpcResource(() => ipc.call('trash:list', {}), 'trash');
  const [restoring, setRestoring] = useState<string | null>(null);

  useAppEvent('library:changed', () => entries.reload());

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const restore = async (entry: TrashEntry) => {
    setRestoring(entry.trashId);
    try {
      await ipc.call('trash:restore', { trashId: entry.trashId });
      notify('info', t('restored', { label: entry.label }));
      entries.reload();
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setRestoring(null);
    }
  };

  const sorted = entries.data ? [...entries.data].sort((a, b) => b.trashedAt.localeCompare(a.trashedAt)) : null;

  return (
    <div className="screen library-screen">
      <div className="screen__header">
        <ScreenHeading>{t('trash.title')}</ScreenHeading>
      </div>
      <p className="muted">{t('trash.explanation')}</p>

      {entries.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
      {entries.status === 'failed' && (
        <div className="panel panel--error" role="alert">
          <p>{errorMessage(entries.error)}</p>
          <button type="button" className="button" onClick={entries.reload}>
            {t('common:action.retry')}
          </button>
        </div>
      )}
      {sorted && sorted.length === 0 && (
        <div className="panel empty-state">
          <p>{t('trash.empty')}</p>
        </div>
      )}
      {sorted && sorted.length > 0 && (
        <ul className="trash-list">
          {sorted.map((entry) => (
            <li key={entry.trashId} className="trash-list__item">
              <span className="trash-list__kind">{t(`trash.kind.${entry.kind}`)}</span>
              <span className="trash-list__label">{entry.label}</span>
              <span className="muted">
                <time dateTime={entry.trashedAt}>{dateFormat.format(new Date(entry.trashedAt))}</time>
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('trash.restoreNamed', { label: entry.label })}
                disabled={restoring !== null}
                onClick={() => void restore(entry)}
              >
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
