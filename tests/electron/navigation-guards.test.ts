import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  devicePermissionHandler,
  isAllowedNavigation,
  isSafeExternalUrl,
  permissionCheckHandler,
  permissionRequestHandler,
  toSafeExternalUrl,
  windowOpenDecision,
} from '../../electron/main/navigation-guards';

const HOSTILE_URLS: string[] = [
  'javascript:alert(1)',
  'JaVa\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'JAVASCRIPT:alert(document.domain)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'smb://attacker.example/share/payload.exe',
  '\\\\attacker.example\\share\\payload.exe',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'ftp://example.org/file',
  'blob:app://triptych/1234',
  'chrome://settings',
  'https://app@evil.example',
  'https://triptych:pass@evil.example/',
  'http://user:@evil.example/',
  'https://',
  'mailto:',
  'mailto:?subject=hi',
  '//evil.example/x',
  'evil.example',
  '',
  '   ',
  '\t',
  `https://example.org/${'a'.repeat(2048)}`,
  'https://exa mple.org/',
  'https://example.org/\u0085',
];

// Readable test names for very long inputs.
const cases = (urls: string[]) =>
  urls.map((url) => ({ url, shown: JSON.stringify(url.length > 60 ? `${url.slice(0, 40)}…(${url.length} chars)` : url) }));

describe('isSafeExternalUrl (S4)', () => {
  it.each(cases(HOSTILE_URLS))('refuses $shown', ({ url }) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses the app itself: it is not an external page', () => {
    expect(isSafeExternalUrl('app://triptych/index.html')).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['https://example.org'], new URL('https://example.org')])('refuses a non-string %j', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });

  it.each([
    ['https://example.org', 'https://example.org/'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://Example.ORG/Path', 'https://example.org/Path'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['https://пример.бел/', 'https://xn--e1afmkfd.xn--90ais/'],
    ['mailto:editor@example.org', 'mailto:editor@example.org'],
    ['mailto:editor@example.org?subject=Issue%2012', 'mailto:editor@example.org?subject=Issue%2012'],
  ])('accepts %j and hands over the normalised %j', (url, normalised) => {
    expect(toSafeExternalUrl(url)).toBe(normalised);
  });

  it('accepts a URL of exactly 2048 characters and refuses 2049', () => {
    const base = 'https://example.org/';
    expect(isSafeExternalUrl(base + 'a'.repeat(2048 - base.length))).toBe(true);
    expect(isSafeExternalUrl(base + 'a'.repeat(2049 - base.length))).toBe(false);
  });

  it('only ever approves http, https or mailto URLs without credentials (property)', () => {
    const schemes = fc.constantFrom('http:', 'https:', 'mailto:', 'javascript:', 'JaVa\tScRiPt:', 'file:', 'data:', 'smb:', 'vbscript:', '');
    const rest = fc.oneof(fc.string(), fc.webUrl().map((u) => u.replace(/^https?:/, '')), fc.constantFrom('//app@evil.example', '//a:b@c', 'alert(1)'));
    fc.assert(
      fc.property(schemes, rest, (scheme, tail) => {
        const approved = toSafeExternalUrl(scheme + tail);
        if (approved === null) return;
        const parsed = new URL(approved);
        expect(['http:', 'https:', 'mailto:']).toContain(parsed.protocol);
        expect(parsed.username + parsed.password).toBe('');
        expect(approved.length).toBeLessThanOrEqual(2048);
        expect(approved).not.toMatch(/[\u0000-\u001f]/);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isAllowedNavigation (S4)', () => {
  it.each(['app://triptych/index.html', 'app://triptych/index.html#/issue/2014-11', 'app://triptych/'])('allows the app page %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  const foreign = [
    ...HOSTILE_URLS,
    'https://example.org/',
    'http://127.0.0.1:3000/',
    'app://triptych.evil.example/',
    'app://evil/index.html',
    'app://triptych@evil/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
  ];
  it.each(cases(foreign))('blocks navigation to $shown', ({ url }) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('windowOpenDecision (S4)', () => {
  it('always denies a new window, and passes safe links on to the system browser', () => {
    expect(windowOpenDecision('https://example.org/report')).toEqual({ action: 'deny', externalUrl: 'https://example.org/report' });
    expect(windowOpenDecision('mailto:a@example.org')).toEqual({ action: 'deny', externalUrl: 'mailto:a@example.org' });
  });

  it.each(cases([...HOSTILE_URLS, 'app://triptych/index.html', 'about:blank']))('denies $shown and opens nothing', ({ url }) => {
    expect(windowOpenDecision(url)).toEqual({ action: 'deny', externalUrl: null });
  });
});

describe('permission handlers (S5)', () => {
  const permissions = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'openExternal',
    'fullscreen',
    'pointerLock',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'display-capture',
    'fileSystem',
    'unknown',
  ] as const;

  it.each(permissions)('denies the request for %s', (permission) => {
    const answers: boolean[] = [];
    permissionRequestHandler({} as never, permission, (granted) => answers.push(granted), {} as never);
    expect(answers).toEqual([false]);
  });

  it.each(permissions)('denies the check for %s, even from the app origin', (permission) => {
    expect(permissionCheckHandler(null, permission, 'app://triptych', {} as never)).toBe(false);
  });

  it('denies device access', () => {
    expect(devicePermissionHandler({ deviceType: 'usb', origin: 'app://triptych', device: {} } as never)).toBe(false);
  });
});
