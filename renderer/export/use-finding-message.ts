import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { VERSION_STATUSES, type VersionStatus } from '../../shared/domain/statuses';
import type { PreflightFinding } from '../../shared/export/preflight-finding';
import { formatKilobytes } from './format-kilobytes';

// A hostile href can be 2 KB of noise; the sentence shows enough to recognise it.
const MAX_HREF = 60;

const isStatus = (value: string | null): value is VersionStatus => VERSION_STATUSES.includes(value as VersionStatus);

/** A finding of the check before export as one sentence in the UI language. */
export function useFindingMessage(): (finding: PreflightFinding) => string {
  const { t, i18n } = useTranslation(['export', 'common']);
  return useCallback(
    (finding: PreflightFinding) => {
      const count = finding.count ?? 0;
      switch (finding.code) {
        case 'not-approved': {
          const status = isStatus(finding.detail) ? t(`common:versionStatus.${finding.detail}`) : (finding.detail ?? '');
          return t('finding.not-approved', { status: status.toLocaleLowerCase(i18n.language) });
        }
        case 'outdated-paragraphs':
          return t('finding.outdated-paragraphs', { count });
        case 'empty-paragraphs':
          return t('finding.empty-paragraphs', { count });
        case 'empty-link':
          return t('finding.empty-link', { count });
        case 'unsafe-link': {
          const href = finding.detail ?? '';
          return t('finding.unsafe-link', { href: href.length > MAX_HREF ? `${href.slice(0, MAX_HREF)}…` : href });
        }
        case 'email-too-large':
          return t('finding.email-too-large', { size: formatKilobytes(count, i18n.language as Language), client: 'Gmail' });
        default:
          return t(`finding.${finding.code}`);
      }
    },
    [t, i18n.language],
  );
}
