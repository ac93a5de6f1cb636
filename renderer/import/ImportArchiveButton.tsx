import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import { useNavigation } from '../navigation/navigation-context';
import { useNotices } from '../notices/notice-context';
import { ArchiveExistsDialog } from './ArchiveExistsDialog';

type Question = { file: string; number: number; periodStart: string; periodEnd: string; answer(choice: 'replace' | 'copy' | null): void };

/**
 * "Import issue archive…": a .triptych file becomes an issue of this library. When the
 * library already has that issue, the user chooses: replace it (the old one goes to the
 * trash, never deleted) or import a copy. The imported issue is opened.
 */
export function ImportArchiveButton() {
  const { t } = useTranslation('export');
  const navigation = useNavigation();
  const { notify } = useNotices();
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [question, setQuestion] = useState<Question | null>(null);
  const running = useRef(false);

  const run = async () => {
    const chosen = await ipc.call('import:choose-file', { kind: 'archive' });
    if (!chosen.fileToken) return;
    const archive = await ipc.call('import:inspect-archive', { fileToken: chosen.fileToken });
    let whenExists: 'replace' | 'copy' = 'copy';
    if (archive.exists) {
      const choice = await new Promise<'replace' | 'copy' | null>((answer) =>
        setQuestion({ file: chosen.name ?? '', number: archive.number, periodStart: archive.periodStart, periodEnd: archive.periodEnd, answer }),
      );
      setQuestion(null);
      if (choice === null) return;
      whenExists = choice;
    }
    const imported = await ipc.call('import:archive', { fileToken: chosen.fileToken, whenExists });
    notify('info', t('import.archive.done', { number: archive.number }));
    await navigation.open({ kind: 'issue', issueId: imported.issueId });
  };

  const start = () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    run()
      .catch((error: unknown) => notify('error', errorMessage(error)))
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  };

  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={start}>
        {t('import.archive.action')}
      </button>
      {question && <ArchiveExistsDialog {...question} onChoose={question.answer} />}
    </>
  );
}
