import { mkdtemp, mkdir, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  appSchemePrivileges,
  contentTypeFor,
  createProtocolHandler,
  isAppOriginUrl,
  resolveBundleFile,
  resolveBundlePath,
} from '../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';

const ROOT = '/opt/triptych/dist/renderer';

describe('app:// scheme (S2)', () => {
  it('serves the UI from app://triptych/index.html', () => {
    expect(APP_ORIGIN).toBe('app://triptych');
    expect(APP_ENTRY_URL).toBe('app://triptych/index.html');
  });

  it('is registered standard and secure with fetch, and never bypasses CSP', () => {
    expect(appSchemePrivileges.scheme).toBe('app');
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(appSchemePrivileges.privileges?.bypassCSP).not.toBe(true);
    expect(appSchemePrivileges.privileges?.allowServiceWorkers).not.toBe(true);
  });

  it.each([
    ['app://triptych', true],
    ['app://triptych/', true],
    ['app://triptych/index.html#/issues', true],
    ['app://triptych?x', true],
    ['app://triptych.evil.example/', false],
    ['app://triptych@evil/', false],
    ['app://evil@triptych/', false],
    ['app://triptych:443/', false],
    ['app://other/', false],
    ['APP://TRIPTYCH/', false],
    ['https://triptych/', false],
    ['file:///opt/triptych/dist/renderer/index.html', false],
    ['', false],
  ])('recognises %j as the app origin: %s', (url, expected) => {
    expect(isAppOriginUrl(url)).toBe(expected);
  });
});

describe('resolveBundlePath (S2)', () => {
  it.each([
    ['app://triptych/index.html', 'index.html'],
    ['app://triptych/', 'index.html'],
    ['app://triptych', 'index.html'],
    ['app://triptych/assets/index-Bx1.js', 'assets/index-Bx1.js'],
    ['app://triptych/assets/index-Bx1.js?v=1#x', 'assets/index-Bx1.js'],
    ['app://triptych/fonts/PT%20Serif.woff2', 'fonts/PT Serif.woff2'],
    ['app://triptych/locales/be/%D1%9E.json', 'locales/be/ў.json'],
  ])('maps %j inside the bundle', (url, relative) => {
    expect(resolveBundlePath(ROOT, url)).toBe(path.join(ROOT, relative));
  });

  it.each([
    // traversal, raw and encoded
    'app://triptych/../etc/passwd',
    'app://triptych/assets/../../etc/passwd',
    'app://triptych/./index.html',
    'app://triptych/..%2f..%2fetc%2fpasswd',
    'app://triptych/..%2F..%2Fetc%2Fpasswd',
    'app://triptych/%2e%2e/%2e%2e/etc/passwd',
    'app://triptych/%2E%2E/etc/passwd',
    'app://triptych/.%2e/etc/passwd',
    'app://triptych/assets%2f..%2f..%2fsecret',
    // backslashes, raw and encoded
    'app://triptych/..\\..\\etc\\passwd',
    'app://triptych/..%5c..%5cwindows%5cwin.ini',
    'app://triptych/assets%5C..%5C..%5Csecret',
    // double encoding
    'app://triptych/%252e%252e/%252e%252e/etc/passwd',
    'app://triptych/%252e%252e%252fetc%252fpasswd',
    'app://triptych/index.html%2500.png',
    // absolute paths and empty segments
    'app://triptych//etc/passwd',
    'app://triptych/%2fetc%2fpasswd',
    'app://triptych/C:/Windows/win.ini',
    'app://triptych/C%3A%5CWindows%5Cwin.ini',
    'app://triptych/index.html::$DATA',
    'app://triptych/assets//index.js',
    'app://triptych/assets/',
    // NUL and control characters
    'app://triptych/index.html%00.png',
    'app://triptych/index.html\u0000',
    'app://triptych/ind%0aex.html',
    // malformed escapes
    'app://triptych/%E0%A4%A',
    'app://triptych/%',
    // other schemes, hosts, credentials, ports
    'file:///etc/passwd',
    'https://triptych/index.html',
    'app://evil/index.html',
    'app://triptych.evil/index.html',
    'app://user@triptych/index.html',
    'app://triptych@evil/index.html',
    'app://triptych:8080/index.html',
    'app:///etc/passwd',
    'app:/etc/passwd',
    '/etc/passwd',
    '',
  ])('refuses %j', (url) => {
    expect(resolveBundlePath(ROOT, url)).toBeNull();
  });

  it('serves names that merely start with dots', () => {
    expect(resolveBundlePath(ROOT, 'app://triptych/..hidden.js')).toBe(path.join(ROOT, '..hidden.js'));
    expect(resolveBundlePath(ROOT, 'app://triptych/assets/.vite/manifest.json')).toBe(path.join(ROOT, 'assets/.vite/manifest.json'));
  });

  it('refuses overlong URLs and a relative bundle root', () => {
    expect(resolveBundlePath(ROOT, `app://triptych/${'a'.repeat(5000)}`)).toBeNull();
    expect(resolveBundlePath('dist/renderer', 'app://triptych/index.html')).toBeNull();
  });

  it('refuses Windows traversal under Windows path rules too', () => {
    const winRoot = 'C:\\Program Files\\Triptych\\resources\\app.asar\\dist\\renderer';
    expect(resolveBundlePath(winRoot, 'app://triptych/assets/app.js', path.win32)).toBe(`${winRoot}\\assets\\app.js`);
    for (const url of [
      'app://triptych/..%5c..%5c..%5cWindows%5cwin.ini',
      'app://triptych/C:%5cWindows%5cwin.ini',
      'app://triptych/%5c%5cserver%5cshare%5cx',
      'app://triptych/..%2f..%2fWindows',
      'app://triptych/CON:',
    ]) {
      expect(resolveBundlePath(winRoot, url, path.win32), url).toBeNull();
    }
  });

  it('never returns a path outside the bundle, whatever the input (property)', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E%2e', '..%2f', '%5c', '%252e', '%00', '', 'a', 'index.html', '%2f', '\\', ':', '~'),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.constantFrom('app://triptych/', 'app://triptych', 'app://x/'), (segments, prefix) => {
        const resolved = resolveBundlePath(ROOT, prefix + segments.join('/'));
        if (resolved !== null) {
          expect(resolved.startsWith(`${ROOT}${path.sep}`)).toBe(true);
          expect(path.relative(ROOT, resolved).split(path.sep)).not.toContain('..');
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('resolveBundleFile on a real folder (S2)', () => {
  let base: string;
  let bundle: string;
  const fsApi = { realpath, isFile: async (p: string) => (await stat(p)).isFile() };

  beforeAll(async () => {
    base = await realpath(await mkdtemp(path.join(tmpdir(), 'triptych-protocol-')));
    bundle = path.join(base, 'bundle');
    await mkdir(path.join(bundle, 'assets'), { recursive: true });
    await writeFile(path.join(bundle, 'index.html'), '<!doctype html><title>Triptych</title>');
    await writeFile(path.join(bundle, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(base, 'secret.txt'), 'outside the bundle');
    await mkdir(path.join(base, 'outside-dir'));
    await writeFile(path.join(base, 'outside-dir', 'x.js'), 'outside');
    // Links that stay inside are fine; links that leave the bundle must be refused.
    await symlink(path.join(bundle, 'assets', 'app.js'), path.join(bundle, 'assets', 'alias.js'));
    await symlink(path.join(base, 'secret.txt'), path.join(bundle, 'assets', 'secret.js'));
    await symlink('../../secret.txt', path.join(bundle, 'assets', 'relative-secret.js'));
    await symlink(path.join(base, 'outside-dir'), path.join(bundle, 'linked-dir'));
    await symlink(path.join(bundle, 'missing.js'), path.join(bundle, 'dangling.js'));
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('serves regular files and links that stay inside the bundle', async () => {
    expect(await resolveBundleFile(bundle, 'app://triptych/index.html', fsApi)).toBe(path.join(bundle, 'index.html'));
    expect(await resolveBundleFile(bundle, 'app://triptych/assets/alias.js', fsApi)).toBe(path.join(bundle, 'assets', 'app.js'));
  });

  it.each([
    'app://triptych/assets/secret.js',
    'app://triptych/assets/relative-secret.js',
    'app://triptych/linked-dir/x.js',
    'app://triptych/dangling.js',
    'app://triptych/missing.html',
    'app://triptych/assets',
    'app://triptych/../secret.txt',
    'app://triptych/..%2fsecret.txt',
  ])('refuses %j (symlink outside, missing, directory or traversal)', async (url) => {
    expect(await resolveBundleFile(bundle, url, fsApi)).toBeNull();
  });

  it('works when the bundle root itself is reached through a symlink', async () => {
    const linkedRoot = path.join(base, 'linked-root');
    await symlink(bundle, linkedRoot);
    expect(await resolveBundleFile(linkedRoot, 'app://triptych/index.html', fsApi)).toBe(path.join(bundle, 'index.html'));
    expect(await resolveBundleFile(linkedRoot, 'app://triptych/assets/secret.js', fsApi)).toBeNull();
  });

  describe('createProtocolHandler', () => {
    const handler = () =>
      createProtocolHandler({ bundleRoot: bundle, readFile, ...fsApi });

    it('serves index.html with the CSP, a content type and nosniff', async () => {
      const response = await handler()(new Request('app://triptych/index.html'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Triptych</title>');
    });

    it('serves scripts as JavaScript', async () => {
      const response = await handler()(new Request('app://triptych/assets/app.js'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await response.text()).toBe('console.log(1)');
    });

    it.each([
      'app://triptych/assets/secret.js',
      'app://triptych/..%2f..%2fsecret.txt',
      'app://triptych/%2e%2e/secret.txt',
      'app://triptych/%252e%252e/secret.txt',
      'app://triptych/..%5csecret.txt',
      'app://triptych/nope.html',
      'app://other/index.html',
    ])('answers 404 without content for %j', async (url) => {
      const response = await handler()(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
    });

    it('answers HEAD without a body and refuses other methods', async () => {
      const head = await handler()(new Request('app://triptych/index.html', { method: 'HEAD' }));
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const post = await handler()(new Request('app://triptych/index.html', { method: 'POST', body: 'x' }));
      expect(post.status).toBe(405);
    });

    it('answers 404 when reading fails, without leaking the error', async () => {
      const errors: unknown[] = [];
      const failing = createProtocolHandler({
        bundleRoot: bundle,
        ...fsApi,
        readFile: () => Promise.reject(new Error(`EACCES: ${bundle}/index.html`)),
        onError: (error) => errors.push(error),
      });
      const response = await failing(new Request('app://triptych/index.html'));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('');
      expect(errors).toHaveLength(1);
    });

    it('uses the policy it is given (loopback server)', async () => {
      const policy = contentSecurityPolicy({ connectSrc: ['http://127.0.0.1:9999'] });
      const response = await createProtocolHandler({ bundleRoot: bundle, readFile, ...fsApi, contentSecurityPolicy: policy })(
        new Request('app://triptych/index.html'),
      );
      expect(response.headers.get('content-security-policy')).toBe(policy);
    });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['locales/en.json', 'application/json; charset=utf-8'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['fonts/a.woff2', 'font/woff2'],
    ['fonts/a.woff', 'font/woff'],
    ['fonts/a.ttf', 'font/ttf'],
    ['C:\\bundle\\index.html', 'text/html; charset=utf-8'],
    ['no-extension', 'application/octet-stream'],
    ['.html', 'application/octet-stream'],
    ['dir.html/file', 'application/octet-stream'],
    ['archive.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
