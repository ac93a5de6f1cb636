import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addCounts, type TextCounts } from '../../shared/editor/text-counts';

export interface ColumnCountsProps {
  /** The version's language as written inside a phrase. */
  language: string;
  locale: string;
  title: TextCounts;
  lead: TextCounts;
  body: TextCounts;
}

/** Words and characters per field and in total; the total shows, the table opens on demand. */
export function ColumnCounts({ language, locale, title, lead, body }: ColumnCountsProps) {
  const { t } = useTranslation('article');
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const total = addCounts(title, lead, body);
  const rows: [string, TextCounts][] = [
    [t('counts.title'), title],
    [t('counts.lead'), lead],
    [t('counts.body'), body],
  ];
  return (
    <details className="column-counts">
      <summary>
        <span className="visually-hidden">{t('counts.caption', { language })}: </span>
        {t('counts.summary', { words: number.format(total.words), characters: number.format(total.characters) })}
      </summary>
      <table className="column-counts__table">
        <caption className="visually-hidden">{t('counts.caption', { language })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.field')}</th>
            <th scope="col">{t('counts.words')}</th>
            <th scope="col">{t('counts.characters')}</th>
            <th scope="col">{t('counts.withoutSpaces')}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows, [t('counts.total'), total] as [string, TextCounts]].map(([name, counts]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{number.format(counts.words)}</td>
              <td>{number.format(counts.characters)}</td>
              <td>{number.format(counts.charactersWithoutSpaces)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
