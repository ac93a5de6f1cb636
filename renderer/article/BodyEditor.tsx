import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import type { ProseDoc } from '../../shared/domain/prose-doc';
import { createEditorExtensions } from '../../shared/editor/editor-extensions';
import { countText, type TextCounts } from '../../shared/editor/text-counts';
import { countCommit, countSerialisation } from '../perf/perf-counters';
import { AlignmentExtension, type AlignmentLabels } from './alignment/alignment-extension';
import { isBlankDoc, type AlignmentCoordinator } from './alignment/alignment-coordinator';
import type { ArticleDraft } from './article-draft';
import './BodyEditor.css';
import './alignment/Alignment.css';

export interface BodyEditorProps {
  lang: Language;
  initial: ProseDoc;
  label: string;
  readOnly: boolean;
  draft: ArticleDraft;
  alignment: AlignmentCoordinator;
  onChange(): void;
  /** The stored body does not fit the editor schema; the editor must not be used to save it. */
  onContentError(): void;
  /** The editor took the focus: the formatting toolbar acts on it. */
  onFocusEditor(editor: Editor): void;
  onReviewOutdated(lang: Language, blockId: string): void;
  /** Word and character counts of the body, reported after a pause in typing. */
  onCounts(counts: TextCounts): void;
  /** Whether the body has no text at all (a translation can be started in it). */
  onBlankChange(blank: boolean): void;
}

function attributes(lang: Language, label: string): Record<string, string> {
  // data-align-column scopes the column's alignment space (PadSheet).
  return { lang, 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true', class: 'body-editor__surface', 'data-align-column': lang };
}

// Counting 5,000 words takes a few milliseconds: done once typing pauses, not per keystroke.
const COUNT_DELAY_MS = 400;

/**
 * One language's rich-text body. It never re-renders on typing
 * (`shouldRerenderOnTransaction: false`); changes are reported to the draft, which reads
 * the document only when a save starts, and to the alignment coordinator.
 */
export function BodyEditor(props: BodyEditorProps) {
  const { lang, initial, label, readOnly, draft, alignment, onContentError } = props;
  const { t } = useTranslation('article');
  // Callbacks through a ref: the editor is made once and must always call the latest ones.
  const callbacks = useRef(props);
  callbacks.current = props;
  const labels = useRef<AlignmentLabels>({ slot: '', outdated: '' });
  labels.current = { slot: t('alignment.slot'), outdated: t('alignment.outdatedMarker') };
  const contentError = useRef(false);
  useLayoutEffect(() => countCommit(lang));
  const frame = useRef<HTMLDivElement>(null);
  // Stable option objects: useEditor compares them on every render and pushes any change
  // into the live editor.
  const [extensions] = useState(() => [
    ...createEditorExtensions(),
    AlignmentExtension.configure({
      labels: () => labels.current,
      onReviewOutdated: (blockId) => callbacks.current.onReviewOutdated(lang, blockId),
    }),
  ]);
  const editorProps = useMemo(() => ({ attributes: attributes(lang, label) }), [lang, label]);

  const editor = useEditor({
    extensions,
    content: initial,
    // The CSP blocks TipTap's injected <style>; its rules live in BodyEditor.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    enableContentCheck: true,
    editable: !readOnly,
    // Called while the editor is being constructed (during render): only note it here.
    onContentError: () => {
      contentError.current = true;
    },
    editorProps,
    onFocus: ({ editor }) => callbacks.current.onFocusEditor(editor),
    onUpdate: () => {
      draft.bodyChanged(lang);
      callbacks.current.onChange();
    },
  });

  useEffect(() => {
    if (!contentError.current) return;
    editor.setEditable(false, false);
    onContentError();
    // Reported once per editor; the parent switches the whole article to read-only.
  }, [editor, onContentError]);

  useEffect(() => {
    if (editor.isEditable === !readOnly || contentError.current) return;
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  // The accessible name follows the UI language.
  useEffect(() => {
    editor.setOptions({ editorProps });
  }, [editor, editorProps]);

  useEffect(() => {
    // A body that failed the content check is never read back into the draft: the stored
    // one stays as it was.
    if (contentError.current) return;
    return draft.attachBody(
      lang,
      () => {
        countSerialisation();
        return editor.getJSON() as ProseDoc;
      },
      () => editor.state.doc.content.content,
    );
  }, [draft, editor, lang]);

  useEffect(() => {
    if (!frame.current) return;
    // The space that lines the bodies up goes above the whole body field, label included.
    return alignment.register(lang, editor, frame.current.parentElement ?? frame.current);
  }, [alignment, editor, lang]);

  // Counts and the blank state after a pause, not per keystroke: the column re-renders
  // once when typing stops.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let blank: boolean | null = null;
    const report = () => {
      timer = null;
      const doc = editor.state.doc;
      callbacks.current.onCounts(countText(doc.textBetween(0, doc.content.size, '\n', '\n'), lang));
      const nowBlank = isBlankDoc(doc);
      if (nowBlank !== blank) {
        blank = nowBlank;
        callbacks.current.onBlankChange(nowBlank);
      }
    };
    const onUpdate = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(report, COUNT_DELAY_MS);
    };
    // The first count waits for the first paint: an open does not wait for counting
    // thousands of words (measured ~16 ms of a 150 ms open).
    const firstFrame = requestAnimationFrame(() => {
      timer = setTimeout(report, 0);
    });
    editor.on('update', onUpdate);
    return () => {
      cancelAnimationFrame(firstFrame);
      editor.off('update', onUpdate);
      if (timer !== null) clearTimeout(timer);
    };
  }, [editor, lang]);

  return (
    <div ref={frame} className="body-editor-frame">
      <EditorContent editor={editor} className="body-editor" />
    </div>
  );
}
