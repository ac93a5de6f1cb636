import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, newArticle, type Article } from '../../shared/domain/article';
import { decodeArticle } from '../../shared/domain/migrate-article';

// Read the fixture the way the library reads a file: text from disk, then JSON.parse.
function readV1Fixture(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../fixtures/domain/article-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

const CREATED_AT = '2014-03-12T08:30:00+03:00';

const EXPECTED_FROM_V1: Article = {
  schemaVersion: 3,
  id: 'article-v1-sample',
  rubric: 'domestic-politics',
  // v1 had one free-text author; it is trimmed and used for all three spellings until someone edits them.
  authors: [{ en: 'Алена Каваленка', be: 'Алена Каваленка', ru: 'Алена Каваленка' }],
  sourceLanguage: 'be',
  createdAt: CREATED_AT,
  versions: {
    en: {
      title: 'Local councils get a new budget rule',
      lead: 'A small change with long consequences',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { blockId: 'v1-p1' }, content: [{ type: 'text', text: 'Councils will keep a share of local taxes.' }] },
        ],
      },
      status: 'translated',
      updatedAt: CREATED_AT,
      translatedFrom: {},
    },
    be: {
      title: 'Мясцовыя саветы атрымліваюць новае бюджэтнае правіла',
      lead: 'Невялікая змена з доўгімі наступствамі',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', attrs: { blockId: 'v1-p1' }, content: [{ type: 'text', text: 'Саветы пакінуць сабе частку мясцовых падаткаў.' }] },
        ],
      },
      status: 'approved',
      updatedAt: CREATED_AT,
      translatedFrom: {},
    },
    ru: {
      title: 'Местные советы получают новое бюджетное правило',
      lead: 'Небольшое изменение с долгими последствиями',
      body: { type: 'doc', content: [] },
      status: 'empty',
      updatedAt: CREATED_AT,
      translatedFrom: {},
    },
  },
};

function validCurrent(): Article {
  const article = newArticle({ id: 'article-0001', rubric: 'economy', sourceLanguage: 'ru', now: '2024-02-29T12:00:00Z' });
  article.authors = [{ en: 'Volha Shyla', be: 'Вольга Шыла', ru: 'Ольга Шило' }];
  article.versions.ru.title = 'Високосный день';
  return article;
}

describe('decodeArticle: migration from v1', () => {
  it('migrates the v1 fixture to exactly the expected v2 article', () => {
    const result = decodeArticle(readV1Fixture());
    expect(result).toEqual({ ok: true, value: EXPECTED_FROM_V1, migratedFrom: 1 });
    expect(ArticleSchema.safeParse(EXPECTED_FROM_V1).success).toBe(true);
  });

  it('does not modify the parsed file it was given', () => {
    const raw = readV1Fixture();
    const copy = structuredClone(raw);
    decodeArticle(raw);
    expect(raw).toEqual(copy);
  });

  it('gives a migrated article that, once saved, reads back as v2 unchanged', () => {
    const migrated = decodeArticle(readV1Fixture());
    if (!migrated.ok) throw new Error(migrated.detail);
    expect(decodeArticle(JSON.parse(JSON.stringify(migrated.value)))).toEqual({ ok: true, value: migrated.value, migratedFrom: null });
  });

  it('turns a blank v1 author into no authors rather than a nameless one', () => {
    const raw = { ...readV1Fixture(), author: ' \t ' };
    const result = decodeArticle(raw);
    if (!result.ok) throw new Error(result.detail);
    expect(result.value.authors).toEqual([]);
  });

  it('drops keys v1 files carried that v2 does not know', () => {
    const raw = { ...readV1Fixture(), wordCount: 42 };
    const result = decodeArticle(raw);
    if (!result.ok) throw new Error(result.detail);
    expect(result.value).toEqual(EXPECTED_FROM_V1);
  });

  it('reports a v1 file that is missing its author as invalid, naming the field', () => {
    const { author: _author, ...raw } = readV1Fixture();
    const result = decodeArticle(raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema' });
    if (!result.ok) expect(result.detail).toMatch(/^author: /);
  });

  it('reports a v1 status that v2 does not have against the v2 field it lands in', () => {
    const raw = readV1Fixture();
    raw.be = { ...(raw.be as object), status: 'finished' };
    const result = decodeArticle(raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema' });
    if (!result.ok) expect(result.detail).toMatch(/^versions\.be\.status: /);
  });
});

describe('decodeArticle: versions', () => {
  it('migrates a v2 article to v3 with no translation records (nothing is marked outdated)', () => {
    const current = validCurrent();
    const v2 = JSON.parse(JSON.stringify(current)) as Record<string, unknown> & { versions: Record<string, Record<string, unknown>> };
    v2.schemaVersion = 2;
    for (const version of Object.values(v2.versions)) delete version.translatedFrom;
    expect(decodeArticle(v2)).toEqual({ ok: true, value: current, migratedFrom: 2 });
  });

  it('refuses a v3 translation record keyed by something that is not a block id', () => {
    const article = validCurrent();
    const raw = JSON.parse(JSON.stringify(article)) as { versions: { be: { translatedFrom: Record<string, string> } } };
    raw.versions.be.translatedFrom = { '../x': 'text' };
    expect(decodeArticle(raw)).toMatchObject({ ok: false, reason: 'invalid-schema' });
  });

  it('reads a current (v3) article as it is', () => {
    const article = validCurrent();
    expect(decodeArticle(JSON.parse(JSON.stringify(article)))).toEqual({ ok: true, value: article, migratedFrom: null });
  });

  it.each([4, 99])('refuses schemaVersion %d as written by a newer Triptych', (version) => {
    const result = decodeArticle({ ...validCurrent(), schemaVersion: version });
    expect(result).toMatchObject({ ok: false, reason: 'future-version' });
    if (!result.ok) expect(result.detail).toContain(String(version));
  });

  it.each<[string, unknown]>([
    ['no schemaVersion', (({ schemaVersion: _v, ...rest }) => rest)(validCurrent())],
    ['a string schemaVersion', { ...validCurrent(), schemaVersion: '2' }],
    ['a fractional schemaVersion', { ...validCurrent(), schemaVersion: 1.5 }],
    ['schemaVersion 0', { ...validCurrent(), schemaVersion: 0 }],
    ['a negative schemaVersion', { ...validCurrent(), schemaVersion: -1 }],
    ['null', null],
    ['an array', [validCurrent()]],
    ['a string', 'schemaVersion: 2'],
    ['a number', 2],
  ])('refuses %s as an unknown version', (_name, raw) => {
    expect(decodeArticle(raw)).toMatchObject({ ok: false, reason: 'unknown-version' });
  });
});

describe('decodeArticle: invalid v2 content', () => {
  it.each<[string, (article: Record<string, unknown>) => void, RegExp]>([
    ['an id that cannot be a file name', (a) => (a.id = '../escape'), /^id: not a valid id$/],
    ['an unknown key', (a) => (a.extra = true), /^\(root\): .*extra/],
    ['a missing language', (a) => delete (a.versions as Record<string, unknown>).ru, /^versions\.ru: /],
    ['an unknown status', (a) => ((a.versions as { en: { status: string } }).en.status = 'published'), /^versions\.en\.status: /],
    ['an author without a Russian spelling', (a) => (a.authors = [{ en: 'A', be: 'А' }]), /^authors\.0\.ru: /],
    ['a body that is not a document', (a) => ((a.versions as { be: { body: unknown } }).be.body = '<p>html</p>'), /^versions\.be\.body: /],
    ['a timestamp without a time zone', (a) => (a.createdAt = '2024-02-29T12:00:00'), /^createdAt: /],
  ])('refuses %s with a readable detail', (_name, corrupt, detail) => {
    const raw = JSON.parse(JSON.stringify(validCurrent())) as Record<string, unknown>;
    corrupt(raw);
    const result = decodeArticle(raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema' });
    if (!result.ok) expect(result.detail).toMatch(detail);
  });

  it('lists at most three problems, each as "path: message"', () => {
    const raw = { ...validCurrent(), id: 'X', rubric: 'Y', sourceLanguage: 'de', createdAt: 'yesterday', authors: 'nobody' };
    const result = decodeArticle(raw);
    if (result.ok) throw new Error('expected a failure');
    const parts = result.detail.split('; ');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part).toMatch(/^[\w.()]+: \S/);
  });
});
