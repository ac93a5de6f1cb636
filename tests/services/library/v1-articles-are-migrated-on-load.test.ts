import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../shared/domain/article';
import { articlePath, openTestLibrary, readBytes } from './library-test-harness';

const FIXTURE = join(import.meta.dirname, '../../fixtures/article-v1.json');

describe('articles in the first prototype format (v1)', () => {
  it('load migrated in memory, leave the v1 file untouched until saved, then save as v2', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', {});
    const path = articlePath(lib, issue.id, 'a-v1sample');
    await copyFile(FIXTURE, path);
    const v1Bytes = await readBytes(path);

    const summary = (await lib.call('issue:get', { issueId: issue.id })).articles[0];
    expect(summary).toMatchObject({ readable: true, id: 'a-v1sample', titles: { be: 'Цэны на бульбу не зрушыліся' } });

    const loaded = await lib.call('article:get', { issueId: issue.id, articleId: 'a-v1sample' });
    expect(loaded.migrated).toBe(true);
    expect(loaded.article).toMatchObject({
      schemaVersion: 3,
      id: 'a-v1sample',
      rubric: 'economy',
      sourceLanguage: 'be',
      authors: [{ en: 'Ганна Лявонцьева', be: 'Ганна Лявонцьева', ru: 'Ганна Лявонцьева' }],
    });
    expect(loaded.article.versions.be).toMatchObject({ status: 'approved', updatedAt: '2014-03-12T09:15:00+03:00' });
    const beText = loaded.article.versions.be.body.content?.[1]?.content?.map((n) => n.text).join('');
    expect(beText).toBe('На гарадскім рынку ў Гродне цэны засталіся мінулатыднёвымі, а прадаўцы ўсё яшчэ чакаюць вясны. Ёсць і надзея’.');
    expect(await readBytes(path)).toEqual(v1Bytes);

    const saved = await lib.call('article:save', { issueId: issue.id, article: loaded.article, baseRevision: loaded.revision });
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as { schemaVersion: number };
    expect(onDisk.schemaVersion).toBe(3);
    expect(ArticleSchema.parse(onDisk)).toEqual(loaded.article);
    expect(await lib.call('article:get', { issueId: issue.id, articleId: 'a-v1sample' })).toEqual({
      article: loaded.article,
      revision: saved.revision,
      migrated: false,
    });
  });
});
