import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { useNotices } from '../notices/notice-context';
import { useImportNoticeMessage } from './use-import-notice-message';

export interface ArticleImportOptions {
  issueId: string;
  articleId: string;
  /** Writes the pending edits; false when they could not be saved. */
  flush(): Promise<boolean>;
  /** The revision the editors show, once flushed. */
  revision(): string;
  /** Whether a version has anything a reader would see (then replacing it asks first). */
  hasText(lang: Language): boolean;
  /** Reads the article again into the editors. */
  reload(): void;
}

export interface ArticleImport {
  /** Stable: runs the whole import into one language version. */
  start(lang: Language): void;
  /** The confirmation, while one is asked. */
  dialog: ReactNode;
}

/**
 * "Import into this version…": saves what was typed, lets the user pick a DOCX, Markdown
 * or HTML file, asks before replacing text, imports against the revision on screen (a file
 * changed meanwhile refuses it, D8), then reloads the editors and says what was left out.
 */
export function useArticleImport(options: ArticleImportOptions): ArticleImport {
  const { t } = useTranslation(['export', 'errors', 'common']);
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  const noticeMessage = useImportNoticeMessage();
  const [question, setQuestion] = useState<{ lang: Language; file: string; answer(yes: boolean): void } | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const busy = useRef(false);

  const start = useCallback(
    (lang: Language) => {
      const run = async () => {
        const { issueId, articleId, flush, revision, hasText, reload } = latest.current;
        if (!(await flush())) {
          notify('error', t('import.flushFailed'));
          return;
        }
        const chosen = await ipc.call('import:choose-file', { kind: 'article' });
        if (!chosen.fileToken) return;
        const file = chosen.name ?? '';
        if (hasText(lang)) {
          const yes = await new Promise<boolean>((answer) => setQuestion({ lang, file, answer }));
          setQuestion(null);
          if (!yes) return;
        }
        const imported = await ipc.call('import:article', { issueId, articleId, lang, fileToken: chosen.fileToken, baseRevision: revision() });
        reload();
        notify('info', [t('import.done', { file }), ...imported.notices.map(noticeMessage)].join(' '));
      };
      // One import at a time: a second click while the file dialog is open does nothing.
      if (busy.current) return;
      busy.current = true;
      run()
        .catch((error: unknown) => notify('error', errorMessage(error)))
        .finally(() => {
          busy.current = false;
        });
    },
    [t, notify, errorMessage, noticeMessage],
  );

  const dialog = question && (
    <ConfirmDialog
      title={t(`import.replaceTitle.${question.lang}`, { file: question.file })}
      body={t('import.replaceBody')}
      confirmLabel={t('import.replace')}
      onConfirm={() => question.answer(true)}
      onCancel={() => question.answer(false)}
    />
  );
  return { start, dialog };
}
