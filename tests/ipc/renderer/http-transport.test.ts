import { describe, expect, it } from 'vitest';
import {
  createHttpTransport,
  TOKEN_HEADER,
  TOKEN_STORAGE_KEY,
  type HttpTransportEnvironment,
} from '../../../renderer/ipc/http-transport';
import { TOKEN_HEADER as SERVER_TOKEN_HEADER } from '../../../scripts/browser-transport/start-browser-server';

class FakeEventSource {
  static instances: FakeEventSource[] = [];
  onmessage: ((message: MessageEvent) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  close(): void {
    this.closed = true;
  }
  deliver(data: string): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function fakeEnvironment(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const replaced: string[] = [];
  let reply: () => Response = () => Response.json({ ok: true, data: 'pong' });
  const env: HttpTransportEnvironment = {
    location: { hash, pathname: '/index.html', search: '?x=1' },
    history: { replaceState: (_data, _unused, url) => replaced.push(String(url)) },
    sessionStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => storage.set(key, value) },
    fetch: async (url, init) => {
      requests.push({ url: String(url), init: init ?? {} });
      return reply();
    },
    EventSource: FakeEventSource as unknown as HttpTransportEnvironment['EventSource'],
  };
  return { env, storage, requests, replaced, setReply: (r: () => Response) => (reply = r) };
}

describe('http transport', () => {
  it('sends the token in the header the server reads', () => {
    expect(TOKEN_HEADER).toBe(SERVER_TOKEN_HEADER);
  });

  it('takes the token from the fragment once, keeps it for reloads and clears the address bar', async () => {
    const first = fakeEnvironment('#token=abc123');
    const transport = createHttpTransport(first.env);
    expect(first.storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(first.replaced).toEqual(['/index.html?x=1']);

    expect(await transport.invoke('settings:get', {})).toEqual({ ok: true, data: 'pong' });
    const [request] = first.requests;
    expect(request?.url).toBe('/ipc/settings%3Aget');
    expect(request?.init.method).toBe('POST');
    expect((request?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('abc123');
    expect(request?.init.body).toBe('{}');

    // A reload: no fragment any more, the token comes from sessionStorage.
    const reload = fakeEnvironment('', { [TOKEN_STORAGE_KEY]: 'abc123' });
    await createHttpTransport(reload.env).invoke('issues:list', {});
    expect((reload.requests[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('abc123');
    expect(reload.replaced).toEqual([]);
  });

  it('fails as a transport error without a token, on an HTTP error and on a malformed answer', async () => {
    await expect(createHttpTransport(fakeEnvironment('').env).invoke('issues:list', {})).rejects.toThrow(/no loopback token/);

    const forbidden = fakeEnvironment('#token=t');
    forbidden.setReply(() => new Response('Forbidden', { status: 403 }));
    await expect(createHttpTransport(forbidden.env).invoke('issues:list', {})).rejects.toThrow(/403/);

    const malformed = fakeEnvironment('#token=t');
    malformed.setReply(() => Response.json({ ok: false, error: { code: 'made-up', message: 'x' } }));
    await expect(createHttpTransport(malformed.env).invoke('issues:list', {})).rejects.toThrow(/malformed/);
  });

  it('shares one event stream among listeners and closes it after the last one leaves', () => {
    FakeEventSource.instances = [];
    const transport = createHttpTransport(fakeEnvironment('#token=a b').env);
    const got: unknown[] = [];
    const offA = transport.on('library:changed', (payload) => got.push(['a', payload]));
    const offB = transport.on('menu:command', (payload) => got.push(['b', payload]));
    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0]!;
    expect(source.url).toBe('/events?token=a%20b');

    source.deliver(JSON.stringify({ event: 'menu:command', payload: { command: 'new-issue' } }));
    source.deliver('not json');
    source.deliver(JSON.stringify({ payload: 1 }));
    expect(got).toEqual([['b', { command: 'new-issue' }]]);

    offA();
    expect(source.closed).toBe(false);
    offB();
    expect(source.closed).toBe(true);
  });
});

describe('http transport without a token', () => {
  it('lets components subscribe (nothing arrives) instead of throwing in their effects', () => {
    FakeEventSource.instances = [];
    const transport = createHttpTransport(fakeEnvironment('').env);
    const off = transport.on('library:changed', () => {});
    expect(FakeEventSource.instances).toEqual([]);
    off();
  });
});
