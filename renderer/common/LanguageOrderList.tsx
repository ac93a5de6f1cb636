import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { columnRows, moveColumn, toggleColumn } from './column-order';

export interface LanguageOrderListProps {
  /** The shown languages, in order. */
  value: readonly Language[];
  onChange(next: Language[]): void;
  /** Accessible names of the two move buttons, given the language's name. */
  moveEarlierLabel(language: string): string;
  moveLaterLabel(language: string): string;
  /** ↑/↓ in a vertical form, ←/→ where the columns themselves are meant. */
  glyphs: readonly [string, string];
  className: string;
  /** Extra classes for the move buttons. */
  buttonClassName?: string;
}

/**
 * A checkbox per language (shown or not; the last shown one cannot be hidden) and buttons
 * to move the shown ones earlier or later. The focus stays on the control that moved with
 * its row; if that is now disabled, on its twin. Used by Settings and by the article
 * screen's Columns menu.
 */
export function LanguageOrderList(props: LanguageOrderListProps) {
  const { value, onChange, moveEarlierLabel, moveLaterLabel, glyphs, className, buttonClassName = '' } = props;
  const { t } = useTranslation(['common']);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ lang: Language; delta: -1 | 1 } | null>(null);

  useLayoutEffect(() => {
    if (!focusAfterMove) return;
    const { lang, delta } = focusAfterMove;
    const same = buttons.current.get(`${lang}:${delta}`);
    const twin = buttons.current.get(`${lang}:${-delta}`);
    (same && !same.disabled ? same : twin)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, value]);

  const move = (lang: Language, delta: -1 | 1) => {
    onChange(moveColumn(value, lang, delta));
    setFocusAfterMove({ lang, delta });
  };

  return (
    <ul className={className}>
      {columnRows(value).map((lang) => {
        const index = value.indexOf(lang);
        const shown = index >= 0;
        const name = t(`common:language.${lang}`);
        const register = (delta: -1 | 1) => (el: HTMLButtonElement | null) => {
          if (el) buttons.current.set(`${lang}:${delta}`, el);
          else buttons.current.delete(`${lang}:${delta}`);
        };
        const moveButton = (delta: -1 | 1) => {
          const label = delta < 0 ? moveEarlierLabel(name) : moveLaterLabel(name);
          return (
            <button
              ref={register(delta)}
              type="button"
              className={`button button--icon ${buttonClassName}`.trim()}
              aria-label={label}
              title={label}
              disabled={delta < 0 ? index === 0 : index === value.length - 1}
              onClick={() => move(lang, delta)}
            >
              {delta < 0 ? glyphs[0] : glyphs[1]}
            </button>
          );
        };
        return (
          <li key={lang} className={`${className}__row`}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={shown}
                disabled={shown && value.length === 1}
                onChange={(event) => onChange(toggleColumn(value, lang, event.target.checked))}
              />
              {name}
            </label>
            {shown && (
              <span className={`${className}__moves`}>
                {moveButton(-1)}
                {moveButton(1)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
