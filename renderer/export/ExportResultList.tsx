import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import type { ExportResult } from '../../shared/export/export-request';
import { formatKilobytes } from './format-kilobytes';

export interface ExportResultListProps {
  result: ExportResult;
  onShow(path: string): void;
}

/** What an export wrote (and removed), each file with a way to find it on disk. */
export function ExportResultList({ result, onShow }: ExportResultListProps) {
  const { t, i18n } = useTranslation('export');
  const lang = i18n.language as Language;
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The result appears below the check: bring it into view and tell screen readers where they are.
  useEffect(() => {
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [result]);
  return (
    <section className="export-result" aria-labelledby={titleId}>
      <h3 ref={headingRef} id={titleId} className="export-section__title" tabIndex={-1}>
        {t('result.title')}
      </h3>
      <p className="field__hint export-result__folder">{t('result.folder', { folder: result.folder })}</p>
      <ul className="export-result__files">
        {result.files.map((file) => (
          <li key={file.path} className="export-result__file">
            <span className="export-result__path">{file.path}</span>
            <span className="export-result__size">{t('result.size', { size: formatKilobytes(file.bytes, lang) })}</span>
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={t('result.showFile', { path: file.path })}
              onClick={() => onShow(file.path)}
            >
              {t('result.show')}
            </button>
          </li>
        ))}
      </ul>
      {result.removed.length > 0 && (
        <>
          <p className="field__hint">{t('result.removed')}</p>
          <ul className="export-result__removed">
            {result.removed.map((path) => (
              <li key={path} className="export-result__path">
                <del>{path}</del>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
