import { useTranslation } from 'react-i18next';
import { useNotices } from './notice-context';
import './NoticeRegion.css';

/**
 * Both live regions are always in the DOM: screen readers only announce changes to a
 * region that already existed. Errors are assertive (role=alert), info is polite.
 */
export function NoticeRegion() {
  const { t } = useTranslation();
  const { notices, dismiss } = useNotices();
  const render = (kind: 'error' | 'info') =>
    notices
      .filter((n) => n.kind === kind)
      .map((n) => (
        <div key={n.id} className={`notice notice--${kind}`}>
          <p className="notice__message">{n.message}</p>
          <button type="button" className="button button--quiet notice__dismiss" onClick={() => dismiss(n.id)}>
            {t('action.dismiss')}
          </button>
        </div>
      ));
  return (
    <div className="notice-region">
      <div role="alert" className="notice-region__list">
        {render('error')}
      </div>
      <div role="status" aria-live="polite" className="notice-region__list">
        {render('info')}
      </div>
    </div>
  );
}
