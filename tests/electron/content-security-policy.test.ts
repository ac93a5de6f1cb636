import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';

function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name), `directive ${name} appears twice`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

describe('contentSecurityPolicy (S3)', () => {
  const policy = contentSecurityPolicy();
  const directives = parse(policy);

  it('denies everything by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows script only from the bundle: no inline script, no eval, no remote script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    expect(policy).not.toContain("'strict-dynamic'");
    expect(policy).not.toMatch(/'nonce-|'sha(256|384|512)-/);
    expect(directives.has('script-src-elem')).toBe(false);
    expect(directives.has('script-src-attr')).toBe(false);
  });

  it('allows inline style attributes only (ProseMirror) and stylesheets from the bundle', () => {
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    // 'unsafe-inline' appears nowhere else.
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
  });

  it('names no remote source anywhere', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
    expect(policy).not.toMatch(/https?:|wss?:|\*/);
  });

  it('locks down objects, base, forms, frames and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
  });

  it('lets the loopback test server add its own origin to connect-src, nothing else', () => {
    const loopback = parse(contentSecurityPolicy({ connectSrc: ['http://127.0.0.1:41234/api?token=x', 'ws://localhost:5000'] }));
    expect(loopback.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:41234', 'ws://localhost:5000']);
    expect(loopback.get('script-src')).toEqual(["'self'"]);
  });

  it.each([
    'https://example.org',
    'http://127.0.0.1.evil.example',
    'http://user@127.0.0.1:8080',
    '*',
    "'unsafe-eval'",
    'http://127.0.0.1; script-src *',
    'file:///etc/passwd',
    '',
  ])('refuses a non-loopback connect-src %j', (source) => {
    expect(() => contentSecurityPolicy({ connectSrc: [source] })).toThrow(TypeError);
  });
});
