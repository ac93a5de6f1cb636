import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../common/ScreenHeading';
import { useAppEvent } from '../common/use-app-event';
import { useIpcResource } from '../common/use-ipc-resource';
import { useErrorMessage, useUnreadableMessage } from '../errors/use-error-message';
import { ImportArchiveButton } from '../import/ImportArchiveButton';
import { ipc } from '../ipc/api';
import { useNavigation } from '../navigation/navigation-context';
import { useShellActions } from '../shell/shell-actions-context';
import { groupIssues } from './group-issues';
import { IssueCard } from './IssueCard';
import { RecoveredEditsPanel } from './RecoveredEditsPanel';
import './LibraryScreen.css';

const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

export function LibraryScreen() {
  const { t } = useTranslation(['library', 'common']);
  const navigation = useNavigation();
  const { createNextIssue } = useShellActions();
  const errorMessage = useErrorMessage();
  const unreadableMessage = useUnreadableMessage();
  const issues = useIpcResource(() => ipc.call('issues:list', {}), 'issues');
  const unreadableHeadingId = useId();

  useAppEvent('library:changed', () => issues.reload());

  const groups = issues.data ? groupIssues(issues.data) : null;

  return (
    <div className="screen library-screen">
      <div className="screen__header">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <div className="library-screen__actions">
          <ImportArchiveButton />
          <button
            type="button"
            className="button button--primary"
            aria-keyshortcuts={IS_MAC ? 'Meta+N' : 'Control+N'}
            title={t('common:shortcutHint', { keys: IS_MAC ? '⌘N' : 'Ctrl+N' })}
            onClick={() => void createNextIssue()}
          >
            {t('newIssue')}
          </button>
        </div>
      </div>

      <RecoveredEditsPanel />

      {issues.status === 'loading' && <p className="muted">{t('common:loading')}</p>}
      {issues.status === 'failed' && (
        <div className="panel panel--error" role="alert">
          <p>{errorMessage(issues.error)}</p>
          <button type="button" className="button" onClick={issues.reload}>
            {t('common:action.retry')}
          </button>
        </div>
      )}

      {groups && groups.byStatus.length === 0 && groups.unreadable.length === 0 && (
        <div className="panel empty-state">
          <p>{t('empty')}</p>
        </div>
      )}

      {groups?.byStatus.map(({ status, issues: inGroup }) => (
        <section key={status} className="issue-group" aria-labelledby={`group-${status}`}>
          <h2 id={`group-${status}`} className="issue-group__title">
            {t(`group.${status}`)} <span className="issue-group__count">{inGroup.length}</span>
          </h2>
          <ul className="issue-group__list card-list">
            {inGroup.map((issue) => (
              <li key={issue.id}>
                <IssueCard issue={issue} onOpen={() => void navigation.open({ kind: 'issue', issueId: issue.id })} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      {groups && groups.unreadable.length > 0 && (
        <section className="issue-group" aria-labelledby={unreadableHeadingId}>
          <h2 id={unreadableHeadingId} className="issue-group__title">
            {t('group.unreadable')} <span className="issue-group__count">{groups.unreadable.length}</span>
          </h2>
          <ul className="issue-group__list card-list">
            {groups.unreadable.map((issue) => (
              <li key={issue.id} className="unreadable-item">
                <span className="unreadable-item__name">{issue.id}</span>
                <span className="warning-text">{unreadableMessage(issue.reason)}</span>
                <span className="unreadable-item__detail" lang="en">
                  {issue.detail}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
