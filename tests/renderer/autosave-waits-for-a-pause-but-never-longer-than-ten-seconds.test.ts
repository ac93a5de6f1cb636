import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newArticle } from '../../shared/domain/article';
import { ArticleDraft } from '../../renderer/article/article-draft';
import { ArticleSaver } from '../../renderer/article/article-saver';

const NOW = '2026-03-10T10:00:00.000Z';

function setup() {
  const draft = new ArticleDraft(newArticle({ id: 'a-timing01', rubric: 'economy', sourceLanguage: 'en', now: NOW }), () => NOW);
  const writes: { at: number; title: string }[] = [];
  const start = Date.now();
  const saver = new ArticleSaver({
    draft,
    revision: 'rev-0',
    write: async (article) => {
      writes.push({ at: Date.now() - start, title: article.versions.en.title });
      return { revision: `rev-${writes.length}`, savedAt: NOW };
    },
  });
  let typed = '';
  const type = (text: string) => {
    typed += text;
    draft.setText('en', 'title', typed);
    saver.changed();
  };
  return { saver, writes, type, typed: () => typed };
}

describe('autosave timing (issue 3: ~1 s after typing stops, at most every 10 s while typing)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves about a second after the last keystroke, not before', async () => {
    const { saver, writes, type, typed } = setup();
    type('Minsk');
    await vi.advanceTimersByTimeAsync(900);
    expect(writes).toEqual([]);
    expect(saver.state.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(200);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.title).toBe(typed());
    expect(saver.state.kind).toBe('saved');
  });

  it('someone typing without a pause still gets a save every ten seconds', async () => {
    const { writes, type, typed } = setup();
    // One keystroke every 300 ms for 25 s: the pause never comes.
    for (let i = 0; i < 84; i++) {
      type('a');
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(writes.map((w) => Math.round(w.at / 1000))).toEqual([10, 20]);
    // Each save holds everything typed up to its start.
    expect(writes[0]!.title.length).toBeGreaterThanOrEqual(33);
    await vi.advanceTimersByTimeAsync(1100);
    expect(writes).toHaveLength(3);
    expect(writes[2]?.title).toBe(typed());
  });
});
