import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../../shared/domain/identifiers';
import { IssueSchema } from '../../../shared/domain/issue';
import { issuePath, openTestLibrary, readBytes } from './library-test-harness';

describe('creating and editing issues', () => {
  it('starts an empty library with the current Monday–Sunday week as issue 1', async () => {
    const lib = await openTestLibrary();
    lib.clock.set('2025-03-12T10:00:00Z');
    const issue = await lib.call('issue:create-next', {});
    expect(issue).toMatchObject({ number: 1, periodStart: '2025-03-10', periodEnd: '2025-03-16', status: 'draft', articleOrder: [] });
    expect(issue.id).toMatch(/^2025-03-10-[a-z0-9]{4}$/);
    expect(ID_PATTERN.test(issue.id)).toBe(true);
    expect(IssueSchema.parse(JSON.parse(await readFile(issuePath(lib, issue.id), 'utf8')))).toEqual(issue);
  });

  it('creates each next issue for the week after the latest one, numbered one more than the highest', async () => {
    const lib = await openTestLibrary();
    const first = await lib.call('issue:create-next', {});
    const second = await lib.call('issue:create-next', {});
    const third = await lib.call('issue:create-next', {});
    expect([second.periodStart, second.periodEnd, second.number]).toEqual(['2025-03-17', '2025-03-23', 2]);
    expect([third.periodStart, third.periodEnd, third.number]).toEqual(['2025-03-24', '2025-03-30', 3]);
    await lib.call('issue:update', { issueId: first.id, number: 40 });
    expect((await lib.call('issue:create-next', {})).number).toBe(41);
  });

  it('crosses the year boundary into a week that spans two years', async () => {
    const lib = await openTestLibrary();
    const december = await lib.call('issue:create-next', { weekOf: '2024-12-25' });
    expect([december.periodStart, december.periodEnd]).toEqual(['2024-12-23', '2024-12-29']);
    await lib.call('issue:update', { issueId: december.id, number: 52 });
    lib.clock.set('2024-12-27T09:00:00Z');
    const next = await lib.call('issue:create-next', {});
    expect([next.periodStart, next.periodEnd, next.number]).toEqual(['2024-12-30', '2025-01-05', 53]);
    const after = await lib.call('issue:create-next', {});
    expect([after.periodStart, after.periodEnd, after.number]).toEqual(['2025-01-06', '2025-01-12', 54]);
  });

  it('creates the week containing weekOf and refuses a week an issue already covers', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', { weekOf: '2025-01-01' });
    expect([issue.periodStart, issue.periodEnd]).toEqual(['2024-12-30', '2025-01-05']);
    const error = await lib.fail('issue:create-next', { weekOf: '2025-01-05' }, 'invalid-operation');
    expect(error.detail).toBe(issue.id);
    // A two-week special issue blocks both of its weeks.
    await lib.call('issue:update', { issueId: issue.id, periodEnd: '2025-01-12' });
    await lib.fail('issue:create-next', { weekOf: '2025-01-08' }, 'invalid-operation');
    expect((await lib.call('issue:create-next', { weekOf: '2025-01-13' })).periodStart).toBe('2025-01-13');
  });

  it('lists issues newest period first, an unreadable one near its week with its reason', async () => {
    const lib = await openTestLibrary();
    const a = await lib.call('issue:create-next', { weekOf: '2025-02-03' });
    const b = await lib.call('issue:create-next', { weekOf: '2025-02-17' });
    const c = await lib.call('issue:create-next', { weekOf: '2025-02-10' });
    await writeFile(issuePath(lib, c.id), '{');
    const list = await lib.call('issues:list', {});
    expect(list.map((i) => i.id)).toEqual([b.id, c.id, a.id]);
    expect(list[1]).toMatchObject({ readable: false, reason: 'invalid-json' });
    expect(list[0]).toMatchObject({ readable: true, number: b.number, articleCount: 0, unreadableArticleCount: 0 });
  });

  it('renames, re-dates and changes the status of an issue, stamping updatedAt', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', {});
    lib.clock.set('2025-04-01T08:00:00Z');
    const updated = await lib.call('issue:update', {
      issueId: issue.id,
      number: 7,
      periodStart: '2025-03-09',
      periodEnd: '2025-03-16',
      status: 'translating',
    });
    expect(updated).toMatchObject({ id: issue.id, number: 7, periodStart: '2025-03-09', periodEnd: '2025-03-16', status: 'translating' });
    expect(updated.updatedAt).toBe('2025-04-01T08:00:00.000Z');
    expect(updated.createdAt).toBe(issue.createdAt);
    expect((await lib.call('issue:get', { issueId: issue.id })).issue).toEqual(updated);
  });

  it('refuses a period that ends before it starts and leaves issue.json as it was', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', {});
    const before = await readBytes(issuePath(lib, issue.id));
    await lib.fail('issue:update', { issueId: issue.id, periodEnd: '2025-03-01' }, 'invalid-request');
    expect(await readBytes(issuePath(lib, issue.id))).toEqual(before);
  });

  it('answers not-found for an issue that does not exist', async () => {
    const lib = await openTestLibrary();
    await lib.fail('issue:get', { issueId: '2025-01-06-none' }, 'not-found');
    await lib.fail('issue:update', { issueId: '2025-01-06-none', number: 2 }, 'not-found');
    await lib.fail('issue:trash', { issueId: '2025-01-06-none' }, 'not-found');
  });
});
