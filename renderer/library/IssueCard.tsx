import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../shared/dates/format-period';
import type { Language } from '../../shared/domain/language';
import type { ReadableIssue } from './group-issues';

export function IssueCard({ issue, onOpen }: { issue: ReadableIssue; onOpen(): void }) {
  const { t, i18n } = useTranslation(['library', 'common']);
  const lang = i18n.language as Language;
  return (
    <button type="button" className="issue-card" onClick={onOpen}>
      <span className="issue-card__number">{t('common:issueNumber', { number: issue.number })}</span>
      <span className="issue-card__period">{formatPeriod(issue.periodStart, issue.periodEnd, lang)}</span>
      <span className="issue-card__meta">
        <span>{t('articleCount', { count: issue.articleCount })}</span>
        {issue.unreadableArticleCount > 0 && (
          <span className="warning-text">
            <span aria-hidden="true">⚠ </span>
            {t('unreadableArticleCount', { count: issue.unreadableArticleCount })}
          </span>
        )}
      </span>
    </button>
  );
}
