import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleScreen } from '../article/ArticleScreen';
import { useAppEvent } from '../common/use-app-event';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { IssueScreen } from '../issue/IssueScreen';
import { LibraryScreen } from '../library/LibraryScreen';
import { TrashScreen } from '../library/TrashScreen';
import { useNavigation } from '../navigation/navigation-context';
import { screenKey, type Screen } from '../navigation/screen';
import { NoticeRegion } from '../notices/NoticeRegion';
import { useNotices } from '../notices/notice-context';
import { SettingsDialog } from '../settings/SettingsDialog';
import { AppHeader } from './AppHeader';
import { ReadOnlyLibraryBanner } from './ReadOnlyLibraryBanner';
import { ShellActionsContext, type ShellActions } from './shell-actions-context';
import { useGlobalShortcuts } from './use-global-shortcuts';

function renderScreen(screen: Screen) {
  switch (screen.kind) {
    case 'library':
      return <LibraryScreen />;
    case 'trash':
      return <TrashScreen />;
    case 'issue':
      return <IssueScreen issueId={screen.issueId} />;
    case 'article':
      return <ArticleScreen screen={screen} />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const creating = useRef(false);

  const createNextIssue = useCallback(async () => {
    // Ctrl+N held down or pressed twice must not create two issues.
    if (creating.current) return;
    creating.current = true;
    try {
      const issue = await ipc.call('issue:create-next', {});
      notify('info', t('issueCreated', { number: issue.number }));
      await navigation.open({ kind: 'issue', issueId: issue.id });
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      creating.current = false;
    }
  }, [navigation, notify, errorMessage, t]);

  const openSettings = useCallback(() => setSettingsOpen(true), []);
  const actions = useMemo<ShellActions>(() => ({ createNextIssue, openSettings }), [createNextIssue, openSettings]);

  useGlobalShortcuts({
    newIssue: () => void createNextIssue(),
    back: () => void navigation.back(),
    openSettings,
  });

  useAppEvent('menu:command', ({ command }) => {
    if (command === 'new-issue') void createNextIssue();
    else if (command === 'open-settings') openSettings();
    else if (command === 'show-library') void navigation.home();
  });

  return (
    <ShellActionsContext.Provider value={actions}>
      <div className="shell">
        <AppHeader />
        <ReadOnlyLibraryBanner />
        <main className="shell__main" key={screenKey(navigation.current)}>
          {renderScreen(navigation.current)}
        </main>
        <NoticeRegion />
        {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      </div>
    </ShellActionsContext.Provider>
  );
}
