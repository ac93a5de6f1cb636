import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import type { VersionStatus } from '../../shared/domain/statuses';
import './StatusChip.css';

/**
 * One language version's status: colour for scanning, the words for everyone else.
 * Sighted users read "BE · Translated"; screen readers hear "Belarusian: translated".
 */
export function StatusChip({ language, status }: { language: Language; status: VersionStatus }) {
  const { t, i18n } = useTranslation();
  const statusText = t(`versionStatus.${status}`);
  return (
    <span className={`status-chip status-chip--${status}`}>
      <span aria-hidden="true">
        <span className="status-chip__lang">{language.toUpperCase()}</span> {statusText}
      </span>
      <span className="visually-hidden">
        {t('versionStatusLabel', { language: t(`language.${language}`), status: statusText.toLocaleLowerCase(i18n.language) })}
      </span>
    </span>
  );
}
