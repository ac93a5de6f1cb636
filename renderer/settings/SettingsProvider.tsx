import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '../../shared/settings/settings';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { useNotices } from '../notices/notice-context';
import { SettingsContext, type SettingsState } from './settings-context';

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const { i18n } = useTranslation();
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  const [settings, setSettings] = useState(initial);
  const latest = useRef(initial);

  useEffect(() => {
    if (i18n.language !== settings.uiLanguage) void i18n.changeLanguage(settings.uiLanguage);
  }, [i18n, settings.uiLanguage]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const before = latest.current;
      const optimistic = { ...before, ...patch };
      latest.current = optimistic;
      setSettings(optimistic);
      try {
        const saved = await ipc.call('settings:update', patch);
        // A later update may have been applied meanwhile; only adopt the answer if not.
        if (latest.current === optimistic) {
          latest.current = saved;
          setSettings(saved);
        }
      } catch (error) {
        if (latest.current === optimistic) {
          latest.current = before;
          setSettings(before);
        }
        notify('error', errorMessage(error));
      }
    },
    [notify, errorMessage],
  );

  const value = useMemo<SettingsState>(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
