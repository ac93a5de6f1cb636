import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../shared/dates/format-period';
import type { Language } from '../../shared/domain/language';
import type { ArticleSummary, IssueDetail } from '../../shared/ipc/summaries';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { IssueStatusBadge } from '../common/IssueStatusBadge';
import { moveItem } from '../common/move-item';
import { ScreenHeading } from '../common/ScreenHeading';
import { useAppEvent } from '../common/use-app-event';
import { useIpcResource } from '../common/use-ipc-resource';
import { useErrorMessage } from '../errors/use-error-message';
import { ExportDialog } from '../export/ExportDialog';
import { formatExportedAt } from '../export/format-exported-at';
import { ipc } from '../ipc/api';
import { useNavigation } from '../navigation/navigation-context';
import { useNotices } from '../notices/notice-context';
import { useSettings } from '../settings/settings-context';
import { ArticleList } from './ArticleList';
import { rowTitle } from './ArticleRow';
import { IssueDetailsForm, type IssuePatch } from './IssueDetailsForm';
import './IssueScreen.css';

type PendingTrash = { kind: 'article'; article: ArticleSummary } | { kind: 'issue' } | null;

export function IssueScreen({ issueId }: { issueId: string }) {
  const { t, i18n } = useTranslation(['issue', 'common', 'export']);
  const navigation = useNavigation();
  const { settings } = useSettings();
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  // Reorders are sent one after another so the last one the user made is the one on disk.
  const reorderChain = useRef<Promise<unknown>>(Promise.resolve());
  const reordersInFlight = useRef(0);
  const reorderCount = useRef(0);
  // Each load remembers how many reorders had been made when it started: an answer that
  // started before the latest reorder shows an older order and must not replace the list.
  const loaded = useIpcResource(async () => {
    const reordersBefore = reorderCount.current;
    return { detail: await ipc.call('issue:get', { issueId }), reordersBefore };
  }, issueId);
  const [detail, setDetail] = useState<IssueDetail | null>(null);
  const [pendingTrash, setPendingTrash] = useState<PendingTrash>(null);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    if (loaded.data.reordersBefore !== reorderCount.current || reordersInFlight.current > 0) return;
    setDetail(loaded.data.detail);
  }, [loaded.data]);

  useAppEvent('library:changed', ({ issueId: changed }) => {
    if (changed === null || changed === issueId) loaded.reload();
  });

  const update = useCallback(
    async (patch: IssuePatch) => {
      try {
        const issue = await ipc.call('issue:update', { issueId, ...patch });
        setDetail((d) => (d ? { ...d, issue } : d));
        return true;
      } catch (error) {
        notify('error', errorMessage(error));
        return false;
      }
    },
    [issueId, notify, errorMessage],
  );

  const move = (from: number, to: number) => {
    if (!detail) return;
    const articles = moveItem(detail.articles, from, to);
    setDetail({ ...detail, articles });
    reorderCount.current++;
    reordersInFlight.current++;
    reorderChain.current = reorderChain.current
      .then(() => ipc.call('issue:reorder-articles', { issueId, articleOrder: articles.map((a) => a.id) }))
      .then(
        (issue) => setDetail((d) => (d ? { ...d, issue } : d)),
        (error: unknown) => notify('error', errorMessage(error)),
      )
      .finally(() => {
        // Once the last reorder is answered, show what is on disk (after a failure, the
        // order that really holds).
        if (--reordersInFlight.current === 0) loaded.reload();
      });
  };

  const addArticle = async () => {
    setAdding(true);
    try {
      const created = await ipc.call('article:create', { issueId, sourceLanguage: settings.defaultSourceLanguage });
      await navigation.open({ kind: 'article', issueId, articleId: created.article.id, preloaded: created });
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setAdding(false);
    }
  };

  const openArticle = (article: ArticleSummary) =>
    void navigation.open({
      kind: 'article',
      issueId,
      articleId: article.id,
      ...(article.readable ? {} : { knownUnreadable: { reason: article.reason, detail: article.detail } }),
    });

  const confirmTrash = async () => {
    const pending = pendingTrash;
    setPendingTrash(null);
    if (!pending) return;
    try {
      if (pending.kind === 'issue') {
        await ipc.call('issue:trash', { issueId });
        notify('info', t('issueTrashed'));
        await navigation.home();
      } else {
        await ipc.call('article:trash', { issueId, articleId: pending.article.id });
        notify('info', t('articleTrashed'));
        loaded.reload();
      }
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  if (!detail) {
    return (
      <div className="screen issue-screen">
        {loaded.status === 'failed' ? (
          <div className="panel panel--error" role="alert">
            <ScreenHeading>{t('title')}</ScreenHeading>
            <p>{errorMessage(loaded.error)}</p>
            <button type="button" className="button" onClick={loaded.reload}>
              {t('common:action.retry')}
            </button>
          </div>
        ) : (
          <p className="muted">{t('common:loading')}</p>
        )}
      </div>
    );
  }

  const { issue, articles } = detail;
  const lang = i18n.language as Language;
  return (
    <div className="screen issue-screen">
      <div className="screen__header">
        <div>
          <ScreenHeading>{t('heading', { number: issue.number })}</ScreenHeading>
          <p className="screen__subtitle">
            {formatPeriod(issue.periodStart, issue.periodEnd, lang)} <IssueStatusBadge status={issue.status} />
            {issue.exportedAt && <span className="issue-screen__exported">{t('export:exportedAt', { when: formatExportedAt(issue.exportedAt, lang) })}</span>}
          </p>
        </div>
        <button type="button" className="button" onClick={() => setExporting(true)}>
          {t('export:open')}
        </button>
      </div>

      <section className="panel" aria-labelledby="issue-details-heading">
        <h2 id="issue-details-heading" className="panel__title">
          {t('details')}
        </h2>
        <IssueDetailsForm issue={issue} onUpdate={update} />
      </section>

      <section aria-labelledby="issue-articles-heading" className="issue-articles">
        <div className="section-header">
          <h2 id="issue-articles-heading" className="section-header__title">
            {t('articles')} <span className="issue-group__count">{articles.length}</span>
          </h2>
          <button type="button" className="button button--primary" disabled={adding} onClick={() => void addArticle()}>
            {t('addArticle')}
          </button>
        </div>
        {articles.length > 1 && <p className="muted hint">{t('reorderHint')}</p>}
        <ArticleList
          articles={articles}
          onMove={move}
          onOpen={openArticle}
          onTrash={(article) => setPendingTrash({ kind: 'article', article })}
        />
      </section>

      <div className="issue-screen__footer">
        <button type="button" className="button button--subtle-danger" onClick={() => setPendingTrash({ kind: 'issue' })}>
          {t('trashIssue')}
        </button>
      </div>

      {exporting && (
        <ExportDialog issue={issue} articles={articles} onClose={() => setExporting(false)} onExported={() => loaded.reload()} />
      )}

      {pendingTrash && (
        <ConfirmDialog
          title={
            pendingTrash.kind === 'issue'
              ? t('confirmTrashIssueTitle', { number: issue.number })
              : t('confirmTrashArticleTitle', { title: rowTitle(pendingTrash.article, lang) ?? t('untitled') })
          }
          body={t('confirmTrashBody')}
          confirmLabel={t('moveToTrash')}
          onConfirm={() => void confirmTrash()}
          onCancel={() => setPendingTrash(null)}
        />
      )}
    </div>
  );
}
