import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, TOKEN_HEADER, type BrowserServer } from '../../../scripts/browser-transport/start-browser-server';
import { contentSecurityPolicy } from '../../../electron/main/content-security-policy';
import type { Dispatch } from '../../../shared/ipc/dispatcher';
import { rawRequest } from './raw-request';

const calls: Array<[string, unknown]> = [];
const dispatch: Dispatch = async (channel, payload) => {
  calls.push([channel, payload]);
  if (channel === 'boom') throw new Error('secret stack /home/alice');
  return { ok: true, data: { echoed: payload ?? null } };
};

let root: string;
let bundleDir: string;
let server: BrowserServer;
let port: number;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-server-'));
  bundleDir = path.join(root, 'bundle');
  fs.mkdirSync(path.join(bundleDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(bundleDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(bundleDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'secret.txt'), 'root:x:0:0');
  fs.symlinkSync(path.join(root, 'secret.txt'), path.join(bundleDir, 'assets', 'link.txt'));
  server = await startBrowserServer({ dispatch, bundleDir, maxBodyBytes: 1024 });
  port = Number(new URL(server.origin).port);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const ipc = (channel: string, body: string, headers: Record<string, string> = {}) =>
  rawRequest(port, {
    method: 'POST',
    path: `/ipc/${encodeURIComponent(channel)}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body,
  });

describe('loopback browser server', () => {
  it('listens on 127.0.0.1 only and refuses any other address', async () => {
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
    await expect(startBrowserServer({ dispatch, bundleDir, host: '0.0.0.0' as '127.0.0.1' })).rejects.toThrow(/127\.0\.0\.1/);
    // Nothing answers on the IPv6 loopback for the same port.
    const viaIpv6 = await new Promise<string>((resolve) => {
      const request = http.get({ host: '::1', port, path: '/', agent: false }, () => resolve('answered'));
      request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(viaIpv6).not.toBe('answered');
  });

  it('prints a URL that carries a 256-bit token in the fragment', () => {
    const url = new URL(server.url);
    expect(url.origin).toBe(server.origin);
    expect(url.pathname).toBe('/');
    expect(url.hash).toBe(`#token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
  });

  it('serves the bundle with the app CSP and hardening headers', async () => {
    const index = await rawRequest(port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>app</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');

    const script = await rawRequest(port, { path: '/assets/app.js?v=1' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await rawRequest(port, { method: 'HEAD', path: '/index.html' });
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2fetc/passwd',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/assets/link.txt',
    '/index.html%00.js',
    '/C:%5cWindows%5cwin.ini',
    '/assets/',
    '/assets',
  ])('refuses the traversal attempt %s', async (attempt) => {
    const response = await rawRequest(port, { path: attempt });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('root:');
  });

  it('refuses requests that are not origin-form', async () => {
    const absolute = await rawRequest(port, { path: `http://127.0.0.1:${port}/../secret.txt` });
    expect(absolute.status).toBe(400);
  });

  it('requires the token for IPC (403 without it or with a wrong one)', async () => {
    calls.length = 0;
    expect((await ipc('settings:get', '{}', { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await ipc('settings:get', '{}', { [TOKEN_HEADER]: `${server.token}x` })).status).toBe(403);
    expect((await ipc('settings:get', '{}', { [TOKEN_HEADER]: server.token.slice(0, -1) })).status).toBe(403);
    const noHeader = await rawRequest(port, { method: 'POST', path: '/ipc/settings%3Aget', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noHeader.status).toBe(403);
    expect(calls).toEqual([]);

    const ok = await ipc('settings:get', '{"a":1}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, data: { echoed: { a: 1 } } });
    expect(calls).toEqual([['settings:get', { a: 1 }]]);
  });

  it('passes an empty body as no payload and decodes the channel', async () => {
    calls.length = 0;
    await ipc('issues:list', '');
    expect(calls).toEqual([['issues:list', undefined]]);
  });

  it('refuses requests whose Host or Origin is not its own (DNS rebinding, other sites)', async () => {
    const cases: Array<Record<string, string>> = [
      { host: `evil.example:${port}` },
      { host: `localhost:${port}` },
      { host: '127.0.0.1' },
      { origin: 'http://evil.example' },
      { origin: `http://localhost:${port}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of cases) {
      expect((await ipc('settings:get', '{}', headers)).status, JSON.stringify(headers)).toBe(403);
      expect((await rawRequest(port, { path: '/', headers })).status, JSON.stringify(headers)).toBe(403);
      expect((await rawRequest(port, { path: `/events?token=${server.token}`, headers })).status).toBe(403);
    }
    const sameOrigin = await ipc('settings:get', '{}', { origin: server.origin, 'sec-fetch-site': 'same-origin' });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a wrong method, content type, malformed JSON and an oversized body', async () => {
    expect((await rawRequest(port, { path: '/ipc/settings%3Aget', headers: { [TOKEN_HEADER]: server.token } })).status).toBe(405);
    expect((await ipc('settings:get', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await ipc('settings:get', '{"unterminated')).status).toBe(400);
    const badChannel = await rawRequest(port, {
      method: 'POST',
      path: '/ipc/%E0%A4%A',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: '{}',
    });
    expect(badChannel.status).toBe(400);
    expect((await ipc('settings:get', JSON.stringify({ big: 'x'.repeat(2048) }))).status).toBe(413);
    expect((await rawRequest(port, { method: 'PUT', path: '/index.html' })).status).toBe(405);
  });

  it('refuses an oversized body streamed without Content-Length', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/ipc/settings%3Aget',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, 'transfer-encoding': 'chunked' },
          agent: false,
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', reject);
      for (let i = 0; i < 4; i++) request.write('x'.repeat(512));
      request.end();
    });
    expect(status).toBe(413);
  });

  it('answers a dispatcher that throws with internal, never the error text', async () => {
    const response = await ipc('boom', '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'internal', message: 'unexpected error' } });
  });

  it('delivers contract events over server-sent events to token holders only', async () => {
    expect((await rawRequest(port, { path: '/events' })).status).toBe(403);
    expect((await rawRequest(port, { path: '/events?token=wrong' })).status).toBe(403);

    const frames = await new Promise<string>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path: `/events?token=${encodeURIComponent(server.token)}`, agent: false }, (response) => {
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes(': connected') && !text.includes('data:')) {
            server.emit('library:changed', { issueId: 'issue-001', at: '2025-03-03T10:00:00.000Z' });
          }
          if (text.includes('data:')) {
            request.destroy();
            resolve(text);
          }
        });
      });
      request.on('error', reject);
    });
    const data = frames.split('\n').find((line) => line.startsWith('data: '));
    expect(JSON.parse(data!.slice('data: '.length))).toEqual({
      event: 'library:changed',
      payload: { issueId: 'issue-001', at: '2025-03-03T10:00:00.000Z' },
    });
  });

  it('refuses to emit an unknown event or a payload its schema rejects', () => {
    expect(() => server.emit('nope' as never, {} as never)).toThrow(/unknown event/);
    expect(() => server.emit('menu:command', { command: 'format-disk' } as never)).toThrow();
  });

  it('closes promptly even with open keep-alive and event-stream connections', async () => {
    const other = await startBrowserServer({ dispatch, bundleDir });
    const otherPort = Number(new URL(other.origin).port);
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => http.get({ host: '127.0.0.1', port: otherPort, path: '/', agent }, (r) => r.resume().on('end', resolve)));
    await new Promise<void>((resolve) =>
      http.get({ host: '127.0.0.1', port: otherPort, path: `/events?token=${other.token}`, agent: false }, () => resolve()).on('error', () => {}),
    );
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(2000);
    agent.destroy();
    const address = (await new Promise<AddressInfo | string | null>((resolve) => {
      const probe = http.get({ host: '127.0.0.1', port: otherPort, path: '/', agent: false }, () => resolve('open'));
      probe.on('error', () => resolve(null));
    })) as string | null;
    expect(address).toBeNull();
  });
});
