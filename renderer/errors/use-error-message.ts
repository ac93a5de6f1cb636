import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnreadableReason } from '../../shared/domain/unreadable-reason';
import { appErrorInfo } from './app-error-info';
import { unreadableReasonOf } from './unreadable-reason-of';

/**
 * Turns a thrown error into the sentence the user reads: the translated message for its
 * code (for 'unreadable', the translated reason when the detail names one).
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback(
    (error: unknown) => {
      const info = appErrorInfo(error);
      const reason = info.code === 'unreadable' ? unreadableReasonOf(info.detail) : null;
      if (reason) return t(`unreadable.${reason}`);
      return t(`code.${info.code}`, { detail: info.detail ?? '' });
    },
    [t],
  );
}

export function useUnreadableMessage(): (reason: UnreadableReason) => string {
  const { t } = useTranslation('errors');
  return useCallback((reason: UnreadableReason) => t(`unreadable.${reason}`), [t]);
}
