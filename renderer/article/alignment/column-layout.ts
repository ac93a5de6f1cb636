/** A place in a column where a source paragraph has no counterpart yet. */
export interface AlignmentSlot {
  /** The source row (block id) the slot stands for; LEADING_ROW for a plain spacer. */
  row: string;
  /** Index of the column's top-level block the slot follows; -1 at the top. */
  after: number;
  height: number;
  /** The block a click creates, shaped like its source counterpart; null for a spacer. */
  template: { type: 'paragraph' } | { type: 'heading'; level: number } | null;
  /** The source text, shown faintly in the slot. */
  hint: string;
}

/** Everything the alignment decorations of one column are drawn from. */
export interface ColumnLayout {
  slots: readonly AlignmentSlot[];
  /** Row (source block id) of each top-level block, by index. */
  rows: readonly string[];
  currentRow: string | null;
  outdated: ReadonlySet<string>;
  /** Source text per block id, shown inside this column's empty counterparts. */
  hints: ReadonlyMap<string, string>;
}

export const EMPTY_LAYOUT: ColumnLayout = {
  slots: [],
  rows: [],
  currentRow: null,
  outdated: new Set(),
  hints: new Map(),
};

function sameMap<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const value of a) if (!b.has(value)) return false;
  return true;
}

/**
 * Layouts are compared before they are pushed, so an idle column is not redrawn for
 * nothing. Slot heights and hints are left out: they are updated in place (updateSlots).
 */
export function sameLayout(a: ColumnLayout, b: ColumnLayout): boolean {
  return (
    a.currentRow === b.currentRow &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, i) => b.rows[i] === row) &&
    sameSet(a.outdated, b.outdated) &&
    sameMap(a.hints, b.hints) &&
    a.slots.length === b.slots.length &&
    a.slots.every((slot, i) => {
      const other = b.slots[i]!;
      return (
        slot.row === other.row &&
        slot.after === other.after &&
        JSON.stringify(slot.template) === JSON.stringify(other.template)
      );
    })
  );
}
