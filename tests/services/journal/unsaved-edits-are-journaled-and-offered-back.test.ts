import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../shared/domain/article';
import { articlePath, openTestLibrary, withText, type TestLibrary } from '../library/library-test-harness';

async function setup(options: Parameters<typeof openTestLibrary>[1] = {}) {
  const logged: string[] = [];
  const lib = await openTestLibrary(undefined, { log: (message) => logged.push(message), ...options });
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  return { lib, issueId: issue.id, created, logged };
}

const journalDir = (lib: TestLibrary) => join(lib.dir, '.journal');
const journalFile = (lib: TestLibrary, issueId: string, articleId: string) => join(journalDir(lib), `${issueId}.${articleId}.json`);

describe('the crash journal (D6)', () => {
  it('keeps unsaved edits on disk and offers them back through article:get and recovery:list', async () => {
    const { lib, issueId, created } = await setup();
    const articleId = created.article.id;
    const edited = withText(created.article, 'Незахаваны тэкст ў журнале');
    lib.clock.set('2025-03-12T11:00:00.000Z');
    const { journaledAt } = await lib.call('journal:write', { issueId, articleId, article: edited, baseRevision: created.revision });
    expect(journaledAt).toBe('2025-03-12T11:00:00.000Z');

    const stored = JSON.parse(await readFile(journalFile(lib, issueId, articleId), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stored)).toEqual(['issueId', 'articleId', 'baseRevision', 'journaledAt', 'article']);
    expect(ArticleSchema.parse(stored.article)).toEqual(edited);

    await lib.reopen();
    const loaded = await lib.call('article:get', { issueId, articleId });
    expect(loaded.article).toEqual(created.article);
    expect(loaded.revision).toBe(created.revision);
    expect(loaded.recovered).toEqual({ article: edited, journaledAt, baseRevision: created.revision });

    expect(await lib.call('recovery:list', {})).toEqual([
      {
        issueId,
        articleId,
        journaledAt,
        titles: { en: 'Незахаваны тэкст ў журнале en', be: 'Незахаваны тэкст ў журнале be', ru: 'Незахаваны тэкст ў журнале ru' },
      },
    ]);
  });

  it('a later journal write replaces the earlier one', async () => {
    const { lib, issueId, created } = await setup();
    const articleId = created.article.id;
    await lib.call('journal:write', { issueId, articleId, article: withText(created.article, 'one'), baseRevision: created.revision });
    await lib.call('journal:write', { issueId, articleId, article: withText(created.article, 'two'), baseRevision: created.revision });
    const loaded = await lib.call('article:get', { issueId, articleId });
    expect(loaded.recovered?.article).toEqual(withText(created.article, 'two'));
    expect(await readdir(journalDir(lib))).toEqual([`${issueId}.${articleId}.json`]);
  });

  it('journal:discard removes the entry, and discarding nothing is fine', async () => {
    const { lib, issueId, created } = await setup();
    const articleId = created.article.id;
    await lib.call('journal:write', { issueId, articleId, article: withText(created.article, 'x'), baseRevision: created.revision });
    expect(await lib.call('journal:discard', { issueId, articleId })).toEqual({});
    expect(await lib.call('journal:discard', { issueId, articleId })).toEqual({});
    expect((await lib.call('article:get', { issueId, articleId })).recovered).toBeUndefined();
    expect(await lib.call('recovery:list', {})).toEqual([]);
  });

  it('an entry equal to the file is not offered and is removed silently', async () => {
    const { lib, issueId, created } = await setup();
    const articleId = created.article.id;
    await lib.call('journal:write', { issueId, articleId, article: created.article, baseRevision: created.revision });
    expect((await lib.call('article:get', { issueId, articleId })).recovered).toBeUndefined();
    expect(await lib.call('recovery:list', {})).toEqual([]);
    expect(await readdir(journalDir(lib))).toEqual([]);
  });

  it('equal content in differently formatted bytes (a sync tool rewrote the file) counts as equal', async () => {
    const { lib, issueId, created } = await setup();
    const articleId = created.article.id;
    const theirs = withText(created.article, 'same');
    await writeFile(articlePath(lib, issueId, articleId), JSON.stringify(theirs));
    await lib.call('journal:write', { issueId, articleId, article: theirs, baseRevision: created.revision });
    expect(await lib.call('recovery:list', {})).toEqual([]);
  });

  it('entries of a deleted article or issue are removed silently; entries of an unreadable file are kept', async () => {
    const { lib, issueId, created } = await setup();
    const gone = await lib.call('article:create', { issueId });
    const unreadable = await lib.call('article:create', { issueId });
    const otherIssue = await lib.call('issue:create-next', {});
    const inOtherIssue = await lib.call('article:create', { issueId: otherIssue.id });
    for (const { article, revision } of [created, gone, unreadable]) {
      await lib.call('journal:write', { issueId, articleId: article.id, article: withText(article, 'edit'), baseRevision: revision });
    }
    await lib.call('journal:write', {
      issueId: otherIssue.id,
      articleId: inOtherIssue.article.id,
      article: withText(inOtherIssue.article, 'edit'),
      baseRevision: inOtherIssue.revision,
    });
    await rm(articlePath(lib, issueId, gone.article.id));
    await writeFile(articlePath(lib, issueId, unreadable.article.id), '{"torn": ');
    await rm(join(lib.dir, 'issues', otherIssue.id), { recursive: true });

    const offered = await lib.call('recovery:list', {});
    expect(offered.map((e) => e.articleId).sort()).toEqual([created.article.id, unreadable.article.id].sort());
    expect((await readdir(journalDir(lib))).sort()).toEqual(
      [`${issueId}.${created.article.id}.json`, `${issueId}.${unreadable.article.id}.json`].sort(),
    );
  });

  it('refuses an article journaled under another id, a missing issue, and a body outside the editor schema', async () => {
    const { lib, issueId, created } = await setup();
    const other = await lib.call('article:create', { issueId });
    const article = withText(created.article, 'x');
    await lib.fail('journal:write', { issueId, articleId: other.article.id, article, baseRevision: created.revision }, 'invalid-request');
    await lib.fail('journal:write', { issueId: 'issue-none', articleId: created.article.id, article, baseRevision: '' }, 'not-found');
    const badBody = { ...article, versions: { ...article.versions, en: { ...article.versions.en, body: { type: 'doc' as const, content: [{ type: 'image' }] } } } };
    await lib.fail('journal:write', { issueId, articleId: created.article.id, article: badBody, baseRevision: '' }, 'invalid-request');
    expect(await readdir(journalDir(lib)).catch(() => [])).toEqual([]);
  });

  it('a corrupt or crafted journal file is quarantined and reported, never crashing a load (X4)', async () => {
    const { lib, issueId, created, logged } = await setup();
    const articleId = created.article.id;
    const second = await lib.call('article:create', { issueId });
    const third = await lib.call('article:create', { issueId });
    await mkdir(journalDir(lib), { recursive: true });
    await writeFile(journalFile(lib, issueId, articleId), '\u0000\u0000\u0000');
    // Well-formed JSON, but the article inside is not an article.
    await writeFile(
      journalFile(lib, issueId, second.article.id),
      JSON.stringify({ issueId, articleId: second.article.id, baseRevision: '', journaledAt: '2025-03-12T10:00:00.000Z', article: { schemaVersion: 99 } }),
    );
    // A valid entry filed under another article's name.
    await writeFile(
      journalFile(lib, issueId, third.article.id),
      JSON.stringify({ issueId, articleId, baseRevision: '', journaledAt: '2025-03-12T10:00:00.000Z', article: withText(created.article, 'x') }),
    );
    await writeFile(join(journalDir(lib), 'notes.txt'), 'not ours');

    const loaded = await lib.call('article:get', { issueId, articleId });
    expect(loaded.recovered).toBeUndefined();
    expect(await lib.call('recovery:list', {})).toEqual([]);
    expect(lib.unexpectedErrors).toEqual([]);
    const quarantined = await readdir(join(journalDir(lib), 'quarantine'));
    expect(quarantined).toHaveLength(3);
    expect(logged.filter((m) => m.includes('moved to'))).toHaveLength(3);
    // The bytes are kept, not deleted: they may be the only copy of someone's text.
    const first = quarantined.find((name) => name.startsWith(`${issueId}.${articleId}.`));
    expect(await readFile(join(journalDir(lib), 'quarantine', first!), 'utf8')).toBe('\u0000\u0000\u0000');
    expect((await readdir(journalDir(lib))).sort()).toEqual(['notes.txt', 'quarantine']);
  });

  it('journal writes are queued with the article saves, in the order they were asked for', async () => {
    const { lib, issueId, created } = await setup();
    const articleId = created.article.id;
    const saved = withText(created.article, 'saved');
    const typedAfter = withText(created.article, 'typed after the save');
    // Sent together: the save must not overtake the journal write, nor the other way round.
    const [save] = await Promise.all([
      lib.call('article:save', { issueId, article: saved, baseRevision: created.revision }),
      lib.call('journal:write', { issueId, articleId, article: typedAfter, baseRevision: created.revision }),
    ]);
    const loaded = await lib.call('article:get', { issueId, articleId });
    expect(loaded.revision).toBe(save.revision);
    expect(loaded.recovered?.article).toEqual(typedAfter);
  });
});
