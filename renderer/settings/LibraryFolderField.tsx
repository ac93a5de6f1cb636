import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { useLibraryInfo } from '../library/library-info-context';
import { useNotices } from '../notices/notice-context';

/**
 * Where the library lives, and (in the desktop app) a way to pick another folder. The new
 * folder opens after a restart: switching under open editors could send a pending save to
 * the wrong library.
 */
export function LibraryFolderField() {
  const { t } = useTranslation('settings');
  const library = useLibraryInfo();
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  const inputId = useId();
  const hintId = useId();
  const [nextFolder, setNextFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setBusy(true);
    try {
      const result = await ipc.call('library:choose-folder', {});
      if (result.path !== null) setNextFolder(result.restartRequired ? result.path : null);
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const restart = async () => {
    try {
      await ipc.call('app:restart', {});
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {t('libraryFolder')}
      </label>
      <div className="library-folder">
        <input id={inputId} className="input" type="text" value={library.path} readOnly dir="ltr" spellCheck={false} aria-describedby={hintId} />
        {library.canChangeFolder && (
          <button type="button" className="button" onClick={() => void choose()} disabled={busy}>
            {t('changeLibraryFolder')}
          </button>
        )}
      </div>
      <span id={hintId} className="field__hint">
        {t('libraryFolderHint')}
      </span>
      {nextFolder !== null && (
        <div className="library-folder__pending" role="status">
          <span>{t('libraryFolderAfterRestart', { path: nextFolder })}</span>
          <button type="button" className="button button--primary" onClick={() => void restart()}>
            {t('restartNow')}
          </button>
        </div>
      )}
    </div>
  );
}
