import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableReason } from '../../shared/domain/unreadable-reason';
import type { LoadedArticle } from '../../shared/ipc/summaries';
import { ScreenHeading } from '../common/ScreenHeading';
import { appErrorInfo } from '../errors/app-error-info';
import { unreadableReasonOf } from '../errors/unreadable-reason-of';
import { useErrorMessage } from '../errors/use-error-message';
import { ipc } from '../ipc/api';
import type { Screen } from '../navigation/screen';
import { ArticleWorkspace } from './ArticleWorkspace';
import { RecoveryBanner } from './RecoveryBanner';
import { UnreadablePanel } from './UnreadablePanel';
import './ArticleScreen.css';

type ArticleScreenProps = { screen: Extract<Screen, { kind: 'article' }> };

type Load =
  | { status: 'loading' }
  | { status: 'ready'; loaded: LoadedArticle; generation: number; restored?: boolean }
  | { status: 'unreadable'; reason: UnreadableReason | null; detail: string }
  | { status: 'failed'; error: unknown };

export function ArticleScreen({ screen }: ArticleScreenProps) {
  const { t } = useTranslation(['article', 'common']);
  const errorMessage = useErrorMessage();
  const { issueId, articleId, preloaded, knownUnreadable, focus } = screen;
  const [generation, setGeneration] = useState(0);
  const [load, setLoad] = useState<Load>(() =>
    preloaded ? { status: 'ready', loaded: preloaded, generation: 0 } : { status: 'loading' },
  );

  useEffect(() => {
    if (generation === 0 && preloaded) return;
    let current = true;
    setLoad({ status: 'loading' });
    ipc.call('article:get', { issueId, articleId }).then(
      (loaded) => current && setLoad({ status: 'ready', loaded, generation }),
      (error: unknown) => {
        if (!current) return;
        const info = appErrorInfo(error);
        if (info.code !== 'unreadable') return setLoad({ status: 'failed', error });
        const reason = unreadableReasonOf(info.detail) ?? knownUnreadable?.reason ?? null;
        const detail = knownUnreadable && knownUnreadable.reason === reason ? knownUnreadable.detail : info.message;
        setLoad({ status: 'unreadable', reason, detail });
      },
    );
    return () => {
      current = false;
    };
  }, [issueId, articleId, generation, preloaded, knownUnreadable]);

  switch (load.status) {
    case 'loading':
      return <p className="screen muted">{t('common:loading')}</p>;
    case 'failed':
      return (
        <div className="screen">
          <ScreenHeading>{t('title')}</ScreenHeading>
          <div className="panel panel--error" role="alert">
            <p>{errorMessage(load.error)}</p>
            <button type="button" className="button" onClick={() => setGeneration((g) => g + 1)}>
              {t('common:action.retry')}
            </button>
          </div>
        </div>
      );
    case 'unreadable':
      return <UnreadablePanel articleId={articleId} reason={load.reason} detail={load.detail} />;
    case 'ready': {
      const { recovered } = load.loaded;
      const restore = () => {
        if (!recovered) return;
        // The recovered text becomes the draft, based on the revision it was typed against:
        // if the file changed since, the save keeps that file and puts this in a conflict copy.
        const loaded: LoadedArticle = { article: recovered.article, revision: recovered.baseRevision, migrated: false };
        setLoad({ status: 'ready', loaded, generation: load.generation, restored: true });
      };
      const discard = () => {
        void ipc.call('journal:discard', { issueId, articleId }).then(
          () => setLoad({ ...load, loaded: { ...load.loaded, recovered: undefined } }),
          (error: unknown) => setLoad({ status: 'failed', error }),
        );
      };
      return (
        <>
          {recovered && (
            <div className="screen-banner">
              <RecoveryBanner recovered={recovered} revision={load.loaded.revision} onRestore={restore} onDiscard={discard} />
            </div>
          )}
          <ArticleWorkspace
            // A restored draft is a new workspace (new draft, new saver).
            key={`${load.generation}${load.restored ? '-restored' : ''}`}
            issueId={issueId}
            loaded={load.loaded}
            locked={recovered !== undefined}
            startDirty={load.restored === true}
            focus={load.generation === 0 ? focus : undefined}
            onReload={() => setGeneration((g) => g + 1)}
          />
        </>
      );
    }
  }
}
