import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../shared/settings/settings';
import type { LibraryInfo } from '../shared/ipc/summaries';
import { useErrorMessage } from './errors/use-error-message';
import { ipc } from './ipc/api';
import { LibraryInfoContext } from './library/library-info-context';
import { NavigationProvider } from './navigation/NavigationProvider';
import { NoticeProvider } from './notices/NoticeProvider';
import { SettingsProvider } from './settings/SettingsProvider';
import { Shell } from './shell/Shell';

type Boot = { status: 'loading' } | { status: 'ready'; settings: Settings; info: LibraryInfo } | { status: 'failed'; error: unknown };

/** Loads what every screen needs (settings, the library's rubrics), then shows the shell. */
export function App() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  // react-i18next hands out a new i18n wrapper on every language change; booting must
  // not depend on it, or switching language would restart the whole app.
  const i18nRef = useRef(i18n);
  i18nRef.current = i18n;

  const start = useCallback(() => {
    setBoot({ status: 'loading' });
    Promise.all([ipc.call('settings:get', {}), ipc.call('library:info', {})]).then(
      async ([settings, info]) => {
        // Switch language before the first screen renders, so it never flashes in English.
        await i18nRef.current.changeLanguage(settings.uiLanguage);
        setBoot({ status: 'ready', settings, info });
      },
      (error: unknown) => setBoot({ status: 'failed', error }),
    );
  }, []);

  useEffect(start, [start]);

  if (boot.status === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p>{t('loading')}</p>
      </main>
    );
  }
  if (boot.status === 'failed') {
    return (
      <main className="boot">
        <h1 className="boot__title">{t('bootFailed')}</h1>
        <p role="alert">{errorMessage(boot.error)}</p>
        <button type="button" className="button button--primary" onClick={start}>
          {t('action.retry')}
        </button>
      </main>
    );
  }
  return (
    <NoticeProvider>
      <SettingsProvider initial={boot.settings}>
        <LibraryInfoContext.Provider value={boot.info}>
          <NavigationProvider>
            <Shell />
          </NavigationProvider>
        </LibraryInfoContext.Provider>
      </SettingsProvider>
    </NoticeProvider>
  );
}
