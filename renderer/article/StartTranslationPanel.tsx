import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import type { StartMode } from '../../shared/editor/alignment/start-translation';

export interface StartTranslationPanelProps {
  /** Versions with text, in the order they are offered. */
  sources: readonly Language[];
  preferred: Language;
  onStart(from: Language, mode: StartMode): void;
}

/** Offered in a blank version: build its paragraphs from another version, empty with hints or pre-filled. */
export function StartTranslationPanel({ sources, preferred, onStart }: StartTranslationPanelProps) {
  const { t } = useTranslation(['article', 'common']);
  const headingId = useId();
  const [from, setFrom] = useState<Language>(sources.includes(preferred) ? preferred : sources[0]!);
  return (
    <section className="start-translation" aria-labelledby={headingId}>
      <h3 id={headingId} className="start-translation__heading">
        {t('start.heading')}
      </h3>
      <p className="start-translation__explain">{t('start.explain')}</p>
      <div className="start-translation__row">
        <label className="field field--inline">
          <span className="field__label">{t('start.from')}</span>
          <select
            className="input input--compact"
            value={from}
            onChange={(event) => setFrom(event.target.value as Language)}
            aria-describedby={headingId}
          >
            {sources.map((source) => (
              <option key={source} value={source}>
                {t(`common:language.${source}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--primary" onClick={() => onStart(from, 'hints')}>
          {t('start.hints')}
        </button>
        <button type="button" className="button" onClick={() => onStart(from, 'copy')}>
          {t('start.copy')}
        </button>
      </div>
    </section>
  );
}
