import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { PreflightFinding } from '../../shared/export/preflight-finding';
import type { ArticleSummary } from '../../shared/ipc/summaries';
import { useFindingMessage } from './use-finding-message';

export interface PreflightListProps {
  findings: readonly PreflightFinding[];
  /** The articles, for the group titles. */
  articles: readonly ArticleSummary[];
  onFix(finding: PreflightFinding & { articleId: string }): void;
}

interface Group {
  articleId: string | null;
  findings: PreflightFinding[];
}

/** Issue-wide findings first, then each article's in reading order (the order the check gives). */
function groupByArticle(findings: readonly PreflightFinding[]): Group[] {
  const groups = new Map<string | null, Group>([[null, { articleId: null, findings: [] }]]);
  for (const finding of findings) {
    let group = groups.get(finding.articleId);
    if (!group) groups.set(finding.articleId, (group = { articleId: finding.articleId, findings: [] }));
    group.findings.push(finding);
  }
  return [...groups.values()].filter((group) => group.findings.length > 0);
}

function FindingItem({ finding, onFix }: { finding: PreflightFinding; onFix: PreflightListProps['onFix'] }) {
  const { t } = useTranslation(['export', 'common']);
  const message = useFindingMessage();
  const textId = useId();
  const { articleId } = finding;
  return (
    <li className={`finding finding--${finding.severity}`}>
      <span className="finding__severity">
        <span aria-hidden="true" className="finding__icon">
          {finding.severity === 'error' ? '✕' : '!'}
        </span>
        {t(`severity.${finding.severity}`)}
      </span>
      <span id={textId} className="finding__text">
        {finding.lang && <span className="finding__lang">{t(`common:language.${finding.lang}`)}: </span>}
        {message(finding)}
      </span>
      {articleId !== null && (
        <button type="button" className="button button--small" aria-describedby={textId} onClick={() => onFix({ ...finding, articleId })}>
          {t('check.fix')}
        </button>
      )}
    </li>
  );
}

/** The check's findings, grouped under the article they are about. */
export function PreflightList({ findings, articles, onFix }: PreflightListProps) {
  const { t, i18n } = useTranslation('export');
  const uiLanguage = i18n.language as Language;
  // The title in the UI language if it is written, else the first written one, marked with its language.
  const titleOf = (articleId: string | null): { text: string; lang?: Language } => {
    if (articleId === null) return { text: t('check.wholeIssue') };
    const article = articles.find((a) => a.id === articleId);
    if (!article?.readable) return { text: t('check.untitled') };
    const lang = [uiLanguage, ...LANGUAGES].find((l) => article.titles[l].trim() !== '');
    return lang ? { text: article.titles[lang].trim(), lang } : { text: t('check.untitled') };
  };
  return (
    <ul className="preflight-list">
      {groupByArticle(findings).map((group) => {
        const title = titleOf(group.articleId);
        return (
          <li key={group.articleId ?? 'issue'} className="preflight-group">
            <h4 className="preflight-group__title" lang={title.lang}>
              {title.text}
            </h4>
            <ul className="preflight-group__findings">
              {group.findings.map((finding, index) => (
                <FindingItem key={`${finding.code}-${finding.lang ?? ''}-${index}`} finding={finding} onFix={onFix} />
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
