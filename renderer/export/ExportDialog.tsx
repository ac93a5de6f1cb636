import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../shared/domain/issue';
import type { ExportResult } from '../../shared/export/export-request';
import type { ArticleSummary } from '../../shared/ipc/summaries';
import { useAppEvent } from '../common/use-app-event';
import { useModalDialog } from '../common/use-modal-dialog';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { useNavigation } from '../navigation/navigation-context';
import { rememberedExportChoices, rememberExportChoices } from './export-choices';
import { ExportOptions } from './ExportOptions';
import { ExportResultList } from './ExportResultList';
import { PreflightList } from './PreflightList';
import { usePreflight } from './use-preflight';
import '../common/Dialog.css';
import './ExportDialog.css';

export interface ExportDialogProps {
  issue: Issue;
  /** The issue's articles, to name the ones the check has findings about. */
  articles: readonly ArticleSummary[];
  onClose(): void;
  /** An export finished: the issue is now marked exported. */
  onExported(result: ExportResult): void;
}

type Run =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: ExportResult; folderToken: string };

/**
 * "Export issue No. N": formats, languages and folder, the check before export with a
 * way to each problem, an explicit override for errors, progress, and the files written.
 */
export function ExportDialog({ issue, articles, onClose, onExported }: ExportDialogProps) {
  const { t } = useTranslation(['export', 'common']);
  const navigation = useNavigation();
  const errorMessage = useErrorMessage();
  const ref = useModalDialog({ restoreFocus: true });
  const titleId = useId();
  const checkTitleId = useId();
  const progressLabelId = useId();
  const [initial] = useState(rememberedExportChoices);
  const [formats, setFormats] = useState(initial.formats);
  const [languages, setLanguages] = useState(initial.languages);
  const [folder, setFolder] = useState(initial.folder);
  const [accepted, setAccepted] = useState(false);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const running = useRef(false);

  useEffect(() => rememberExportChoices({ formats, languages, folder }), [formats, languages, folder]);

  const preflight = usePreflight(issue.id, languages, formats.includes('email'));
  const { findings, status: checkStatus } = preflight.state;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  // A different set of errors has not been seen yet: the override must be given again.
  useEffect(() => setAccepted(false), [errors]);

  useAppEvent('export:progress', (event) => {
    if (running.current && event.issueId === issue.id) setProgress({ done: event.done, total: event.total });
  });

  const isRunning = run.status === 'running';
  const nothingChosen = formats.length === 0 || languages.length === 0;
  const canExport = !nothingChosen && folder !== null && !isRunning && checkStatus !== 'running' && (errors === 0 || accepted);

  const chooseFolder = async () => {
    setProblem(null);
    try {
      const chosen = await ipc.call('export:choose-folder', {});
      if (chosen.folderToken && chosen.path) setFolder({ token: chosen.folderToken, path: chosen.path });
    } catch (error) {
      setProblem(error);
    }
  };

  const start = async () => {
    if (!folder) return;
    running.current = true;
    setRun({ status: 'running' });
    setProgress(null);
    setProblem(null);
    try {
      const result = await ipc.call('export:run', {
        issueId: issue.id,
        formats,
        languages,
        folderToken: folder.token,
        acceptErrors: errors > 0 && accepted,
      });
      // Events and answers travel separately: the bar ends full whatever arrived last.
      setProgress((p) => ({ done: p?.total ?? 1, total: p?.total ?? 1 }));
      setRun({ status: 'done', result, folderToken: folder.token });
      preflight.adopt(result.findings);
      onExported(result);
    } catch (error) {
      setRun({ status: 'idle' });
      setProgress(null);
      setProblem(error);
    } finally {
      running.current = false;
    }
  };

  const showInFolder = (folderToken: string, path: string) =>
    void ipc.call('export:show-in-folder', { folderToken, path }).catch((error: unknown) => setProblem(error));

  const summary = [errors > 0 && t('check.errors', { count: errors }), warnings > 0 && t('check.warnings', { count: warnings })]
    .filter(Boolean)
    .join(', ');

  return (
    <dialog
      ref={ref}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        // The export keeps the dialog until it is done: its result is shown here.
        if (!running.current) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('title', { number: issue.number })}
      </h2>

      <div className="export-dialog__choices">
        <ExportOptions formats={formats} languages={languages} disabled={isRunning} onFormats={setFormats} onLanguages={setLanguages} />
        <div className="export-destination">
          <span className="field__label">
            {t('destination.label')}
          </span>
          <p className={`export-destination__path${folder ? '' : ' export-destination__path--none'}`}>
            {folder?.path ?? t('destination.none')}
          </p>
          <button type="button" className="button button--small" disabled={isRunning} onClick={() => void chooseFolder()}>
            {t('destination.choose')}
          </button>
        </div>
      </div>
      {nothingChosen && <p className="field__hint">{t('chooseSomething')}</p>}

      <section className="export-check" aria-labelledby={checkTitleId} aria-busy={checkStatus === 'running'}>
        <div className="export-section__header">
          <h3 id={checkTitleId} className="export-section__title">
            {t('check.title')}
          </h3>
          <span className="export-check__summary" aria-live="polite">
            {checkStatus === 'running' ? t('check.running') : summary}
          </span>
          <button type="button" className="button button--small button--quiet" disabled={checkStatus === 'running' || isRunning} onClick={preflight.recheck}>
            {t('check.again')}
          </button>
        </div>
        {preflight.state.status === 'failed' && (
          <p className="field__error" role="alert">
            {t('check.failed', { reason: errorMessage(preflight.state.error) })}
          </p>
        )}
        {checkStatus === 'ready' && findings.length === 0 && !nothingChosen && (
          <p className="export-check__clean">
            <span aria-hidden="true">✓ </span>
            {t('check.clean')}
          </p>
        )}
        {findings.length > 0 && (
          <PreflightList
            findings={findings}
            articles={articles}
            onFix={(finding) =>
              void navigation.open({
                kind: 'article',
                issueId: issue.id,
                articleId: finding.articleId,
                ...(finding.lang && finding.blockId ? { focus: { lang: finding.lang, blockId: finding.blockId } } : {}),
              })
            }
          />
        )}
      </section>

      {errors > 0 && (
        <label className="checkbox export-accept">
          <input type="checkbox" checked={accepted} disabled={isRunning} onChange={(event) => setAccepted(event.target.checked)} />
          {t('run.acceptErrors', { count: errors })}
        </label>
      )}

      {(isRunning || progress) && (
        <div className="export-progress">
          <span id={progressLabelId} className="field__label">
            {t('run.progress')}
          </span>
          <progress aria-labelledby={progressLabelId} {...(progress ? { value: progress.done, max: progress.total } : {})} />
          <span className="export-progress__text" aria-live="polite">
            {run.status === 'done' ? t('run.done') : progress ? t('run.steps', progress) : t('run.running')}
          </span>
        </div>
      )}

      {problem !== null && (
        <div className="panel panel--error export-problem" role="alert">
          <p>{errorMessage(problem)}</p>
        </div>
      )}

      {run.status === 'done' && <ExportResultList result={run.result} onShow={(path) => showInFolder(run.folderToken, path)} />}

      <div className="dialog__actions">
        <button type="button" className="button" disabled={isRunning} onClick={onClose}>
          {t('common:action.close')}
        </button>
        <button type="button" className="button button--primary" disabled={!canExport} onClick={() => void start()}>
          {isRunning ? t('run.running') : t('run.start')}
        </button>
      </div>
    </dialog>
  );
}
