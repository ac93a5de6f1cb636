import { useTranslation } from 'react-i18next';
import type { UnreadableReason } from '../../shared/domain/unreadable-reason';
import { ScreenHeading } from '../common/ScreenHeading';
import { useUnreadableMessage } from '../errors/use-error-message';

/** What the user sees instead of an editor when the file cannot be trusted (D9): nothing here writes. */
export function UnreadablePanel({ articleId, reason, detail }: { articleId: string; reason: UnreadableReason | null; detail: string }) {
  const { t } = useTranslation(['article', 'errors']);
  const unreadableMessage = useUnreadableMessage();
  return (
    <div className="screen">
      <ScreenHeading>{t('unreadable.title')}</ScreenHeading>
      <div className="panel panel--warning" role="alert">
        <p className="panel__lead">{reason ? unreadableMessage(reason) : t('errors:code.unreadable')}</p>
        <p>{t('unreadable.untouched')}</p>
        <dl className="facts">
          <dt>{t('unreadable.file')}</dt>
          <dd>
            <code>{articleId}.json</code>
          </dd>
          {detail && (
            <>
              <dt>{t('unreadable.detail')}</dt>
              <dd lang="en">
                <code>{detail}</code>
              </dd>
            </>
          )}
        </dl>
        <p className="muted">{t('unreadable.advice')}</p>
      </div>
    </div>
  );
}
