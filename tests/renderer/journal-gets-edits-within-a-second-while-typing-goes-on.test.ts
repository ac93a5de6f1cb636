import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newArticle } from '../../shared/domain/article';
import { ArticleDraft } from '../../renderer/article/article-draft';
import { ArticleJournal } from '../../renderer/article/article-journal';
import { fakeJournalMain } from '../support/fake-journal-main';

const NOW = '2026-03-10T10:00:00.000Z';

describe('crash journal writer (D6)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('journals what was typed within a second, even while typing never pauses, and nothing once it is saved', async () => {
    const draft = new ArticleDraft(newArticle({ id: 'a-journal1', rubric: 'economy', sourceLanguage: 'be', now: NOW }), () => NOW);
    const start = Date.now();
    const written: { at: number; title: string; base: string }[] = [];
    const main = fakeJournalMain();
    let saved = false;
    const journal = new ArticleJournal({
      draft,
      hasUnsavedChanges: () => !saved,
      baseRevision: () => 'rev-7',
      send: async (request) => {
        const answer = await main.send(request);
        written.push({ at: Date.now() - start, title: main.latest!.versions.be.title, base: request.baseRevision });
        return answer;
      },
    });
    let typed = '';
    for (let i = 0; i < 20; i++) {
      typed += 'ў';
      draft.setText('be', 'title', typed);
      journal.changed();
      await vi.advanceTimersByTimeAsync(150);
    }
    // 3 s of continuous typing: an entry at least every second, each with all text typed by then.
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < written.length; i++) expect(written[i]!.at - written[i - 1]!.at).toBeLessThanOrEqual(1000);
    expect(written.every((w) => w.base === 'rev-7')).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written.at(-1)?.title).toBe(typed);

    // Saved edits are not journaled again.
    const count = written.length;
    saved = true;
    draft.setText('be', 'title', `${typed}!`);
    journal.changed();
    await vi.advanceTimersByTimeAsync(2000);
    expect(written).toHaveLength(count);
    journal.dispose();
  });
});
