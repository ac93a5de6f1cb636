import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportNotice } from '../../shared/export/import-result';

/** What an import left out or changed, as one sentence in the UI language. */
export function useImportNoticeMessage(): (notice: ImportNotice) => string {
  const { t } = useTranslation('export');
  return useCallback(
    (notice: ImportNotice) => {
      const count = notice.count ?? 0;
      switch (notice.code) {
        case 'images-dropped':
          return t('import.notice.images-dropped', { count });
        case 'tables-flattened':
          return t('import.notice.tables-flattened', { count });
        case 'links-removed':
          return t('import.notice.links-removed', { count });
        case 'formatting-dropped':
          return t('import.notice.formatting-dropped');
        case 'title-from-heading':
          return t('import.notice.title-from-heading');
      }
    },
    [t],
  );
}
