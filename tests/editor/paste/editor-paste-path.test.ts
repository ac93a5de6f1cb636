// @vitest-environment jsdom
import { Editor, type JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { createEditorExtensions } from '../../../shared/editor/editor-extensions';
import { expectOnlyAllowedContent, markedRuns, outline, readFixture, withoutBlockIds } from './paste-harness';

// The real path: an editor built from the one preset, clipboard HTML handed to
// ProseMirror's own paste handling (view.pasteHTML / pasteText run transformPastedHTML,
// clipboardTextParser and the schema exactly as a paste event does), in jsdom's DOM with
// its DOMParser standing in for the browser's.

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

let counter = 0;
const others: Editor[] = [];
afterEach(() => {
  for (const other of others.splice(0)) other.destroy();
});

function newEditor(content: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] }): Editor {
  const created = new Editor({
    element: document.createElement('div'),
    extensions: createEditorExtensions({ generateBlockId: () => `blk${String(++counter).padStart(4, '0')}` }),
    content,
    injectCSS: false,
  });
  if (editor) others.push(created);
  else editor = created;
  return created;
}

const list = (...items: string[]): JSONContent => ({
  type: 'doc',
  content: [{ type: 'bulletList', content: items.map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })) }],
});

/** jsdom has no ClipboardEvent (ProseMirror makes one when given none); a plain 'paste' Event does. */
function pasteEvent(): ClipboardEvent {
  return new Event('paste') as ClipboardEvent;
}

describe('the editor preset cleans what is pasted', () => {
  it('Word clipboard HTML becomes headings, real lists and marks', () => {
    const e = newEditor();
    expect(e.view.pasteHTML(readFixture('word-windows.html'), pasteEvent())).toBe(true);
    const doc = e.getJSON();
    expect(outline(doc).map(([type]) => type)).toEqual(['h2', 'paragraph', 'h2', 'bulletList', 'h3', 'orderedList', 'paragraph']);
    expect(markedRuns(doc)).toContain('full report|link:https://example.org/reports/2026/week-48');
    expect(JSON.stringify(doc)).not.toMatch(/file:|·|draft-notes/);
    expectOnlyAllowedContent(withoutBlockIds(doc));
    // Every pasted top-level block got a fresh id from the BlockId extension.
    expect(doc.content?.every((block) => typeof block.attrs?.blockId === 'string')).toBe(true);
  });

  it('Google Docs HTML is not pasted all bold', () => {
    const e = newEditor();
    e.view.pasteHTML(readFixture('google-docs.html'), pasteEvent());
    expect(markedRuns(e.getJSON()).filter((run) => run.endsWith('|bold'))).toEqual(['новы план|bold', 'Выбары|bold']);
  });

  it('XSS vectors leave nothing and run nothing', () => {
    const e = newEditor();
    e.view.pasteHTML(readFixture('xss-vectors.html'), pasteEvent());
    const doc = e.getJSON();
    expect(JSON.stringify(doc)).not.toMatch(/__pwned|javascript:|data:/i);
    expectOnlyAllowedContent(withoutBlockIds(doc));
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('plain text keeps its paragraphs, blank-line or newline separated', () => {
    const e = newEditor();
    e.view.pasteText('Первы абзац.\n\nДругі абзац.\r\nТрэці\u0007 абзац.', pasteEvent());
    expect(outline(e.getJSON())).toEqual([
      ['paragraph', 'Первы абзац.'],
      ['paragraph', 'Другі абзац.'],
      ['paragraph', 'Трэці абзац.'],
    ]);
  });

  it('a copy between two Triptych editors keeps its ProseMirror slice context: list items join the list', () => {
    const source = newEditor(list('first item', 'second item'));
    // From inside the first item's text to inside the second: both items, open at both ends.
    source.commands.setTextSelection({ from: 9, to: source.state.doc.content.size - 4 });
    const { dom } = source.view.serializeForClipboard(source.state.selection.content());
    expect(dom.querySelector('[data-pm-slice]')).not.toBeNull();

    const target = newEditor(list('target'));
    const end = target.state.doc.resolve(target.state.doc.content.size - 3);
    target.view.dispatch(target.state.tr.setSelection(TextSelection.create(target.state.doc, end.pos)));
    target.view.pasteHTML(dom.innerHTML, pasteEvent());
    // One list: the first copied fragment joins "target", the second becomes the next item.
    // (The editor keeps an empty paragraph after a list that ends the document.)
    expect(outline(target.getJSON())).toEqual([['bulletList', 'targetitemsecond ite'], ['paragraph', '']]);
    expect(target.getJSON().content?.[0]?.content).toHaveLength(2);
  });
});
