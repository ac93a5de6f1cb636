import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRows, LEADING_ROW, missingRows } from '../../../shared/editor/alignment/assign-rows';

describe('alignment rows', () => {
  it('puts each block next to its counterpart', () => {
    expect(assignRows(['p1', 'p2', 'p3'], ['p1', 'p2', 'p3'])).toEqual(['p1', 'p2', 'p3']);
  });

  it('keeps a paragraph a translator split in its row, and the rows after it where they were', () => {
    // BE split p2 into p2 + x9: x9 joins p2's row, p3 stays aligned with p3.
    expect(assignRows(['p1', 'p2', 'p3'], ['p1', 'p2', 'x9', 'p3'])).toEqual(['p1', 'p2', 'p2', 'p3']);
  });

  it('shows a slot where a translator merged two paragraphs, and nowhere else', () => {
    const rows = assignRows(['p1', 'p2', 'p3', 'p4'], ['p1', 'p2', 'p4']);
    expect(rows).toEqual(['p1', 'p2', 'p4']);
    expect(missingRows(['p1', 'p2', 'p3', 'p4'], rows)).toEqual([{ row: 'p3', after: 1 }]);
  });

  it('offers slots for source paragraphs a translation has not started, at the right places', () => {
    const rows = assignRows(['p1', 'p2', 'p3'], ['p2']);
    expect(missingRows(['p1', 'p2', 'p3'], rows)).toEqual([
      { row: 'p1', after: -1 },
      { row: 'p3', after: 0 },
    ]);
  });

  it('puts blocks before any counterpart into the leading row', () => {
    expect(assignRows(['p1'], ['n1', 'n2', 'p1'])).toEqual([LEADING_ROW, LEADING_ROW, 'p1']);
  });

  it('never goes backwards when a translator reordered paragraphs', () => {
    expect(assignRows(['p1', 'p2', 'p3'], ['p1', 'p3', 'p2'])).toEqual(['p1', 'p3', 'p3']);
  });

  it('for any column: one row per block, rows in source order, and every source row either present or a slot', () => {
    const ids: fc.Arbitrary<string> = fc.constantFrom('a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7');
    fc.assert(
      fc.property(fc.uniqueArray(ids, { maxLength: 7 }), fc.array(fc.option(ids, { nil: null }), { maxLength: 10 }), (source, column) => {
        const rows = assignRows(source, column);
        expect(rows).toHaveLength(column.length);
        const order = rows.map((row) => (row === LEADING_ROW ? -1 : source.indexOf(row)));
        for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThanOrEqual(order[i - 1]!);
        const slots = missingRows(source, rows);
        expect(new Set([...rows.filter((r) => r !== LEADING_ROW), ...slots.map((s) => s.row)])).toEqual(new Set(source));
        for (const slot of slots) {
          // The slot sits after every block of an earlier row and before every block of a later one.
          const rowPos = source.indexOf(slot.row);
          order.forEach((pos, index) => (index <= slot.after ? expect(pos).toBeLessThan(rowPos) : expect(pos).toBeGreaterThan(rowPos)));
        }
      }),
    );
  });
});
