import type { Editor } from '@tiptap/core';
import { memo, useCallback, useId, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { VERSION_STATUSES, type VersionStatus } from '../../shared/domain/statuses';
import { isBlankBody } from '../../shared/editor/alignment/start-translation';
import { countText, ZERO_COUNTS, type TextCounts } from '../../shared/editor/text-counts';
import { countCommit } from '../perf/perf-counters';
import type { AlignmentCoordinator } from './alignment/alignment-coordinator';
import type { ArticleDraft } from './article-draft';
import { BodyEditor } from './BodyEditor';
import { ColumnCounts } from './ColumnCounts';
import { OutdatedCount } from './OutdatedCount';
import { StartTranslationPanel } from './StartTranslationPanel';

export interface LanguageColumnProps {
  lang: Language;
  draft: ArticleDraft;
  alignment: AlignmentCoordinator;
  isSource: boolean;
  readOnly: boolean;
  onChange(): void;
  onContentError(): void;
  onFocusEditor(editor: Editor): void;
  onReviewOutdated(lang: Language, blockId: string): void;
  /** Replaces this version's text with an imported file (see useArticleImport). */
  onImport(lang: Language): void;
}

/**
 * One language version: status, title, lead and body, each marked with the version's `lang`.
 * Memoised with stable props so that typing in one column never re-renders the others.
 */
export const LanguageColumn = memo(function LanguageColumn(props: LanguageColumnProps) {
  const { lang, draft, alignment, isSource, readOnly, onChange, onContentError, onFocusEditor, onReviewOutdated, onImport } = props;
  const { t, i18n } = useTranslation(['article', 'common', 'export']);
  const initial = draft.current.versions[lang];
  const [title, setTitle] = useState(initial.title);
  const [lead, setLead] = useState(initial.lead);
  const [status, setStatus] = useState<VersionStatus>(initial.status);
  const [bodyCounts, setBodyCounts] = useState<TextCounts>(ZERO_COUNTS);
  const [blank, setBlank] = useState(() => isBlankBody(initial.body));
  const headingId = useId();
  // Counts this column's commits for the editor benchmark (a layout effect runs after every
  // commit, also in production builds, where React's <Profiler> reports nothing).
  useLayoutEffect(() => countCommit(lang));
  const language = t(`common:language.${lang}`);
  // Inside a phrase Belarusian and Russian write language names in lower case.
  const inline = t(`common:languageInline.${lang}`);
  const subscribe = useCallback((listener: () => void) => alignment.subscribeOutdated(listener), [alignment]);
  const withText = useSyncExternalStore(subscribe, () => alignment.versionsWithText());

  const changeStatus = (next: VersionStatus) => {
    setStatus(next);
    draft.setStatus(lang, next);
  };

  // Writing into an empty version makes it a draft; any later status is the user's call.
  const contentChanged = () => {
    if (draft.current.versions[lang].status === 'empty') changeStatus('draft');
    onChange();
  };

  // Versions a blank one can start from: those with text.
  const startSources = blank ? LANGUAGES.filter((other) => other !== lang && withText.split(',').includes(other)) : [];

  return (
    <section className={`language-column${isSource ? ' language-column--source' : ''}`} aria-labelledby={headingId}>
      <header className="language-column__header">
        <h2 id={headingId} className="language-column__title">
          <span className="language-column__code" aria-hidden="true">
            {lang.toUpperCase()}
          </span>
          {language}
          {isSource && (
            <span className="source-badge" title={t('column.sourceHint')}>
              {t('column.source')}
            </span>
          )}
        </h2>
        <div className="language-column__state">
          <OutdatedCount lang={lang} alignment={alignment} onReview={onReviewOutdated} />
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t(`export:import.into.${lang}`)}
            title={t(`export:import.into.${lang}`)}
            disabled={readOnly}
            onClick={() => onImport(lang)}
          >
            {t('export:import.action')}
          </button>
          <label className="language-column__status">
            <span className="visually-hidden">{t('field.status', { language: inline })}</span>
            <select
              className={`input input--compact status-select status-select--${status}`}
              value={status}
              disabled={readOnly}
              onChange={(event) => {
                changeStatus(event.target.value as VersionStatus);
                onChange();
              }}
            >
              {VERSION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:versionStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>

      <label className="field">
        <span className="field__label">
          {t('field.titleShort')}
          <span className="visually-hidden"> ({inline})</span>
        </span>
        <textarea
          className="input input--title"
          lang={lang}
          rows={2}
          spellCheck
          value={title}
          readOnly={readOnly}
          onChange={(event) => {
            // A title is one line: pasted line breaks become spaces.
            const value = event.target.value.replace(/\s*[\r\n]+\s*/g, ' ');
            setTitle(value);
            draft.setText(lang, 'title', value);
            contentChanged();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </label>

      <label className="field">
        <span className="field__label">
          {t('field.leadShort')}
          <span className="visually-hidden"> ({inline})</span>
        </span>
        <textarea
          className="input input--lead"
          lang={lang}
          rows={3}
          spellCheck
          value={lead}
          readOnly={readOnly}
          onChange={(event) => {
            const value = event.target.value.replace(/\s*[\r\n]+\s*/g, ' ');
            setLead(value);
            draft.setText(lang, 'lead', value);
            contentChanged();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </label>

      <div className="field field--body">
        <span className="field__label" aria-hidden="true">
          {t('field.bodyShort')}
        </span>
        {startSources.length > 0 && !readOnly && (
          <StartTranslationPanel
            sources={startSources}
            preferred={draft.current.sourceLanguage}
            onStart={(from, mode) => alignment.startTranslation(lang, from, mode)}
          />
        )}
        <BodyEditor
          lang={lang}
          initial={initial.body}
          label={t('field.body', { language: inline })}
          readOnly={readOnly}
          draft={draft}
          alignment={alignment}
          onChange={contentChanged}
          onContentError={onContentError}
          onFocusEditor={onFocusEditor}
          onReviewOutdated={onReviewOutdated}
          onCounts={setBodyCounts}
          onBlankChange={setBlank}
        />
      </div>

      <ColumnCounts
        language={inline}
        locale={i18n.language}
        title={countText(title, lang)}
        lead={countText(lead, lang)}
        body={bodyCounts}
      />
    </section>
  );
});
