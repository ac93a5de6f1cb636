import { describe, expect, it } from 'vitest';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import { blockTexts, translatedFromSource } from '../../../shared/editor/alignment/block-texts';
import { outdatedBlocks, updatedTranslationRecord } from '../../../shared/editor/alignment/outdated-blocks';
import { isBlankBody, startTranslation } from '../../../shared/editor/alignment/start-translation';
import { wordDiff } from '../../../shared/editor/alignment/word-diff';

const para = (blockId: string, text: string, marks?: { type: string }[]) => ({
  type: 'paragraph',
  attrs: { blockId },
  content: text ? [{ type: 'text', text, ...(marks ? { marks } : {}) }] : undefined,
});

const source: ProseDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2, blockId: 'h1aa' }, content: [{ type: 'text', text: 'Budget' }] },
    para('p1aa', 'The council met on Monday.'),
    {
      type: 'bulletList',
      attrs: { blockId: 'l1aa' },
      content: [
        { type: 'listItem', content: [para('x', 'taxes')] },
        { type: 'listItem', content: [para('y', 'roads')] },
      ],
    },
  ],
};

describe('block texts and outdated markers', () => {
  it('reads each top-level block as plain text, list items on their own lines', () => {
    expect([...blockTexts(source)]).toEqual([
      ['h1aa', 'Budget'],
      ['p1aa', 'The council met on Monday.'],
      ['l1aa', 'taxes\nroads'],
    ]);
  });

  it('marks a counterpart outdated when its source text changed, not when only formatting did', () => {
    const be: ProseDoc = { type: 'doc', content: [para('p1aa', 'Савет сабраўся ў панядзелак.'), para('h1aa', 'Бюджэт')] };
    const record = translatedFromSource(source, be);
    expect(record).toEqual({ p1aa: 'The council met on Monday.', h1aa: 'Budget' });
    const bolded: ProseDoc = { ...source, content: [source.content![0]!, para('p1aa', 'The council met on Monday.', [{ type: 'bold' }])] };
    expect(outdatedBlocks(blockTexts(bolded), blockTexts(be), record)).toEqual(new Set());
    const edited: ProseDoc = { ...source, content: [source.content![0]!, para('p1aa', 'The council met on Tuesday.')] };
    expect(outdatedBlocks(blockTexts(edited), blockTexts(be), record)).toEqual(new Set(['p1aa']));
  });

  it('never calls an empty, not yet translated block outdated', () => {
    const be: ProseDoc = { type: 'doc', content: [para('p1aa', '')] };
    expect(outdatedBlocks(new Map([['p1aa', 'new']]), blockTexts(be), { p1aa: 'old' })).toEqual(new Set());
  });

  it('records the source text when a block is first translated, keeps old records and drops those of removed blocks', () => {
    const sourceTexts = new Map([['p1aa', 'one'], ['p2aa', 'two']]);
    expect(updatedTranslationRecord(sourceTexts, new Map([['p1aa', 'адзін'], ['p2aa', '']]), {})).toEqual({ p1aa: 'one' });
    expect(updatedTranslationRecord(sourceTexts, new Map([['p1aa', 'адзін']]), { p1aa: 'older' })).toBeNull();
    expect(updatedTranslationRecord(sourceTexts, new Map([['p1aa', 'адзін']]), { p1aa: 'older', gone: 'x' })).toEqual({ p1aa: 'older' });
  });

  it('shows what changed word by word', () => {
    expect(wordDiff('The council met on Monday.', 'The council met on Tuesday.')).toEqual([
      { kind: 'same', text: 'The council met on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
      { kind: 'same', text: '.' },
    ]);
  });
});

describe('starting a translation', () => {
  it('copies the source structure with the same block ids, empty (hints) or with the source text', () => {
    const hints = startTranslation(source, 'hints');
    expect(hints.content!.map((n) => [n.type, n.attrs?.blockId, n.content])).toEqual([
      ['heading', 'h1aa', undefined],
      ['paragraph', 'p1aa', undefined],
      ['paragraph', 'l1aa', undefined],
    ]);
    expect(isBlankBody(hints)).toBe(true);
    const copy = startTranslation(source, 'copy');
    expect(copy).toEqual(source);
    expect(copy.content).not.toBe(source.content);
    expect(isBlankBody(copy)).toBe(false);
  });
});
