import { describe, expect, it } from 'vitest';
import { createClient } from '../../shared/ipc/client';
import { AppError } from '../../shared/ipc/error-codes';
import { DEFAULT_SETTINGS } from '../../shared/settings/settings';

describe('client', () => {
  it('returns the data of a success', async () => {
    const calls: Array<[string, unknown]> = [];
    const client = createClient(async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, data: DEFAULT_SETTINGS };
    });
    expect(await client.call('settings:get', {})).toEqual(DEFAULT_SETTINGS);
    expect(calls).toEqual([['settings:get', {}]]);
  });

  it('rethrows a failure as an AppError with its code, message and detail', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'conflict', message: 'changed on disk', detail: 'rev-2' } }));
    const error = await client.call('issues:list', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'conflict', message: 'changed on disk', detail: 'rev-2' });
  });

  it('reports a transport that throws as io-error', async () => {
    const client = createClient(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.call('issues:list', {})).rejects.toMatchObject({ name: 'AppError', code: 'io-error', message: 'Failed to fetch' });
  });
});
