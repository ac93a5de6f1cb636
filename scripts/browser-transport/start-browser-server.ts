import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { APP_ORIGIN, contentTypeFor, resolveBundleFile } from '../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';
import { events, type EventName, type EventPayload } from '../../shared/ipc/contract';
import type { Dispatch } from '../../shared/ipc/dispatcher';
import type { IpcResult } from '../../shared/ipc/error-codes';
import { constantTimeEqual } from './constant-time-equal';
import { createEventStream } from './event-stream';
import { BodyTooLargeError, readRequestBody } from './read-request-body';
import { requestIsFromOwnOrigin } from './request-is-from-own-origin';

/** The header the renderer's HTTP transport sends the token in. */
export const TOKEN_HEADER = 'x-triptych-token';
const DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;

export interface BrowserServerOptions {
  /** The real dispatcher (`createDispatcher(createServices(...).handlers)`). */
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  bundleDir: string;
  /** Loopback only: the server hands out the library to whoever holds the token. */
  host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  /** Unexpected failures (never sent to the page). */
  onError?: (error: unknown, context: string) => void;
}

export interface BrowserServer {
  /** `http://127.0.0.1:PORT/#token=…`: the token rides in the fragment, which browsers never send. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Sends a contract event to every connected page (validated against its schema first). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  close(): Promise<void>;
}

/**
 * Serves the real renderer bundle and the real services to a browser over loopback, for
 * `npm run dev:browser` and the UI tests: the third transport of the one IPC contract.
 *
 * Routes: GET/HEAD of bundle files (traversal refused by the same `resolveBundleFile` as
 * the app:// protocol, with the same CSP); `POST /ipc/<channel>` (token header, JSON body,
 * answers the dispatcher's IpcResult); `GET /events?token=…` (server-sent contract events;
 * EventSource cannot set headers). Every request must name this server as Host and, when
 * it carries an Origin, come from this origin.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const host = options.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new TypeError('the browser server binds to 127.0.0.1 only');
  const bundleDir = path.resolve(options.bundleDir);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const token = randomBytes(32).toString('base64url');
  const stream = createEventStream();
  const securityHeaders: Record<string, string> = {
    // Same origin for fetch and EventSource, so the app policy needs no exception.
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  let origin = '';

  const send = (response: ServerResponse, status: number, body: string | Uint8Array | null, contentType: string): void => {
    response.writeHead(status, { ...securityHeaders, 'Content-Type': contentType });
    response.end(body ?? undefined);
  };
  const refuse = (response: ServerResponse, status: number): void =>
    send(response, status, http.STATUS_CODES[status] ?? 'error', 'text/plain; charset=utf-8');

  const serveIpc = async (request: IncomingMessage, response: ServerResponse, rawChannel: string): Promise<void> => {
    if (request.method !== 'POST') return refuse(response, 405);
    if (!constantTimeEqual(token, request.headers[TOKEN_HEADER])) return refuse(response, 403);
    if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) return refuse(response, 415);
    let channel: string;
    let payload: unknown;
    try {
      channel = decodeURIComponent(rawChannel);
      const body = await readRequestBody(request, maxBodyBytes);
      payload = body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // Stop reading a body we will not use; the client learns why from the status.
        response.setHeader('Connection', 'close');
        return refuse(response, 413);
      }
      return refuse(response, 400);
    }
    let result: IpcResult;
    try {
      result = await options.dispatch(channel, payload);
    } catch (error) {
      // The dispatcher returns errors as data; a throw here is a bug, reported without detail.
      options.onError?.(error, `dispatch ${channel}`);
      result = { ok: false, error: { code: 'internal', message: 'unexpected error' } };
    }
    send(response, 200, JSON.stringify(result), 'application/json; charset=utf-8');
  };

  const serveStatic = async (request: IncomingMessage, response: ServerResponse, rawUrl: string): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405);
    const file = await resolveBundleFile(bundleDir, `${APP_ORIGIN}${rawUrl}`, {
      realpath: (p) => fsp.realpath(p),
      isFile: async (p) => (await fsp.stat(p)).isFile(),
    });
    if (file === null) return refuse(response, 404);
    let body: Uint8Array;
    try {
      body = await fsp.readFile(file);
    } catch {
      return refuse(response, 404);
    }
    send(response, 200, request.method === 'HEAD' ? null : body, contentTypeFor(file));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const rawUrl = request.url ?? '';
    if (!requestIsFromOwnOrigin(request.headers, origin)) return refuse(response, 403);
    // Only origin-form targets ("/path?query"); "http://…" or "*" are nothing we serve.
    if (!rawUrl.startsWith('/')) return refuse(response, 400);
    const queryStart = rawUrl.indexOf('?');
    const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    if (pathname.startsWith('/ipc/')) return serveIpc(request, response, pathname.slice('/ipc/'.length));
    if (pathname === '/events') {
      if (request.method !== 'GET') return refuse(response, 405);
      const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
      const presented = query.get('token') ?? request.headers[TOKEN_HEADER];
      if (!constantTimeEqual(token, presented)) return refuse(response, 403);
      stream.attach(response, securityHeaders);
      return;
    }
    return serveStatic(request, response, rawUrl);
  };

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.onError?.(error, `${request.method ?? '?'} request`);
      if (!response.headersSent) refuse(response, 500);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    emit(event, payload) {
      if (!Object.prototype.hasOwnProperty.call(events, event)) throw new TypeError(`unknown event: ${String(event)}`);
      stream.broadcast({ event, payload: events[event].parse(payload) });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        stream.close();
        server.close(() => resolve());
        // Keep-alive sockets would otherwise hold close() open until they time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
