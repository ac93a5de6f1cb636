import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { DEFAULT_PUBLICATION_NAME, PublicationSchema, type Publication } from '../../shared/export/publication';

/**
 * The bulletin's name in each language and the address its web version is published at,
 * as every export prints them. Saved when a field loses focus, like the rest of Settings.
 */
export function PublicationFields({ value, onChange }: { value: Publication; onChange(next: Publication): void }) {
  const { t } = useTranslation(['settings', 'common']);
  const [names, setNames] = useState(value.name);
  const [url, setUrl] = useState(value.webBaseUrl ?? '');
  const [urlError, setUrlError] = useState(false);
  const hintId = useId();
  const errorId = useId();

  const commitName = (lang: Language) => {
    const trimmed = names[lang].trim();
    if (trimmed !== value.name[lang]) onChange({ ...value, name: { ...value.name, [lang]: trimmed } });
  };
  const commitUrl = () => {
    const trimmed = url.trim();
    const next = { ...value, webBaseUrl: trimmed === '' ? null : trimmed };
    const valid = PublicationSchema.safeParse(next).success;
    setUrlError(!valid);
    if (valid && next.webBaseUrl !== value.webBaseUrl) onChange(next);
  };

  return (
    <fieldset className="field publication-fields">
      <legend className="field__label">{t('publication')}</legend>
      {LANGUAGES.map((lang) => (
        <label key={lang} className="field">
          <span className="field__label field__label--secondary">{t('publicationName', { language: t(`common:language.${lang}`) })}</span>
          <input
            className="input"
            type="text"
            lang={lang}
            maxLength={200}
            value={names[lang]}
            placeholder={DEFAULT_PUBLICATION_NAME[lang]}
            onChange={(event) => setNames({ ...names, [lang]: event.target.value })}
            onBlur={() => commitName(lang)}
          />
        </label>
      ))}
      <label className="field">
        <span className="field__label field__label--secondary">{t('webBaseUrl')}</span>
        <input
          className="input"
          type="url"
          inputMode="url"
          maxLength={2048}
          value={url}
          placeholder="https://"
          aria-invalid={urlError}
          aria-describedby={urlError ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => setUrl(event.target.value)}
          onBlur={commitUrl}
        />
        {urlError && (
          <span id={errorId} className="field__error" role="alert">
            {t('webBaseUrlInvalid')}
          </span>
        )}
        <span id={hintId} className="field__hint">
          {t('webBaseUrlHint')}
        </span>
      </label>
    </fieldset>
  );
}
