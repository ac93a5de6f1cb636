import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import './ArticleHeader.css';

export interface SourceLanguageFieldProps {
  /** The language the article was written in; the others are translated from it. */
  value: Language;
  onChange(lang: Language): void;
  disabled: boolean;
}

/** A labelled drop-down "Source language", compact for the article header bar. */
export function SourceLanguageField({ value, onChange, disabled }: SourceLanguageFieldProps) {
  const { t } = useTranslation(['articleHeader', 'common']);
  return (
    <label className="field field--inline article-header__field">
      <span className="field__label">{t('sourceLanguage')}</span>
      <select
        className="input input--compact"
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as Language)}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`common:language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
