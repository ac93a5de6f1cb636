/** The row before the source's first block: translation blocks that precede every counterpart. */
export const LEADING_ROW = '';

/**
 * Which alignment row each top-level block of one column belongs to. Rows are the source
 * version's blocks, in order. A block whose id the source has sits in that row; a block the
 * source does not have (the second half of a paragraph a translator split, a note added
 * only in this language) joins the row of the block before it, so splitting or adding never
 * shifts the alignment of what follows. A block that would move backwards (paragraphs
 * reordered in a translation) also stays in the current row: rows only go forward.
 */
export function assignRows(sourceIds: readonly string[], columnIds: readonly (string | null)[]): string[] {
  const rowIndex = new Map<string, number>();
  sourceIds.forEach((id, index) => {
    if (!rowIndex.has(id)) rowIndex.set(id, index);
  });
  let current = -1;
  return columnIds.map((id) => {
    const index = id === null ? undefined : rowIndex.get(id);
    if (index !== undefined && index > current) current = index;
    return current < 0 ? LEADING_ROW : sourceIds[current]!;
  });
}

/**
 * Source rows that have no block in a column: where the translator sees an empty slot to
 * start the paragraph. `after` is the index of the column block the slot follows (-1: at
 * the top).
 */
export function missingRows(sourceIds: readonly string[], columnRows: readonly string[]): { row: string; after: number }[] {
  const order = new Map<string, number>([[LEADING_ROW, -1]]);
  sourceIds.forEach((id, index) => {
    if (!order.has(id)) order.set(id, index);
  });
  const present = new Set(columnRows);
  const missing: { row: string; after: number }[] = [];
  let blockIndex = 0;
  sourceIds.forEach((row, rowPos) => {
    // Every block of the column in this row or an earlier one comes before the slot.
    while (blockIndex < columnRows.length && (order.get(columnRows[blockIndex]!) ?? -1) <= rowPos) blockIndex++;
    if (!present.has(row)) missing.push({ row, after: blockIndex - 1 });
  });
  return missing;
}
