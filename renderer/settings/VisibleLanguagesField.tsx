import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { moveItem } from '../common/move-item';

export interface VisibleLanguagesFieldProps {
  value: readonly Language[];
  onChange(next: Language[]): void;
}

/**
 * Which article columns are shown, and in what order. Shown languages come first in
 * their order, hidden ones after; at least one column always stays.
 */
export function VisibleLanguagesField({ value, onChange }: VisibleLanguagesFieldProps) {
  const { t } = useTranslation(['settings', 'common']);
  const rows = [...value, ...LANGUAGES.filter((lang) => !value.includes(lang))];
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ lang: Language; delta: -1 | 1 } | null>(null);

  // Keep focus on the control that moved with its row; if that is now disabled, on its twin.
  useLayoutEffect(() => {
    if (!focusAfterMove) return;
    const { lang, delta } = focusAfterMove;
    const same = buttons.current.get(`${lang}:${delta}`);
    const twin = buttons.current.get(`${lang}:${-delta}`);
    (same && !same.disabled ? same : twin)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, value]);

  const move = (lang: Language, delta: -1 | 1) => {
    const from = value.indexOf(lang);
    onChange(moveItem(value, from, from + delta));
    setFocusAfterMove({ lang, delta });
  };

  return (
    <fieldset className="field field--group">
      <legend className="field__label">{t('visibleLanguages')}</legend>
      <p className="field__hint">{t('visibleLanguagesHint')}</p>
      <ul className="language-order">
        {rows.map((lang) => {
          const index = value.indexOf(lang);
          const shown = index >= 0;
          const name = t(`common:language.${lang}`);
          const register = (delta: -1 | 1) => (el: HTMLButtonElement | null) => {
            if (el) buttons.current.set(`${lang}:${delta}`, el);
            else buttons.current.delete(`${lang}:${delta}`);
          };
          return (
            <li key={lang} className="language-order__row">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={shown}
                  disabled={shown && value.length === 1}
                  onChange={(event) =>
                    onChange(event.target.checked ? [...value, lang] : value.filter((l) => l !== lang))
                  }
                />
                {name}
              </label>
              {shown && (
                <span className="language-order__moves">
                  <button
                    ref={register(-1)}
                    type="button"
                    className="button button--icon"
                    aria-label={t('moveLanguageUp', { language: name })}
                    disabled={index === 0}
                    onClick={() => move(lang, -1)}
                  >
                    ↑
                  </button>
                  <button
                    ref={register(1)}
                    type="button"
                    className="button button--icon"
                    aria-label={t('moveLanguageDown', { language: name })}
                    disabled={index === value.length - 1}
                    onClick={() => move(lang, 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
