import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '../../shared/domain/language';
import { versionHasText } from '../../shared/export/language-edition';
import type { LoadedArticle } from '../../shared/ipc/summaries';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useAppEvent } from '../common/use-app-event';
import { useNotices } from '../notices/notice-context';
import { ScreenHeading } from '../common/ScreenHeading';
import { useErrorMessage } from '../errors/use-error-message';
import { useArticleImport } from '../import/use-article-import';
import { ipc } from '../ipc/api';
import { useLibraryInfo } from '../library/library-info-context';
import { useNavigation } from '../navigation/navigation-context';
import { useSettings } from '../settings/settings-context';
import { AlignmentCoordinator } from './alignment/alignment-coordinator';
import { ArticleDraft } from './article-draft';
import { ArticleJournal } from './article-journal';
import { ArticleSaver, type SaveState } from './article-saver';
import { LanguageColumn } from './LanguageColumn';
import { OutdatedReviewDialog } from './OutdatedReviewDialog';
import { SaveStatus } from './SaveStatus';
import { FormattingToolbar } from './toolbar/FormattingToolbar';
import { ArticleNavigator } from './header/ArticleNavigator';
import { AuthorsField } from './header/AuthorsField';
import { ColumnsMenu } from './header/ColumnsMenu';
import { SourceLanguageField } from './header/SourceLanguageField';

export interface ArticleWorkspaceProps {
  issueId: string;
  loaded: LoadedArticle;
  onReload(): void;
  /** Read-only until the user decides about edits recovered from the crash journal. */
  locked?: boolean;
  /** The article holds recovered edits that are not on disk: save them at once. */
  startDirty?: boolean;
  /** A paragraph to put the cursor in once its column's editor is ready. */
  focus?: { lang: Language; blockId: string } | undefined;
}

const NO_BLOCKS: readonly string[] = [];

const IS_MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

/** The loaded article: one column per visible language, autosaved (see ArticleSaver). */
export function ArticleWorkspace({ issueId, loaded, onReload, locked = false, startDirty = false, focus }: ArticleWorkspaceProps) {
  const { t, i18n } = useTranslation(['article', 'errors', 'common']);
  const { settings } = useSettings();
  const info = useLibraryInfo();
  const navigation = useNavigation();
  const errorMessage = useErrorMessage();
  const [draft] = useState(() => new ArticleDraft(loaded.article));
  const saverRef = useRef<ArticleSaver | null>(null);
  const journalRef = useRef<ArticleJournal | null>(null);
  const { notify } = useNotices();
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [rubric, setRubric] = useState(loaded.article.rubric);
  const [contentBroken, setContentBroken] = useState(false);
  // The body editor that last had the focus; the formatting toolbar acts on it.
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  const [leavePrompt, setLeavePrompt] = useState<{ resolve(leave: boolean): void; reason: string } | null>(null);

  // The saver is bound to this article and this issue for its whole life (D5). It is made
  // in an effect so React's development double-mount gets a fresh one, not a disposed one.
  useEffect(() => {
    const saver = new ArticleSaver({
      draft,
      revision: loaded.revision,
      write: (article, baseRevision) => ipc.call('article:save', { issueId, article, baseRevision }),
    });
    const journal = new ArticleJournal({
      draft,
      // After a conflict the text is kept in conflict copies (see ArticleSaver), not journaled.
      hasUnsavedChanges: () => saver.hasUnsavedChanges && !saver.isBlocked,
      baseRevision: () => saver.revision,
      send: async (request) => {
        const articleId = draft.current.id;
        if (request.kind === 'whole') return ipc.call('journal:write', { issueId, articleId, article: request.article, baseRevision: request.baseRevision });
        const answer = await ipc.call('journal:patch', { issueId, articleId, base: request.base, patch: request.patch, baseRevision: request.baseRevision });
        return answer.status === 'journaled' ? answer : 'needs-whole-article';
      },
    });
    saverRef.current = saver;
    journalRef.current = journal;
    setSaveState(saver.state);
    const unsubscribe = saver.subscribe(setSaveState);
    if (startDirty) {
      // Recovered edits: the draft differs from disk although nothing was typed yet.
      draft.markChanged();
      saver.changed();
    }
    return () => {
      unsubscribe();
      // A keystroke in the frame between the leave guard's flush and the unmount still
      // goes to disk (the saver stays bound to this article); then it is done.
      if (saver.hasUnsavedChanges && !saver.isBlocked) void saver.flush().finally(() => saver.dispose());
      else saver.dispose();
      journal.dispose();
      if (saverRef.current === saver) saverRef.current = null;
      if (journalRef.current === journal) journalRef.current = null;
    };
  }, [draft, issueId, loaded.revision, startDirty]);

  const changed = useCallback(() => {
    saverRef.current?.changed();
    journalRef.current?.changed();
  }, []);
  const [alignment] = useState(() => new AlignmentCoordinator({ draft, onDraftChanged: changed }));

  // A sync tool rewrote this article (D8). Our own writes never arrive here.
  useAppEvent('article:changed-on-disk', (event) => {
    if (event.issueId !== issueId || event.articleId !== loaded.article.id) return;
    const saver = saverRef.current;
    if (!saver || saver.isBlocked) return;
    if (!saver.hasUnsavedChanges && saver.state.kind === 'saved') {
      notify('info', t('externalChange.reloaded'));
      onReload();
      return;
    }
    // Unsaved edits: save now; the service keeps the changed file and puts ours in a
    // conflict copy, and the conflict notice says where.
    void saver.flush();
  });
  useEffect(() => () => alignment.dispose(), [alignment]);
  // Editors register a frame or two after mount; try for about a second, then give up
  // quietly (the column may be hidden).
  useEffect(() => {
    if (!focus) return;
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      if (alignment.focusBlock(focus.lang, focus.blockId) || ++frames > 60) return;
      handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [alignment, focus]);
  const [sourceLanguage, setSourceLanguage] = useState<Language>(loaded.article.sourceLanguage);
  const changeSourceLanguage = useCallback(
    (lang: Language) => {
      setSourceLanguage(lang);
      draft.setSourceLanguage(lang);
      alignment.refresh();
      changed();
    },
    [draft, alignment, changed],
  );
  const [authors, setAuthors] = useState(loaded.article.authors);
  const changeAuthors = useCallback(
    (next: LocalizedText[]) => {
      setAuthors(next);
      draft.setAuthors(next);
      changed();
    },
    [draft, changed],
  );
  const [review, setReview] = useState<{ lang: Language; blockId: string } | null>(null);
  const openReview = useCallback((lang: Language, blockId: string) => setReview({ lang, blockId }), []);
  const reviewOutdated = useSyncExternalStore(
    useCallback((listener: () => void) => alignment.subscribeOutdated(listener), [alignment]),
    () => (review ? alignment.outdated(review.lang) : NO_BLOCKS),
  );
  const flush = useCallback(async () => (saverRef.current ? saverRef.current.flush() : true), []);
  const articleImport = useArticleImport({
    issueId,
    articleId: loaded.article.id,
    flush,
    revision: () => saverRef.current?.revision ?? loaded.revision,
    hasText: (lang) => versionHasText(draft.snapshot().versions[lang]),
    reload: onReload,
  });

  const onContentError = useCallback(() => {
    setContentBroken(true);
    saverRef.current?.stop();
  }, []);

  // Leaving the screen waits for the save; if it fails, the user decides (D5).
  useEffect(() => {
    navigation.setLeaveGuard(async () => {
      if (await flush()) return true;
      const state = saverRef.current?.state;
      const reason = state?.kind === 'failed' ? errorMessage(state.error) : t('errors:code.internal');
      return new Promise<boolean>((resolve) => setLeavePrompt({ resolve, reason }));
    });
    return () => navigation.setLeaveGuard(null);
  }, [navigation, flush, errorMessage, t]);

  // Closing or reloading the window with unsaved text: start the save and ask to stay.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const saver = saverRef.current;
      if (!saver || !saver.hasUnsavedChanges || saver.isBlocked) return;
      void saver.flush();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const readOnly = locked || contentBroken || saveState.kind === 'conflict' || saveState.kind === 'stopped';
  const uiLanguage = i18n.language as Language;
  const visible = settings.visibleLanguages;

  return (
    <div
      className="article-workspace"
      onKeyDown={(event) => {
        const primary = IS_MAC ? event.metaKey : event.ctrlKey;
        if (primary && !event.altKey && event.key.toLowerCase() === 's') {
          event.preventDefault();
          void flush();
        }
      }}
    >
      <div className="article-workspace__header">
        <ScreenHeading className="article-workspace__heading">{t('title')}</ScreenHeading>
        <label className="field field--inline">
          <span className="field__label">{t('rubric')}</span>
          <select
            className="input input--compact"
            value={rubric}
            disabled={readOnly}
            onChange={(event) => {
              setRubric(event.target.value);
              draft.setRubric(event.target.value);
              changed();
            }}
          >
            {!info.rubrics.some((r) => r.id === rubric) && <option value={rubric}>{rubric}</option>}
            {info.rubrics.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name[uiLanguage]}
              </option>
            ))}
          </select>
        </label>
<SourceLanguageField value={sourceLanguage} onChange={changeSourceLanguage} disabled={readOnly} />
        <ArticleNavigator
          issueId={issueId}
          articleId={loaded.article.id}
          onOpen={(articleId) => void navigation.switchTo({ kind: 'article', issueId, articleId })}
        />
        <ColumnsMenu />
        <SaveStatus state={saveState} onRetry={() => void flush()} onReload={onReload} />
      </div>

      {contentBroken && (
        <div className="panel panel--warning" role="alert">
          <p>{t('contentError')}</p>
        </div>
      )}
      {saveState.kind === 'conflict' && (
        <div className="panel panel--warning" role="alert">
          <p>{t('conflictNotice', { copy: saveState.copy ?? '?' })}</p>
          <button type="button" className="button" onClick={onReload}>
            {t('reload')}
          </button>
        </div>
      )}

      <div className="article-workspace__byline">
        <AuthorsField authors={authors} onChange={changeAuthors} disabled={readOnly} />
      </div>

      <FormattingToolbar editor={activeEditor} disabled={readOnly} />

      <div className={`article-columns article-columns--${visible.length}`}>
        {visible.map((lang) => (
          <LanguageColumn
            key={lang}
            lang={lang}
            draft={draft}
            alignment={alignment}
            isSource={lang === sourceLanguage}
            onReviewOutdated={openReview}
            readOnly={readOnly}
            onChange={changed}
            onContentError={onContentError}
            onFocusEditor={setActiveEditor}
            onImport={articleImport.start}
          />
        ))}
      </div>

      {review && (
        <OutdatedReviewDialog
          lang={review.lang}
          outdated={reviewOutdated}
          blockId={review.blockId}
          change={alignment.change(review.lang, review.blockId)}
          onShow={(blockId) => setReview({ lang: review.lang, blockId })}
          onMarkUpToDate={(blockId) => {
            const before = alignment.outdated(review.lang);
            alignment.markUpToDate(review.lang, blockId);
            const remaining = alignment.outdated(review.lang);
            const next = remaining.find((id) => before.indexOf(id) > before.indexOf(blockId)) ?? remaining[0];
            setReview({ lang: review.lang, blockId: next ?? blockId });
          }}
          onGoTo={(blockId) => {
            const lang = review.lang;
            setReview(null);
            requestAnimationFrame(() => alignment.focusBlock(lang, blockId));
          }}
          onClose={() => setReview(null)}
        />
      )}

      {articleImport.dialog}

      {leavePrompt && (
        <ConfirmDialog
          title={t('leave.title')}
          body={t('leave.body', { reason: leavePrompt.reason })}
          confirmLabel={t('leave.confirm')}
          cancelLabel={t('leave.stay')}
          onConfirm={() => {
            leavePrompt.resolve(true);
            setLeavePrompt(null);
          }}
          onCancel={() => {
            leavePrompt.resolve(false);
            setLeavePrompt(null);
          }}
        />
      )}
    </div>
  );
}
