import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import { assignRows, LEADING_ROW, missingRows } from '../../../shared/editor/alignment/assign-rows';
import { blockText } from '../../../shared/editor/alignment/block-texts';
import { outdatedBlocks, updatedTranslationRecord } from '../../../shared/editor/alignment/outdated-blocks';
import { isBlankBody, startTranslation, type StartMode } from '../../../shared/editor/alignment/start-translation';
import type { ArticleDraft } from '../article-draft';
import { pushLayout, updateSlots } from './alignment-extension';
import { EMPTY_LAYOUT, sameLayout, type AlignmentSlot, type ColumnLayout } from './column-layout';
import { PadSheet } from './pad-sheet';
import { pmBlockText, pmBlockTexts } from './pm-block-text';

type Template = AlignmentSlot['template'];

interface Column {
  editor: Editor;
  wrapper: HTMLElement;
  layout: ColumnLayout;
  pads: PadSheet;
  rows: string[];
  blank: boolean;
  topPad: number;
}

interface SourceInfo {
  ids: string[];
  texts: Map<string, string>;
  templates: Map<string, Template>;
}

export interface AlignmentCoordinatorOptions {
  draft: ArticleDraft;
  /** The draft changed outside an editor (translation records): the saver must hear of it. */
  onDraftChanged(): void;
}

function templateOf(type: string, level: unknown): Template {
  return type === 'heading' ? { type: 'heading', level: typeof level === 'number' ? level : 2 } : { type: 'paragraph' };
}

/** A document with no text in it: a version not started yet (it offers "Start translation" instead). */
export function isBlankDoc(doc: PMNode): boolean {
  if (doc.childCount > 1) return false;
  const only = doc.firstChild;
  return !only || (only.isTextblock && only.content.size === 0);
}

/** The elements the schema's top-level blocks render as (widgets and gap cursors are not blocks). */
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'BLOCKQUOTE', 'HR']);

// One empty list, so a store snapshot of "nothing outdated" stays the same value.
const NONE: readonly string[] = [];


const SETTLE_MS = 120;
const MAX_WAIT_MS = 400;

const round = (px: number) => Math.round(px * 2) / 2;

/**
 * Keeps the language columns of one article aligned paragraph by paragraph, like the rows
 * of a CAT tool, while each column stays an ordinary editor. After an edit it works out
 * (outside React, after the frame is painted, so typing never waits for it) which block
 * of each column belongs to which source row, measures the rows and pushes each column
 * the space, slots, hints and outdated markers it must draw. A column is only redrawn
 * when its own layout changed, so typing in one column costs the others nothing.
 */
export class AlignmentCoordinator {
  private readonly columns = new Map<Language, Column>();
  private readonly outdatedByLang = new Map<Language, string[]>();
  private readonly outdatedListeners = new Set<() => void>();
  private currentRow: string | null = null;
  private withText = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending = 0;
  private disposed = false;
  /** Watches the columns around the bodies: when one moves, the body tops are measured again. */
  private readonly resizeObserver: ResizeObserver | null;
  /** Watches every top-level block: its height arrives with the frame's layout, never forced. */
  private readonly blockObserver: ResizeObserver | null;
  /** Each block's own height, without the alignment space it carries. */
  private readonly blockHeights = new WeakMap<Element, number>();
  private readonly observedBlocks = new WeakSet<Element>();
  private topsDirty = true;
  private sourceTexts = new Map<string, string>();

  constructor(private readonly options: AlignmentCoordinatorOptions) {
    const observe = typeof ResizeObserver !== 'undefined';
    this.resizeObserver = observe
      ? new ResizeObserver(() => {
          this.topsDirty = true;
          this.schedule();
        })
      : null;
    this.blockObserver = observe
      ? new ResizeObserver((entries) => {
          let changed = false;
          for (const entry of entries) {
            // The size was laid out with the padding the element has now: take it off, so the
            // stored height is the block's own whatever padding is pushed later.
            const height = (entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height) - this.appliedPad(entry.target);
            if (this.blockHeights.get(entry.target) !== height) changed = true;
            this.blockHeights.set(entry.target, height);
          }
          if (changed) this.schedule();
        })
      : null;
  }

  /** `wrapper` is the element above the editor that takes the space lining the bodies up. */
  register(lang: Language, editor: Editor, wrapper: HTMLElement): () => void {
    const column: Column = { editor, wrapper, layout: EMPTY_LAYOUT, pads: new PadSheet(lang), rows: [], blank: false, topPad: 0 };
    this.columns.set(lang, column);
    const onUpdate = () => this.schedule();
    const onSelection = () => this.followCursor(lang);
    editor.on('update', onUpdate);
    editor.on('selectionUpdate', onSelection);
    editor.on('focus', onSelection);
    // The column around the body changes height too (a title wrapping, the start panel
    // going away), which moves the body without resizing it.
    const watched = [wrapper, wrapper.parentElement].filter((el): el is HTMLElement => el !== null);
    this.topsDirty = true;
    for (const element of watched) this.resizeObserver?.observe(element);
    this.schedule();
    return () => {
      editor.off('update', onUpdate);
      editor.off('selectionUpdate', onSelection);
      editor.off('focus', onSelection);
      for (const element of watched) this.resizeObserver?.unobserve(element);
      wrapper.style.paddingTop = '';
      column.pads.dispose();
      if (this.columns.get(lang) === column) this.columns.delete(lang);
      this.outdatedByLang.delete(lang);
      this.schedule();
    };
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.resizeObserver?.disconnect();
    this.blockObserver?.disconnect();
    for (const column of this.columns.values()) column.pads.dispose();
    this.columns.clear();
    this.outdatedListeners.clear();
  }

  /** The source language changed, or a column was shown or hidden. */
  refresh(): void {
    this.schedule();
  }

  /** The versions that have any text, as a stable key ("en,ru"): what a blank version can start from. */
  versionsWithText(): string {
    return this.withText;
  }

  outdated(lang: Language): readonly string[] {
    return this.outdatedByLang.get(lang) ?? NONE;
  }

  /** Called when outdated blocks or the versions with text change. */
  subscribeOutdated(listener: () => void): () => void {
    this.outdatedListeners.add(listener);
    return () => this.outdatedListeners.delete(listener);
  }

  /** Source text now, and the text the translation was made from, for the "what changed" view. */
  change(lang: Language, blockId: string): { before: string; after: string; translation: string } | null {
    const before = this.options.draft.current.versions[lang].translatedFrom[blockId];
    const after = this.sourceTexts.get(blockId);
    if (before === undefined || after === undefined) return null;
    const column = this.columns.get(lang);
    let translation = '';
    column?.editor.state.doc.forEach((node) => {
      if (node.attrs.blockId === blockId) translation = pmBlockText(node);
    });
    return { before, after, translation };
  }

  markUpToDate(lang: Language, blockId: string): void {
    const after = this.sourceTexts.get(blockId);
    if (after === undefined) return;
    const record = this.options.draft.current.versions[lang].translatedFrom;
    this.options.draft.setTranslatedFrom(lang, { ...record, [blockId]: after });
    this.options.onDraftChanged();
    this.run();
  }

  /** Puts the cursor into a block and scrolls it into view. */
  /** Puts the cursor in a block; false while that language's editor is not open yet. */
  focusBlock(lang: Language, blockId: string): boolean {
    const column = this.columns.get(lang);
    if (!column) return false;
    let target: number | null = null;
    column.editor.state.doc.forEach((node, offset) => {
      if (target === null && node.attrs.blockId === blockId) target = offset + 1;
    });
    if (target !== null) column.editor.chain().focus().setTextSelection(target).scrollIntoView().run();
    return true;
  }

  /** The body of a version as it is now (from its editor when it is open). */
  bodyOf(lang: Language): ProseDoc {
    const column = this.columns.get(lang);
    return column ? (column.editor.state.doc.toJSON() as ProseDoc) : this.options.draft.current.versions[lang].body;
  }

  /** Fills a blank version with the block structure of another one (see startTranslation). */
  startTranslation(lang: Language, from: Language, mode: StartMode): void {
    const column = this.columns.get(lang);
    if (!column || from === lang) return;
    const editor = column.editor;
    editor.commands.setContent(startTranslation(this.bodyOf(from), mode), { emitUpdate: true });
    // The translator starts at the first paragraph (setContent leaves the cursor at the end).
    editor.commands.focus('start');
  }

  /**
   * Runs once the edits settle (SETTLE_MS without another), and at the latest MAX_WAIT_MS
   * after the first: while someone types, rows re-align a few times a second instead of
   * after every keystroke, and no keystroke's frame waits for it.
   */
  private schedule(): void {
    if (this.disposed) return;
    const now = performance.now();
    if (this.timer === null) this.firstPending = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SETTLE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.disposed) this.run();
    }, wait);
  }

  private sourceInfo(): SourceInfo {
    const lang = this.options.draft.current.sourceLanguage;
    const column = this.columns.get(lang);
    const ids: string[] = [];
    const texts = new Map<string, string>();
    const templates = new Map<string, Template>();
    const add = (id: unknown, text: () => string, template: Template) => {
      if (typeof id !== 'string' || texts.has(id)) return;
      ids.push(id);
      texts.set(id, text());
      templates.set(id, template);
    };
    if (column) {
      column.editor.state.doc.forEach((node) =>
        add(node.attrs.blockId, () => pmBlockText(node), templateOf(node.type.name, node.attrs.level)),
      );
    } else {
      for (const node of this.options.draft.current.versions[lang].body.content ?? []) {
        add(node.attrs?.blockId, () => blockText(node), templateOf(node.type, node.attrs?.level));
      }
    }
    return { ids, texts, templates };
  }

  private run(): void {
    const draft = this.options.draft;
    const sourceLang = draft.current.sourceLanguage;
    const source = this.sourceInfo();
    this.sourceTexts = source.texts;
    let draftChanged = false;
    let outdatedChanged = false;

    const structure = new Map<Language, { rows: string[]; outdated: Set<string>; hints: Map<string, string> }>();
    for (const [lang, column] of this.columns) {
      const doc = column.editor.state.doc;
      column.blank = isBlankDoc(doc);
      const { ids, texts } = pmBlockTexts(doc);
      const rows = assignRows(source.ids, ids);
      column.rows = rows;
      let outdated = new Set<string>();
      const hints = new Map<string, string>();
      if (lang !== sourceLang && !column.blank) {
        const record = draft.current.versions[lang].translatedFrom;
        const updated = updatedTranslationRecord(source.texts, texts, record);
        if (updated && column.editor.isEditable) {
          draft.setTranslatedFrom(lang, updated);
          draftChanged = true;
        }
        outdated = outdatedBlocks(source.texts, texts, draft.current.versions[lang].translatedFrom);
        doc.forEach((node) => {
          const id = node.attrs.blockId as unknown;
          const hint = typeof id === 'string' ? source.texts.get(id) : undefined;
          if (hint && node.isTextblock && node.content.size === 0) hints.set(id as string, hint);
        });
      }
      const list = [...outdated];
      const before = this.outdatedByLang.get(lang) ?? [];
      if (list.length !== before.length || list.some((id, i) => before[i] !== id)) {
        this.outdatedByLang.set(lang, list);
        outdatedChanged = true;
      }
      structure.set(lang, { rows, outdated, hints });
    }

    // Rows line up only between columns that have text; a blank column offers to start instead.
    const aligned = [...this.columns].filter(([, column]) => !column.blank);
    const active = aligned.length >= 2;
    const naturals = new Map<Language, Map<string, number>>();
    const lastIndex = new Map<Language, Map<string, number>>();
    const blockElements = new Map<Language, Element[]>();
    const target = new Map<string, number>();
    if (active) {
      for (const [lang, column] of aligned) {
        const natural = new Map<string, number>();
        const last = new Map<string, number>();
        // The body's children are its blocks in order, with the alignment widgets between them.
        const blocks = [...column.editor.view.dom.children].filter((el) => BLOCK_TAGS.has(el.tagName));
        blockElements.set(lang, blocks);
        column.rows.forEach((row, index) => {
          const element = blocks[index];
          if (element instanceof HTMLElement) natural.set(row, (natural.get(row) ?? 0) + this.heightOf(element));
          last.set(row, index);
        });
        for (const [row, height] of natural) target.set(row, Math.max(target.get(row) ?? 0, height));
        naturals.set(lang, natural);
        lastIndex.set(lang, last);
      }
      // The bodies start at one height whatever the titles and leads above them. Measured
      // only when a column changed around its body: typing inside a body does not move it.
      if (this.topsDirty) this.alignTops(aligned.map(([, column]) => column));
    }

    const hasLeading = active && aligned.some(([lang]) => (naturals.get(lang)?.get(LEADING_ROW) ?? 0) > 0);
    for (const [lang, column] of this.columns) {
      const { rows, outdated, hints } = structure.get(lang)!;
      let layout: ColumnLayout;
      // Space under the last block of each row, by block id (see PadSheet).
      const pads = new Map<string, number>();
      if (!active || column.blank) {
        layout = { ...EMPTY_LAYOUT, rows, currentRow: this.currentRow, outdated, hints };
      } else {
        const natural = naturals.get(lang)!;
        const blocks = blockElements.get(lang)!;
        for (const [row, index] of lastIndex.get(lang)!) {
          const pad = round((target.get(row) ?? 0) - (natural.get(row) ?? 0));
          const id = blocks[index]?.getAttribute('data-block-id');
          if (pad >= 1 && id) pads.set(id, pad);
        }
        const slots: AlignmentSlot[] = [];
        if (hasLeading && !natural.has(LEADING_ROW)) {
          slots.push({ row: LEADING_ROW, after: -1, height: round(target.get(LEADING_ROW) ?? 0), template: null, hint: '' });
        }
        for (const { row, after } of missingRows(source.ids, rows)) {
          slots.push({
            row,
            after,
            height: Math.max(28, round(target.get(row) ?? 0)),
            template: lang === sourceLang ? null : (source.templates.get(row) ?? { type: 'paragraph' }),
            hint: source.texts.get(row) ?? '',
          });
        }
        layout = { slots, rows, currentRow: this.currentRow, outdated, hints };
      }
      column.pads.set(pads);
      // A slot that only grew or shrank is resized in place; the editor redraws only
      // when what it draws changed (slots, the current row, outdated markers, hints).
      if (!sameLayout(layout, column.layout)) pushLayout(column.editor.view, layout);
      else updateSlots(column.editor.view, layout);
      column.layout = layout;
    }

    const withText = LANGUAGES.filter((lang) => {
      const column = this.columns.get(lang);
      return column ? !column.blank : !isBlankBody(draft.current.versions[lang].body);
    }).join(',');
    if (withText !== this.withText) {
      this.withText = withText;
      outdatedChanged = true;
    }

    if (draftChanged) this.options.onDraftChanged();
    if (outdatedChanged) for (const listener of this.outdatedListeners) listener();
  }

  /** The alignment space a block carries now (from its column's pad sheet). */
  private appliedPad(element: Element): number {
    for (const column of this.columns.values()) {
      if (column.editor.view.dom === element.parentElement) return column.pads.padOf(element.getAttribute('data-block-id'));
    }
    return 0;
  }

  private heightOf(element: HTMLElement): number {
    if (!this.observedBlocks.has(element)) {
      this.observedBlocks.add(element);
      this.blockObserver?.observe(element);
    }
    // A block seen for the first time is measured once; after that the observer reports it.
    let height = this.blockHeights.get(element);
    if (height === undefined) {
      height = element.getBoundingClientRect().height - this.appliedPad(element);
      this.blockHeights.set(element, height);
    }
    return height;
  }

  private alignTops(columns: Column[]): void {
    this.topsDirty = false;
    const tops = columns.map((column) => column.editor.view.dom.getBoundingClientRect().top - column.topPad);
    const highest = Math.max(...tops);
    columns.forEach((column, i) => {
      const pad = round(highest - tops[i]!);
      if (pad !== column.topPad) {
        column.topPad = pad;
        column.wrapper.style.paddingTop = pad > 0 ? `${pad}px` : '';
      }
    });
  }

  private followCursor(lang: Language): void {
    const column = this.columns.get(lang);
    if (!column) return;
    const index = column.editor.state.selection.$head.index(0);
    const row = column.rows[index] ?? null;
    if (row === this.currentRow) return;
    this.currentRow = row;
    // Drawn with the next settled run, not inside the keystroke or click that moved the cursor.
    this.schedule();
  }
}
