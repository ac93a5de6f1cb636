import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/language';
import { useSettings } from '../../settings/settings-context';
import { LanguageOrderList } from '../../common/LanguageOrderList';
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
  const change = (next: Language[]) => void update({ visibleLanguages: next });

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
        <LanguageOrderList
          className="columns-menu"
          buttonClassName="button--quiet"
          value={visible}
          onChange={change}
          glyphs={['←', '→']}
          moveEarlierLabel={(language) => t('columns.moveLeft', { language })}
          moveLaterLabel={(language) => t('columns.moveRight', { language })}
        />
      </div>
    </div>
  );
}
