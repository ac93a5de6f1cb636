import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/export-formats';

// Names of file formats and products are the same in every language; the words around
// them are translated.
const FORMAT_NAMES: Record<ExportFormat, string> = {
  html: '',
  email: '',
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  md: 'Markdown',
  archive: '.triptych',
};

/** Adds or removes an item, keeping the canonical order. */
function toggled<T>(order: readonly T[], chosen: readonly T[], item: T, on: boolean): T[] {
  return order.filter((x) => (x === item ? on : chosen.includes(x)));
}

function FormatOption({ format, checked, disabled, onChange }: { format: ExportFormat; checked: boolean; disabled: boolean; onChange(on: boolean): void }) {
  const { t } = useTranslation('export');
  const descriptionId = useId();
  return (
    <li className="export-option">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={descriptionId}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="export-option__label">{t(`format.${format}.label`, { name: FORMAT_NAMES[format] })}</span>
      </label>
      <span id={descriptionId} className="export-option__description">
        {t(`format.${format}.description`)}
      </span>
    </li>
  );
}

export interface ExportOptionsProps {
  formats: readonly ExportFormat[];
  languages: readonly Language[];
  disabled: boolean;
  onFormats(formats: ExportFormat[]): void;
  onLanguages(languages: Language[]): void;
}

/** Which formats and which languages to export, as two groups of checkboxes. */
export function ExportOptions({ formats, languages, disabled, onFormats, onLanguages }: ExportOptionsProps) {
  const { t } = useTranslation(['export', 'common']);
  return (
    <>
      <fieldset className="field--group export-options__formats">
        <legend className="field__label">{t('formats')}</legend>
        <ul className="export-option-list">
          {EXPORT_FORMATS.map((format) => (
            <FormatOption
              key={format}
              format={format}
              checked={formats.includes(format)}
              disabled={disabled}
              onChange={(on) => onFormats(toggled(EXPORT_FORMATS, formats, format, on))}
            />
          ))}
        </ul>
      </fieldset>
      <fieldset className="field--group export-options__languages">
        <legend className="field__label">{t('languages')}</legend>
        <ul className="export-option-list">
          {LANGUAGES.map((lang) => (
            <li key={lang} className="export-option">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={languages.includes(lang)}
                  disabled={disabled}
                  onChange={(event) => onLanguages(toggled(LANGUAGES, languages, lang, event.target.checked))}
                />
                <span className="export-option__label">{t(`common:language.${lang}`)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
