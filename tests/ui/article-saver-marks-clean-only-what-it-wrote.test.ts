import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../shared/domain/article';
import { AppError } from '../../shared/ipc/error-codes';
import { ArticleDraft } from '../../renderer/article/article-draft';
import { ArticleSaver, type Timers } from '../../renderer/article/article-saver';

const NOW = '2026-03-10T10:00:00.000Z';

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: Timers = {
    set: (run) => {
      const id = next++;
      pending.set(id, run);
      return id;
    },
    clear: (id) => void pending.delete(id as number),
  };
  return {
    timers,
    get count() {
      return pending.size;
    },
    fireAll() {
      const runs = [...pending.values()];
      pending.clear();
      runs.forEach((run) => run());
    },
  };
}

interface PendingWrite {
  article: Article;
  baseRevision: string;
  resolve(revision: string): void;
  reject(error: unknown): void;
}

function setup() {
  const draft = new ArticleDraft(newArticle({ id: 'a-test0001', rubric: 'economy', sourceLanguage: 'en', now: NOW }), () => NOW);
  let body = { type: 'doc' as const, content: [] as never[] };
  draft.attachBody('en', () => body);
  const writes: PendingWrite[] = [];
  const clock = manualTimers();
  const saver = new ArticleSaver({
    draft,
    revision: 'rev-0',
    timers: clock.timers,
    write: (article, baseRevision) =>
      new Promise((resolve, reject) =>
        writes.push({ article, baseRevision, resolve: (revision) => resolve({ revision, savedAt: NOW }), reject }),
      ),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { draft, saver, writes, clock, settle, setBody: (b: typeof body) => (body = b) };
}

describe('ArticleSaver', () => {
  it('saves after the pause, sends the last revision and keeps the new one', async () => {
    const { draft, saver, writes, clock, settle } = setup();
    draft.setText('en', 'title', 'First');
    saver.changed();
    expect(saver.state.kind).toBe('saving');
    expect(writes).toHaveLength(0);
    clock.fireAll();
    expect(writes).toHaveLength(1);
    expect(writes[0]?.baseRevision).toBe('rev-0');
    expect(writes[0]?.article.versions.en.title).toBe('First');
    writes[0]?.resolve('rev-1');
    await settle();
    expect(saver.state.kind).toBe('saved');
    expect(saver.revision).toBe('rev-1');

    draft.setText('en', 'title', 'Second');
    saver.changed();
    clock.fireAll();
    expect(writes[1]?.baseRevision).toBe('rev-1');
  });

  it('a change typed during a write is not marked saved by that write (D4)', async () => {
    const { draft, saver, writes, clock, settle } = setup();
    draft.setText('en', 'title', 'One');
    saver.changed();
    clock.fireAll();
    draft.setText('en', 'title', 'One two'); // typed while the first write is on its way
    saver.changed();
    writes[0]?.resolve('rev-1');
    await settle();
    expect(saver.state.kind).toBe('saving');
    expect(saver.hasUnsavedChanges).toBe(true);
    clock.fireAll();
    expect(writes).toHaveLength(2);
    expect(writes[1]?.article.versions.en.title).toBe('One two');
    writes[1]?.resolve('rev-2');
    await settle();
    expect(saver.state.kind).toBe('saved');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('never runs two writes at once; flush waits for everything', async () => {
    const { draft, saver, writes, settle } = setup();
    draft.setText('en', 'lead', 'a');
    const first = saver.flush();
    draft.setText('en', 'lead', 'ab');
    const second = saver.flush();
    await settle();
    expect(writes).toHaveLength(1);
    writes[0]?.resolve('rev-1');
    await settle();
    expect(writes).toHaveLength(2);
    writes[1]?.resolve('rev-2');
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(writes[1]?.baseRevision).toBe('rev-1');
  });

  it('a failure keeps the changes, says why, and retries', async () => {
    const { draft, saver, writes, clock, settle } = setup();
    draft.setText('en', 'title', 'x');
    const flushed = saver.flush();
    writes[0]?.reject(new AppError('disk-full', 'ENOSPC'));
    expect(await flushed).toBe(false);
    expect(saver.state).toMatchObject({ kind: 'failed', error: { code: 'disk-full' } });
    expect(saver.hasUnsavedChanges).toBe(true);
    // Typing again does not hide the failure.
    draft.setText('en', 'title', 'xy');
    saver.changed();
    expect(saver.state.kind).toBe('failed');
    clock.fireAll();
    writes[1]?.resolve('rev-1');
    await settle();
    expect(saver.state.kind).toBe('saved');
    expect(writes[1]?.article.versions.en.title).toBe('xy');
  });

  it('a conflict stops saving and names the copy', async () => {
    const { draft, saver, writes, clock } = setup();
    draft.setText('en', 'title', 'x');
    const flushed = saver.flush();
    writes[0]?.reject(new AppError('conflict', 'changed', 'a-test0001.conflict-2026.json'));
    expect(await flushed).toBe(true); // the user's text is safe in the copy
    expect(saver.state).toEqual({ kind: 'conflict', copy: 'a-test0001.conflict-2026.json' });
    draft.setText('en', 'title', 'xy');
    saver.changed();
    expect(clock.count).toBe(0);
    expect(writes).toHaveLength(1);
  });

  it('reads editor bodies when the save starts, and keeps a detached editor’s last body', async () => {
    const { draft, saver, writes, setBody } = setup();
    setBody({ type: 'doc', content: [{ type: 'paragraph' } as never] });
    draft.bodyChanged('en');
    void saver.flush();
    expect(writes[0]?.article.versions.en.body.content).toHaveLength(1);
    const detach = draft.attachBody('be', () => ({ type: 'doc', content: [{ type: 'paragraph' } as never, { type: 'paragraph' } as never] }));
    detach();
    expect(draft.current.versions.be.body.content).toHaveLength(2);
  });
});
