import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { createDispatcher } from '../../shared/ipc/dispatcher';
import { AppError, type IpcResult } from '../../shared/ipc/error-codes';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';
import { fakeHandlers } from './fake-handlers';

describe('dispatcher', () => {
  it('answers an unknown channel with unknown-channel, including prototype names', async () => {
    const dispatch = createDispatcher(fakeHandlers({}));
    for (const channel of ['nope', '', '__proto__', 'constructor', 'toString', 'settings:get ', 'SETTINGS:GET']) {
      expect(await dispatch(channel, {})).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'unknown channel' } });
    }
  });

  it('returns an invalid request as invalid-request data, without calling the handler', async () => {
    let called = false;
    const dispatch = createDispatcher(
      fakeHandlers({
        'issue:get': async () => {
          called = true;
          return {};
        },
      }),
    );
    for (const payload of [null, 42, 'x', [], { issueId: '../etc' }, { issueId: 'abc', extra: 1 }, { issueId: 'ABC' }]) {
      const result = await dispatch('issue:get', payload);
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.error.code).toBe('invalid-request');
    }
    expect(called).toBe(false);
  });

  it('treats a missing payload as an empty request', async () => {
    const dispatch = createDispatcher(fakeHandlers({ 'settings:get': async () => DEFAULT_SETTINGS }));
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: true, data: DEFAULT_SETTINGS });
  });

  it('keeps the code and detail of an AppError', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'issue:get': async () => {
          throw new AppError('unreadable', 'issue file is damaged', 'truncated');
        },
      }),
    );
    expect(await dispatch('issue:get', { issueId: 'issue-001' })).toEqual({
      ok: false,
      error: { code: 'unreadable', message: 'issue file is damaged', detail: 'truncated' },
    });
  });

  it('turns an unexpected error into internal, without its message or stack', async () => {
    const logged: Array<[string, unknown]> = [];
    const secret = new Error('ENOENT: /home/alice/secret/path.json');
    const dispatch = createDispatcher(
      fakeHandlers({
        'issues:list': async () => {
          throw secret;
        },
      }),
      { onUnexpectedError: (channel, error) => logged.push([channel, error]) },
    );
    const result = await dispatch('issues:list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'unexpected error' } });
    expect(JSON.stringify(result)).not.toMatch(/alice|ENOENT|at .*\.ts/);
    expect(logged).toEqual([['issues:list', secret]]);
  });

  it('also survives a handler that throws a non-Error', async () => {
    const dispatch = createDispatcher(
      fakeHandlers({
        'issues:list': () => {
          throw 'a string';
        },
      }),
    );
    expect(await dispatch('issues:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses a response of the wrong shape when validating responses', async () => {
    const logged: string[] = [];
    const handlers = fakeHandlers({ 'settings:get': async () => ({ ...DEFAULT_SETTINGS, uiLanguage: 'fr' }) });
    const strict = createDispatcher(handlers, { validateResponses: true, onUnexpectedError: (channel) => logged.push(channel) });
    expect(await strict('settings:get', {})).toEqual({ ok: false, error: { code: 'internal', message: 'invalid response from settings:get' } });
    expect(logged).toEqual(['settings:get']);

    // Production skips the check (the data is ours); the answer passes through untouched.
    const lenient = createDispatcher(handlers);
    expect(((await lenient('settings:get', {})) as Extract<IpcResult, { ok: true }>).data).toMatchObject({ uiLanguage: 'fr' });
  });

  it('gives every contract channel a route', async () => {
    const dispatch = createDispatcher(fakeHandlers({}));
    for (const channel of channelNames) {
      const result = await dispatch(channel, {});
      expect(result.ok === false && result.error.code).not.toBe('unknown-channel');
    }
  });
});
