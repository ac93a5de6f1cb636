import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../library/library-info-context';
import './ReadOnlyLibraryBanner.css';

/**
 * library.json could not be read, so the services refuse every write (D9). Say so once,
 * up front, rather than letting each action fail with a surprise.
 */
export function ReadOnlyLibraryBanner() {
  const { t } = useTranslation(['common', 'errors']);
  const { readOnly, path } = useLibraryInfo();
  if (!readOnly) return null;
  return (
    <div className="read-only-banner" role="alert">
      <strong>{t('common:readOnlyLibrary.title')}</strong> {t(`errors:unreadable.${readOnly.reason}`)}{' '}
      {t('common:readOnlyLibrary.detail', { path: `${path}/library.json` })}
    </div>
  );
}
