import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import { useSettings } from '../../settings/settings-context';
import { columnRows, moveColumn, toggleColumn } from './column-order';
import { useDisclosure } from './use-disclosure';
import './ArticleHeader.css';

/**
 * "Columns": which language columns the article screen shows, and in what order. The
 * choice is the user's setting (settings.visibleLanguages), saved at once; the same
 * setting is in the Settings dialog. At least one column always stays.
 */
export function ColumnsMenu() {
  const { t } = useTranslation(['articleHeader', 'common']);
  const { settings, update } = useSettings();
  const disclosure = useDisclosure();
  const panelId = useId();
  const hintId = useId();
  const visible = settings.visibleLanguages;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ lang: Language; delta: -1 | 1 } | null>(null);

  // The focus travels with the moved language; if its button is now disabled, to its twin.
  useLayoutEffect(() => {
    if (!focusAfterMove) return;
    const { lang, delta } = focusAfterMove;
    const same = buttons.current.get(`${lang}:${delta}`);
    const twin = buttons.current.get(`${lang}:${-delta}`);
    (same && !same.disabled ? same : twin)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, visible]);

  const change = (next: Language[]) => void update({ visibleLanguages: next });
  const move = (lang: Language, delta: -1 | 1) => {
    change(moveColumn(visible, lang, delta));
    setFocusAfterMove({ lang, delta });
  };

  return (
    <div ref={disclosure.wrapperRef} className="header-popover" {...disclosure.wrapperProps}>
      <button
        ref={disclosure.buttonRef}
        type="button"
        className="button button--small"
        aria-expanded={disclosure.open}
        aria-controls={panelId}
        onClick={disclosure.toggle}
      >
        {t('columns.button')}
        <span aria-hidden="true" className="header-popover__caret">
          ▾
        </span>
      </button>
      <div id={panelId} className="header-popover__panel" role="group" aria-label={t('columns.label')} aria-describedby={hintId} hidden={!disclosure.open}>
        <p id={hintId} className="field__hint">
          {t('columns.hint')}
        </p>
        <ul className="columns-menu__list">
          {columnRows(visible).map((lang) => {
            const index = visible.indexOf(lang);
            const shown = index >= 0;
            const name = t(`common:language.${lang}`);
            const register = (delta: -1 | 1) => (el: HTMLButtonElement | null) => {
              if (el) buttons.current.set(`${lang}:${delta}`, el);
              else buttons.current.delete(`${lang}:${delta}`);
            };
            return (
              <li key={lang} className="columns-menu__row">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={shown}
                    disabled={shown && visible.length === 1}
                    onChange={(event) => change(toggleColumn(visible, lang, event.target.checked))}
                  />
                  {name}
                </label>
                {shown && (
                  <span className="columns-menu__moves">
                    <button
                      ref={register(-1)}
                      type="button"
                      className="button button--icon button--quiet"
                      aria-label={t('columns.moveLeft', { language: name })}
                      title={t('columns.moveLeft', { language: name })}
                      disabled={index === 0}
                      onClick={() => move(lang, -1)}
                    >
                      ←
                    </button>
                    <button
                      ref={register(1)}
                      type="button"
                      className="button button--icon button--quiet"
                      aria-label={t('columns.moveRight', { language: name })}
                      title={t('columns.moveRight', { language: name })}
                      disabled={index === visible.length - 1}
                      onClick={() => move(lang, 1)}
                    >
                      →
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
