import type { Editor } from '@tiptap/core';
import { memo, Profiler, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { VERSION_STATUSES, type VersionStatus } from '../../shared/domain/statuses';
import { countCommit } from '../perf/perf-counters';
import type { ArticleDraft } from './article-draft';
import { BodyEditor } from './BodyEditor';

export interface LanguageColumnProps {
  lang: Language;
  draft: ArticleDraft;
  readOnly: boolean;
  onChange(): void;
  onContentError(): void;
  onFocusEditor(editor: Editor): void;
}

/** One language version: status, title, lead and body, each marked with the version's `lang`. */
/**
 * Memoised with stable props so that typing in one column never re-renders the others;
 * the Profiler counts each column's commits for the editor benchmark.
 */
export const LanguageColumn = memo(function LanguageColumn(props: LanguageColumnProps) {
  return (
    <Profiler id={props.lang} onRender={() => countCommit(props.lang)}>
      <LanguageColumnContent {...props} />
    </Profiler>
  );
});

function LanguageColumnContent({ lang, draft, readOnly, onChange, onContentError, onFocusEditor }: LanguageColumnProps) {
  const { t } = useTranslation(['article', 'common']);
  const initial = draft.current.versions[lang];
  const [title, setTitle] = useState(initial.title);
  const [lead, setLead] = useState(initial.lead);
  const [status, setStatus] = useState<VersionStatus>(initial.status);
  const headingId = useId();
  const language = t(`common:language.${lang}`);
  // Inside a phrase Belarusian and Russian write language names in lower case.
  const inline = t(`common:languageInline.${lang}`);

  const changeStatus = (next: VersionStatus) => {
    setStatus(next);
    draft.setStatus(lang, next);
  };

  // Writing into an empty version makes it a draft; any later status is the user's call.
  const contentChanged = () => {
    if (draft.current.versions[lang].status === 'empty') changeStatus('draft');
    onChange();
  };

  return (
    <section className="language-column" aria-labelledby={headingId}>
      <header className="language-column__header">
        <h2 id={headingId} className="language-column__title">
          <span className="language-column__code" aria-hidden="true">
            {lang.toUpperCase()}
          </span>
          {language}
        </h2>
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
          rows={2}
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
        <BodyEditor
          lang={lang}
          initial={initial.body}
          label={t('field.body', { language: inline })}
          readOnly={readOnly}
          draft={draft}
          onChange={contentChanged}
          onContentError={onContentError}
          onFocusEditor={onFocusEditor}
        />
      </div>
    </section>
  );
}
