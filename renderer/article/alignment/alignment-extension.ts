import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { EMPTY_LAYOUT, type AlignmentSlot, type ColumnLayout } from './column-layout';

export const alignmentKey = new PluginKey<AlignmentState>('alignment');

interface AlignmentState {
  layout: ColumnLayout;
  decorations: DecorationSet;
}

export interface AlignmentLabels {
  /** Read before a slot's source text, making the slot button's accessible name. */
  slot: string;
  /** Accessible name of the marker on an outdated block. */
  outdated: string;
}

export interface AlignmentExtensionOptions {
  labels: () => AlignmentLabels;
  onReviewOutdated: (blockId: string) => void;
}

function slotWidget(slot: AlignmentSlot, labels: AlignmentLabels) {
  return (view: EditorView, getPos: () => number | undefined) => {
    const box = document.createElement('div');
    box.className = slot.template ? 'align-slot' : 'align-slot align-slot--spacer';
    box.contentEditable = 'false';
    box.style.height = `${slot.height}px`;
    box.setAttribute('data-slot-row', slot.row);
    if (!slot.template) return box;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'align-slot__button';
    const plus = document.createElement('span');
    plus.className = 'align-slot__plus';
    plus.setAttribute('aria-hidden', 'true');
    plus.textContent = '+';
    // The visible source text is part of the name (WCAG label-in-name), after a hidden verb.
    const verb = document.createElement('span');
    verb.className = 'visually-hidden';
    verb.textContent = `${labels.slot} `;
    const hint = document.createElement('span');
    hint.className = 'align-slot__hint';
    hint.textContent = slot.hint;
    button.append(plus, verb, hint);
    const template = slot.template;
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      const pos = getPos();
      if (pos === undefined || !view.editable) return;
      const { schema } = view.state;
      const node =
        template.type === 'heading'
          ? schema.nodes.heading!.create({ level: template.level, blockId: slot.row })
          : schema.nodes.paragraph!.create({ blockId: slot.row });
      const tr = view.state.tr.insert(pos, node);
      tr.setSelection(TextSelection.create(tr.doc, pos + 1)).scrollIntoView();
      view.dispatch(tr);
      view.focus();
    });
    box.append(button);
    return box;
  };
}

function outdatedWidget(blockId: string, labels: AlignmentLabels, onReview: (blockId: string) => void) {
  return () => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'outdated-marker';
    button.contentEditable = 'false';
    button.title = labels.outdated;
    button.setAttribute('aria-label', labels.outdated);
    button.textContent = '!';
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => onReview(blockId));
    return button;
  };
}

function buildDecorations(doc: PMNode, layout: ColumnLayout, options: AlignmentExtensionOptions): DecorationSet {
  if (layout === EMPTY_LAYOUT) return DecorationSet.empty;
  const labels = options.labels();
  const decorations: Decoration[] = [];
  const ends: number[] = [];
  let index = 0;
  doc.forEach((node, offset) => {
    const id = typeof node.attrs.blockId === 'string' ? (node.attrs.blockId as string) : null;
    const classes: string[] = [];
    const attrs: Record<string, string> = {};
    if (layout.currentRow !== null && layout.rows[index] === layout.currentRow) classes.push('is-current-row');
    if (id && layout.outdated.has(id)) {
      classes.push('is-outdated');
      decorations.push(
        Decoration.widget(offset, outdatedWidget(id, labels, options.onReviewOutdated), {
          side: -1,
          key: `outdated-${id}`,
          ignoreSelection: true,
          stopEvent: () => true,
        }),
      );
    }
    const hint = id ? layout.hints.get(id) : undefined;
    if (hint !== undefined && node.isTextblock && node.content.size === 0) {
      classes.push('has-hint');
      attrs['data-hint'] = hint;
    }
    if (classes.length > 0) attrs.class = classes.join(' ');
    if (classes.length > 0) decorations.push(Decoration.node(offset, offset + node.nodeSize, attrs));
    ends.push(offset + node.nodeSize);
    index++;
  });
  layout.slots.forEach((slot, order) => {
    const pos = slot.after < 0 ? 0 : (ends[slot.after] ?? doc.content.size);
    decorations.push(
      Decoration.widget(pos, slotWidget(slot, labels), {
        side: order + 1,
        // Height and hint are not in the key: the same element is kept and updated in place
        // (see pushLayout), so a growing row does not rebuild its slot on every keystroke.
        key: `slot-${slot.row}-${slot.template ? slot.template.type : 'spacer'}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Draws a column's part of the paragraph alignment: slots for missing counterparts, the current row, outdated markers and
 * source hints in empty blocks. The layout itself is computed outside the editor (see
 * AlignmentCoordinator) and pushed in with a transaction meta; between pushes the
 * decorations just follow the edits.
 */
export const AlignmentExtension = Extension.create<AlignmentExtensionOptions>({
  name: 'alignment',

  addOptions() {
    return { labels: () => ({ slot: 'Translate:', outdated: 'Outdated' }), onReviewOutdated: () => undefined };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<AlignmentState>({
        key: alignmentKey,
        state: {
          init: () => ({ layout: EMPTY_LAYOUT, decorations: DecorationSet.empty }),
          apply: (tr, value, _old, state: EditorState) => {
            const layout = tr.getMeta(alignmentKey) as ColumnLayout | undefined;
            if (layout) return { layout, decorations: buildDecorations(state.doc, layout, options) };
            if (!tr.docChanged) return value;
            return { layout: value.layout, decorations: value.decorations.map(tr.mapping, tr.doc) };
          },
        },
        props: {
          decorations: (state) => alignmentKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

export function pushLayout(view: EditorView, layout: ColumnLayout): void {
  view.dispatch(view.state.tr.setMeta(alignmentKey, layout).setMeta('addToHistory', false));
  updateSlots(view, layout);
}

/** Gives the slots on screen the heights and hints of `layout` (the same slots, by row). */
export function updateSlots(view: EditorView, layout: ColumnLayout): void {
  if (layout.slots.length === 0) return;
  const bySlotRow = new Map(layout.slots.map((slot) => [slot.row, slot]));
  for (const element of view.dom.querySelectorAll<HTMLElement>(':scope > .align-slot')) {
    const slot = bySlotRow.get(element.getAttribute('data-slot-row') ?? '');
    if (!slot) continue;
    const height = `${slot.height}px`;
    if (element.style.height !== height) element.style.height = height;
    const hint = element.querySelector('.align-slot__hint');
    if (hint && hint.textContent !== slot.hint) hint.textContent = slot.hint;
  }
}
