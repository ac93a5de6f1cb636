import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Language } from '../../shared/domain/language';
import type { ProseDoc } from '../../shared/domain/prose-doc';
import { createEditorExtensions } from '../../shared/editor/editor-extensions';
import { countSerialisation } from '../perf/perf-counters';
import type { ArticleDraft } from './article-draft';
import './BodyEditor.css';

export interface BodyEditorProps {
  lang: Language;
  initial: ProseDoc;
  label: string;
  readOnly: boolean;
  draft: ArticleDraft;
  onChange(): void;
  /** The stored body does not fit the editor schema; the editor must not be used to save it. */
  onContentError(): void;
  /** The editor took the focus: the formatting toolbar acts on it. */
  onFocusEditor(editor: Editor): void;
}

function attributes(lang: Language, label: string): Record<string, string> {
  return { lang, 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true', class: 'body-editor__surface' };
}

/**
 * One language's rich-text body. It never re-renders on typing
 * (`shouldRerenderOnTransaction: false`); changes are reported to the draft, which reads
 * the document only when a save starts.
 */
export function BodyEditor({ lang, initial, label, readOnly, draft, onChange, onContentError, onFocusEditor }: BodyEditorProps) {
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onFocusRef = useRef(onFocusEditor);
  onFocusRef.current = onFocusEditor;
  const contentError = useRef(false);
  // Stable option objects: useEditor compares them on every render and pushes any change
  // into the live editor.
  const [extensions] = useState(createEditorExtensions);
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
    onFocus: ({ editor }) => onFocusRef.current(editor),
    onUpdate: () => {
      draft.bodyChanged(lang);
      onChangeRef.current();
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
    return draft.attachBody(lang, () => {
      countSerialisation();
      return editor.getJSON() as ProseDoc;
    });
  }, [draft, editor, lang]);

  return <EditorContent editor={editor} className="body-editor" />;
}
