import { useTranslation } from 'react-i18next';
import { useNavigation } from '../navigation/navigation-context';
import { useShellActions } from './shell-actions-context';
import './AppHeader.css';

export function AppHeader() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const { openSettings } = useShellActions();
  const at = navigation.current.kind;

  return (
    <header className="app-header">
      <div className="app-header__start">
        {navigation.canGoBack && (
          <button
            type="button"
            className="button button--quiet app-header__back"
            aria-keyshortcuts="Alt+ArrowLeft"
            title={t('shortcutHint', { keys: 'Alt+←' })}
            onClick={() => void navigation.back()}
          >
            <span aria-hidden="true">←</span> {t('action.back')}
          </button>
        )}
        <span className="app-header__brand">Triptych</span>
      </div>
      <nav className="app-header__nav" aria-label={t('nav.label')}>
        <button
          type="button"
          className="app-header__link"
          aria-current={at === 'library' ? 'page' : undefined}
          onClick={() => void (at === 'library' ? undefined : navigation.home())}
        >
          {t('nav.library')}
        </button>
        <button
          type="button"
          className="app-header__link"
          aria-current={at === 'trash' ? 'page' : undefined}
          onClick={() => void (at === 'trash' ? undefined : navigation.open({ kind: 'trash' }))}
        >
          {t('nav.trash')}
        </button>
        <button type="button" className="app-header__link" aria-haspopup="dialog" onClick={openSettings}>
          {t('nav.settings')}
        </button>
      </nav>
    </header>
  );
}
