import { useTranslation } from 'react-i18next';
import type { IssueStatus } from '../../shared/domain/statuses';
import './StatusChip.css';

export function IssueStatusBadge({ status }: { status: IssueStatus }) {
  const { t } = useTranslation();
  return <span className={`status-chip status-chip--issue-${status}`}>{t(`issueStatus.${status}`)}</span>;
}
