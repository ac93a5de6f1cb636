import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { LanguageOrderList } from '../common/LanguageOrderList';

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
  return (
    <fieldset className="field field--group">
      <legend className="field__label">{t('visibleLanguages')}</legend>
      <p className="field__hint">{t('visibleLanguagesHint')}</p>
      <LanguageOrderList
        className="language-order"
        value={value}
        onChange={onChange}
        glyphs={['↑', '↓']}
        moveEarlierLabel={(language) => t('moveLanguageUp', { language })}
        moveLaterLabel={(language) => t('moveLanguageDown', { language })}
      />
    </fieldset>
  );
}
