import type { ServerResponse } from 'node:http';

export interface EventStream {
  /** Takes over a response as a server-sent-events stream until the client goes away. */
  attach(response: ServerResponse, headers: Record<string, string>): void;
  /** Sends one message (already JSON-safe) to every connected client. */
  broadcast(message: unknown): void;
  /** Ends every stream, so the server can close. */
  close(): void;
}

// Proxies and idle timeouts drop silent connections; a comment line keeps them alive.
const HEARTBEAT_MS = 15_000;

/** Server-sent events: one `data:` line of JSON per message (JSON never holds a raw newline). */
export function createEventStream(): EventStream {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, HEARTBEAT_MS);
  // Never keep a test process or the dev script alive just for the heartbeat.
  heartbeat.unref();

  return {
    attach(response, headers) {
      response.writeHead(200, {
        ...headers,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      // `retry` makes EventSource reconnect quickly after a dev-server restart.
      response.write('retry: 1000\n: connected\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    broadcast(message) {
      const frame = `data: ${JSON.stringify(message)}\n\n`;
      for (const client of clients) client.write(frame);
    },
    close() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
