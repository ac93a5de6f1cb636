import { describe, expect, it } from 'vitest';
import { matchRevisedBlocks } from '../../electron/services/import/match-revised-blocks';

describe('matching a revised text to the blocks it revises', () => {
  it('keeps unchanged and lightly edited blocks, reads a removed-then-added run as rewritten, and leaves inserted blocks new', () => {
    const old = ['Intro about the budget.', 'The ministry cut spending by a quarter.', 'Wages are frozen until October.', 'Closing remark.'];
    const revised = [
      'A new opening paragraph nobody translated yet.',
      'Intro about the budget.',
      'The ministry cut spending by a third.',
      'Something else entirely replaces this.',
      'Closing remark.',
    ];
    expect(matchRevisedBlocks(old, revised)).toEqual([null, 0, 1, 2, 3]);
  });

  it('matches Cyrillic words and ignores word order and punctuation', () => {
    expect(matchRevisedBlocks(['Цэны на ежу выраслі.', 'Заробкі — не.'], ['Выраслі цэны на ежу!', 'Заробкі — не.'])).toEqual([0, 1]);
  });

  it('leaves every block new when nothing is alike, and handles empty texts', () => {
    expect(matchRevisedBlocks(['alpha beta'], ['gamma delta', 'epsilon'])).toEqual([0, null]);
    expect(matchRevisedBlocks([], ['one'])).toEqual([null]);
    expect(matchRevisedBlocks(['one'], [])).toEqual([]);
  });
});
