import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type EditorStateSnapshot } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LINK_REQUEST_EVENT } from '../../../shared/editor/link-shortcut';
import { BulletListIcon, ClearIcon, LinkIcon, OrderedListIcon, QuoteIcon, RedoIcon, RuleIcon, UndoIcon } from './icons';
import { LinkDialog } from './LinkDialog';
import { ariaShortcut, formatShortcut, SHORTCUTS, type Shortcut } from './shortcuts';
import './FormattingToolbar.css';

export interface FormattingToolbarProps {
  /** The body editor that last had the focus, or null before any has. */
  editor: Editor | null;
  disabled: boolean;
}

interface ToolbarState {
  paragraph: boolean;
  heading: boolean;
  subheading: boolean;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  link: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * What the buttons show, recomputed on each transaction of the active editor. The hook
 * compares the result deeply, so only a change here re-renders the toolbar, and the
 * toolbar alone: the language columns never see it.
 */
// For a cursor (no range selected) the buttons depend only on the blocks around it and the
// marks it types with; typing changes neither, so each keystroke reuses the last answer.
const cursorStates = new WeakMap<Editor, { key: string; state: ToolbarState }>();

function cursorKey(editor: Editor): string | null {
  const { selection, storedMarks } = editor.state;
  if (!selection.empty) return null;
  const $from = selection.$from;
  const parts: string[] = [];
  for (let depth = 1; depth <= $from.depth; depth++) {
    const node = $from.node(depth);
    parts.push(node.type.name === 'heading' ? `heading${String(node.attrs.level)}` : node.type.name);
  }
  parts.push('|', ...(storedMarks ?? $from.marks()).map((mark) => mark.type.name));
  parts.push('|', String(undoDepth(editor.state) > 0), String(redoDepth(editor.state) > 0));
  return parts.join(' ');
}

function selectToolbarState({ editor }: EditorStateSnapshot<Editor | null>): ToolbarState | null {
  if (!editor || editor.isDestroyed) return null;
  const key = cursorKey(editor);
  const cached = key === null ? undefined : cursorStates.get(editor);
  if (cached && cached.key === key) return cached.state;
  const state = computeToolbarState(editor);
  if (key !== null) cursorStates.set(editor, { key, state });
  return state;
}

function computeToolbarState(editor: Editor): ToolbarState {
  return {
    paragraph: editor.isActive('paragraph'),
    heading: editor.isActive('heading', { level: 2 }),
    subheading: editor.isActive('heading', { level: 3 }),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    strike: editor.isActive('strike'),
    link: editor.isActive('link'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    // Read from the history directly: editor.can() builds a command chain per transaction.
    canUndo: undoDepth(editor.state) > 0,
    canRedo: redoDepth(editor.state) > 0,
  };
}

type ItemKey =
  | keyof typeof SHORTCUTS
  | 'horizontalRule'
  | 'clearFormatting';

interface Item {
  key: ItemKey;
  glyph: ReactNode;
  /** A toggle shows its state with aria-pressed; an action has none. */
  pressed?: boolean;
  enabled?: boolean;
  run(editor: Editor): void;
}

/**
 * "H2"/"H3" drawn by CSS: as text it would be a visible label that the accessible name
 * ("Heading") does not contain (axe: label-content-name-mismatch).
 */
function HeadingGlyph({ level }: { level: 2 | 3 }) {
  return <span className={`formatting-toolbar__glyph formatting-toolbar__glyph--h${level}`} data-glyph={`H${level}`} aria-hidden="true" />;
}

const GROUPS = (s: ToolbarState): Item[][] => [
  [
    { key: 'paragraph', glyph: <span className="formatting-toolbar__glyph">¶</span>, pressed: s.paragraph, run: (e) => e.chain().focus().setParagraph().run() },
    { key: 'heading', glyph: <HeadingGlyph level={2} />, pressed: s.heading, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'subheading', glyph: <HeadingGlyph level={3} />, pressed: s.subheading, run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  ],
  [
    { key: 'bold', glyph: <b className="formatting-toolbar__glyph">B</b>, pressed: s.bold, run: (e) => e.chain().focus().toggleBold().run() },
    { key: 'italic', glyph: <i className="formatting-toolbar__glyph formatting-toolbar__glyph--italic">I</i>, pressed: s.italic, run: (e) => e.chain().focus().toggleItalic().run() },
    { key: 'strike', glyph: <s className="formatting-toolbar__glyph">S</s>, pressed: s.strike, run: (e) => e.chain().focus().toggleStrike().run() },
    // Opens the dialog: run() is replaced below.
    { key: 'link', glyph: <LinkIcon />, pressed: s.link, run: () => undefined },
  ],
  [
    { key: 'bulletList', glyph: <BulletListIcon />, pressed: s.bulletList, run: (e) => e.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', glyph: <OrderedListIcon />, pressed: s.orderedList, run: (e) => e.chain().focus().toggleOrderedList().run() },
    { key: 'blockquote', glyph: <QuoteIcon />, pressed: s.blockquote, run: (e) => e.chain().focus().toggleBlockquote().run() },
    { key: 'horizontalRule', glyph: <RuleIcon />, run: (e) => e.chain().focus().setHorizontalRule().run() },
  ],
  [
    { key: 'clearFormatting', glyph: <ClearIcon />, run: (e) => e.chain().focus().unsetAllMarks().clearNodes().run() },
  ],
  [
    { key: 'undo', glyph: <UndoIcon />, enabled: s.canUndo, run: (e) => e.chain().focus().undo().run() },
    { key: 'redo', glyph: <RedoIcon />, enabled: s.canRedo, run: (e) => e.chain().focus().redo().run() },
  ],
];

const IDLE_STATE: ToolbarState = {
  paragraph: false,
  heading: false,
  subheading: false,
  bold: false,
  italic: false,
  strike: false,
  link: false,
  bulletList: false,
  orderedList: false,
  blockquote: false,
  canUndo: false,
  canRedo: false,
};

interface LinkRequest {
  editor: Editor;
  href: string;
  inLink: boolean;
}

/**
 * Formatting for the body editor that last had the focus. One tab stop: the arrow keys,
 * Home and End move between the buttons (roving tabindex), Esc goes back to the text.
 * The buttons never take the focus from the editor on a click, so the selection stays.
 */
export function FormattingToolbar({ editor, disabled }: FormattingToolbarProps) {
  const { t } = useTranslation('editor');
  const selected = useEditorState({ editor, selector: selectToolbarState });
  const [linkRequest, setLinkRequest] = useState<LinkRequest | null>(null);
  const [tabStop, setTabStop] = useState<ItemKey>('paragraph');
  const toolbarRef = useRef<HTMLDivElement>(null);
  const off = disabled || !editor || !editor.isEditable;
  const state = selected ?? IDLE_STATE;

  const openLink = useCallback(() => {
    if (disabled || !editor || !editor.isEditable) return;
    const href = editor.getAttributes('link').href;
    setLinkRequest({ editor, href: typeof href === 'string' ? href : '', inLink: editor.isActive('link') });
  }, [disabled, editor]);

  // Mod-K in the editor (shared/editor/link-shortcut.ts) asks for the same dialog.
  const openLinkRef = useRef(openLink);
  openLinkRef.current = openLink;
  useEffect(() => {
    if (!editor) return;
    const onRequest = () => openLinkRef.current();
    editor.on(LINK_REQUEST_EVENT, onRequest);
    return () => {
      editor.off(LINK_REQUEST_EVENT, onRequest);
    };
  }, [editor]);

  // The article became read-only (or the editor went away) while the dialog was open.
  useEffect(() => {
    if (off) setLinkRequest(null);
  }, [off]);

  const groups = GROUPS(state);
  const enabledKeys = off ? [] : groups.flat().filter((item) => item.enabled !== false).map((item) => item.key);
  const currentStop = enabledKeys.includes(tabStop) ? tabStop : enabledKeys[0];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const toolbar = toolbarRef.current;
    if (!toolbar) return;
    if (event.key === 'Escape' && editor && !editor.isDestroyed) {
      event.preventDefault();
      editor.commands.focus();
      return;
    }
    const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-item]:not(:disabled)')];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0 || buttons.length === 0) return;
    let next: number;
    if (event.key === 'ArrowRight') next = (index + 1) % buttons.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    else return;
    event.preventDefault();
    const target = buttons[next];
    target?.focus();
    if (target?.dataset.item) setTabStop(target.dataset.item as ItemKey);
  };

  const label = (key: ItemKey) => t(`toolbar.${key}`);

  return (
    <>
      <div
        ref={toolbarRef}
        className="formatting-toolbar"
        role="toolbar"
        aria-label={t('toolbar.label')}
        aria-disabled={off || undefined}
        onKeyDown={onKeyDown}
      >
        {groups.map((group, groupIndex) => (
          <div key={group[0]?.key} className="formatting-toolbar__group">
            {groupIndex > 0 && <span className="formatting-toolbar__separator" aria-hidden="true" />}
            {group.map((item) => {
              const shortcut: Shortcut | undefined = item.key in SHORTCUTS ? SHORTCUTS[item.key as keyof typeof SHORTCUTS] : undefined;
              const name = label(item.key);
              const isDisabled = off || item.enabled === false;
              return (
                <button
                  key={item.key}
                  type="button"
                  data-item={item.key}
                  className="formatting-toolbar__button"
                  aria-label={name}
                  aria-pressed={item.pressed === undefined ? undefined : !off && item.pressed}
                  aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
                  aria-haspopup={item.key === 'link' ? 'dialog' : undefined}
                  title={shortcut ? t('toolbar.withShortcut', { label: name, keys: formatShortcut(shortcut) }) : name}
                  tabIndex={item.key === currentStop ? 0 : -1}
                  disabled={isDisabled}
                  // Keep the focus (and so the selection) in the editor on a click.
                  onMouseDown={(event) => event.preventDefault()}
                  onFocus={() => setTabStop(item.key)}
                  onClick={() => {
                    if (!editor || isDisabled) return;
                    if (item.key === 'link') openLink();
                    else item.run(editor);
                  }}
                >
                  {item.glyph}
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {linkRequest && (
        <LinkDialog
          initialHref={linkRequest.href}
          canRemove={linkRequest.inLink}
          onCancel={() => {
            setLinkRequest(null);
            if (!linkRequest.editor.isDestroyed) linkRequest.editor.commands.focus();
          }}
          onRemove={() => {
            setLinkRequest(null);
            if (linkRequest.editor.isDestroyed) return;
            linkRequest.editor.chain().focus().extendMarkRange('link').unsetLink().run();
          }}
          onApply={(href, text) => {
            setLinkRequest(null);
            applyLink(linkRequest.editor, href, text);
          }}
        />
      )}
    </>
  );
}

/**
 * A selection (or the link under the cursor) gets the address; at a bare cursor the
 * address itself is inserted as the link's text, and typing after it is plain text again.
 */
function applyLink(editor: Editor, href: string, text: string): void {
  if (editor.isDestroyed) return;
  if (editor.state.selection.empty && !editor.isActive('link')) {
    editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] })
      .unsetMark('link')
      .run();
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
}
