import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../common/use-modal-dialog';
import { LANGUAGES } from '../../shared/domain/language';
import { NATIVE_LANGUAGE_NAMES } from '../i18n/native-language-names';
import { useSettings } from './settings-context';
import { VisibleLanguagesField } from './VisibleLanguagesField';
import { LibraryFolderField } from './LibraryFolderField';
import { PublicationFields } from './PublicationFields';
import { SelectField } from '../common/SelectField';
import '../common/Dialog.css';
import './SettingsDialog.css';

/** Every change applies at once and is saved; there is no "OK" to forget. */
export function SettingsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const { settings, update } = useSettings();
  const ref = useModalDialog({ restoreFocus: true });
  const titleId = useId();
  const [authorName, setAuthorName] = useState(settings.authorName);
  const commitAuthorRef = useRef<() => void>(() => undefined);

  commitAuthorRef.current = () => {
    const trimmed = authorName.trim();
    if (trimmed !== settings.authorName) void update({ authorName: trimmed });
  };

  // Closing the dialog keeps a name typed but not yet confirmed.
  useEffect(() => () => commitAuthorRef.current(), []);

  return (
    <dialog
      ref={ref}
      className="dialog settings-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('title')}
      </h2>

      <div className="settings-dialog__fields">
        <SelectField
          label={t('uiLanguage')}
          value={settings.uiLanguage}
          options={LANGUAGES.map((lang) => ({ value: lang, label: NATIVE_LANGUAGE_NAMES[lang], lang }))}
          onChange={(uiLanguage) => void update({ uiLanguage })}
        />

        <label className="field">
          <span className="field__label">{t('authorName')}</span>
          <input
            className="input"
            type="text"
            value={authorName}
            maxLength={200}
            autoComplete="name"
            onChange={(event) => setAuthorName(event.target.value)}
            onBlur={() => commitAuthorRef.current()}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitAuthorRef.current();
            }}
          />
          <span className="field__hint">{t('authorNameHint')}</span>
        </label>

        <SelectField
          label={t('defaultSourceLanguage')}
          value={settings.defaultSourceLanguage}
          options={LANGUAGES.map((lang) => ({ value: lang, label: t(`common:language.${lang}`) }))}
          onChange={(defaultSourceLanguage) => void update({ defaultSourceLanguage })}
        />

        <VisibleLanguagesField value={settings.visibleLanguages} onChange={(visibleLanguages) => void update({ visibleLanguages })} />

        <PublicationFields value={settings.publication} onChange={(publication) => void update({ publication })} />

        <LibraryFolderField />
      </div>

      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('common:action.close')}
        </button>
      </div>
    </dialog>
  );
}
