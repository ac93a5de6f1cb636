import { describe, expect, it } from 'vitest';
import { decodeIssue, decodeLibraryManifest } from '../../shared/domain/decode-issue';
import type { Issue } from '../../shared/domain/issue';
import { DEFAULT_RUBRICS, type LibraryManifest } from '../../shared/domain/library-manifest';

function validIssue(overrides: Partial<Issue> = {}): Issue {
  return {
    schemaVersion: 1,
    id: 'issue-2014-11',
    number: 11,
    periodStart: '2014-03-10',
    periodEnd: '2014-03-16',
    status: 'ready',
    articleOrder: ['article-aaaa', 'article-bbbb'],
    createdAt: '2014-03-10T09:00:00+03:00',
    updatedAt: '2014-03-16T21:15:00Z',
    exportedAt: null,
    ...overrides,
  };
}

function detailOf(raw: unknown): string {
  const result = decodeIssue(raw);
  if (result.ok) throw new Error('expected a failure');
  expect(result.reason).toBe('invalid-schema');
  return result.detail;
}

describe('decodeIssue', () => {
  it('reads a valid issue as it is', () => {
    const issue = validIssue();
    expect(decodeIssue(JSON.parse(JSON.stringify(issue)))).toEqual({ ok: true, value: issue, migratedFrom: null });
  });

  it('accepts a one-day period, an empty issue and an exported one', () => {
    expect(decodeIssue(validIssue({ periodStart: '2014-03-10', periodEnd: '2014-03-10' })).ok).toBe(true);
    expect(decodeIssue(validIssue({ articleOrder: [] })).ok).toBe(true);
    expect(decodeIssue(validIssue({ status: 'exported', exportedAt: '2014-03-17T08:00:00+03:00' })).ok).toBe(true);
  });

  it('refuses a period that ends before it starts', () => {
    expect(detailOf(validIssue({ periodStart: '2014-03-16', periodEnd: '2014-03-10' }))).toBe('periodEnd: period ends before it starts');
  });

  it('compares period dates across months and years correctly', () => {
    expect(decodeIssue(validIssue({ periodStart: '2014-12-29', periodEnd: '2015-01-04' })).ok).toBe(true);
    expect(detailOf(validIssue({ periodStart: '2015-01-04', periodEnd: '2014-12-29' }))).toMatch(/^periodEnd: /);
  });

  it('refuses an article listed twice', () => {
    expect(detailOf(validIssue({ articleOrder: ['article-aaaa', 'article-bbbb', 'article-aaaa'] }))).toBe(
      'articleOrder: an article is listed twice',
    );
  });

  it.each([
    ['an impossible date', { periodStart: '2014-02-30' }, /^periodStart: /],
    ['a non-leap 29 February', { periodEnd: '2023-02-29' }, /^periodEnd: /],
    ['an article id that is a path', { articleOrder: ['../etc'] }, /^articleOrder\.0: /],
    ['an unknown status', { status: 'published' }, /^status: /],
    ['issue number 0', { number: 0 }, /^number: /],
    ['a fractional issue number', { number: 1.5 }, /^number: /],
  ])('refuses %s', (_name, overrides, detail) => {
    expect(detailOf({ ...validIssue(), ...overrides })).toMatch(detail);
  });

  it('refuses unknown keys', () => {
    expect(detailOf({ ...validIssue(), title: 'x' })).toMatch(/^\(root\): .*title/);
  });

  it('tells a newer format from an unknown one', () => {
    expect(decodeIssue({ ...validIssue(), schemaVersion: 2 })).toMatchObject({ ok: false, reason: 'future-version' });
    expect(decodeIssue({ ...validIssue(), schemaVersion: 0 })).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(decodeIssue({ ...validIssue(), schemaVersion: '1' })).toMatchObject({ ok: false, reason: 'unknown-version' });
    const { schemaVersion: _v, ...withoutVersion } = validIssue();
    expect(decodeIssue(withoutVersion)).toMatchObject({ ok: false, reason: 'unknown-version' });
    expect(decodeIssue(null)).toMatchObject({ ok: false, reason: 'unknown-version' });
  });
});

describe('decodeLibraryManifest', () => {
  const manifest: LibraryManifest = {
    schemaVersion: 1,
    id: 'library-main',
    createdAt: '2014-03-01T10:00:00+03:00',
    rubrics: DEFAULT_RUBRICS,
  };

  it('reads a manifest with the default rubrics', () => {
    expect(decodeLibraryManifest(JSON.parse(JSON.stringify(manifest)))).toEqual({ ok: true, value: manifest, migratedFrom: null });
  });

  it('refuses a newer format', () => {
    expect(decodeLibraryManifest({ ...manifest, schemaVersion: 2 })).toMatchObject({ ok: false, reason: 'future-version' });
  });

  it('has default rubrics with unique ids and names in all three languages', () => {
    const ids = DEFAULT_RUBRICS.map((rubric) => rubric.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { name } of DEFAULT_RUBRICS) {
      expect(name.en).toMatch(/^[A-Z][a-z ]+$/);
      expect(name.be).toMatch(/^[\p{Script=Cyrillic} ]+$/u);
      expect(name.be).not.toMatch(/[иИщЩъЪ]/);
      expect(name.ru).toMatch(/^[\p{Script=Cyrillic} ]+$/u);
      expect(name.ru).not.toMatch(/[іІўЎ]/);
    }
  });
});
