import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import type { RecoveryEntry } from '../../shared/ipc/summaries';
import { useIpcResource } from '../common/use-ipc-resource';
import { ipc } from '../ipc/api';
import { useNavigation } from '../navigation/navigation-context';

function titleOf(entry: RecoveryEntry, lang: Language, untitled: string): string {
  return entry.titles[lang] || entry.titles.en || entry.titles.be || entry.titles.ru || untitled;
}

/**
 * After a crash, the articles whose unsaved edits the journal kept (D6), with a way to each
 * one: the article screen then offers them back. Listed here too because an article whose
 * file became unreadable cannot offer them itself.
 */
export function RecoveredEditsPanel() {
  const { t, i18n } = useTranslation('library');
  const navigation = useNavigation();
  const entries = useIpcResource(() => ipc.call('recovery:list', {}), 'recovery');
  if (!entries.data || entries.data.length === 0) return null;
  const lang = i18n.language as Language;
  return (
    <section className="panel panel--warning recovered-edits" aria-label={t('recovered.title')}>
      <h2 className="recovered-edits__title">{t('recovered.title')}</h2>
      <p>{t('recovered.body')}</p>
      <ul className="recovered-edits__list">
        {entries.data.map((entry) => (
          <li key={`${entry.issueId}/${entry.articleId}`}>
            <button
              type="button"
              className="button button--link"
              onClick={() => void navigation.open({ kind: 'article', issueId: entry.issueId, articleId: entry.articleId })}
            >
              {titleOf(entry, lang, t('recovered.untitled'))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
