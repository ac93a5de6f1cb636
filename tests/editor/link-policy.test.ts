import { describe, expect, it } from 'vitest';
import { isAllowedHref } from '../../shared/editor/link-policy';

describe('isAllowedHref', () => {
  it.each([
    ['https://example.org'],
    ['http://example.org/path?q=1#section'],
    ['HTTPS://EXAMPLE.ORG/Upper'],
    ['https://пример.бел/артыкул'],
    ['https://example.org:8443/'],
    ['mailto:editor@example.org'],
    ['mailto:editor@example.org?subject=Bulletin'],
    ['#section-2'],
    ['#a'],
    ['#note.1:b_c'],
  ])('allows %s', (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['javascript:', 'javascript:alert(1)'],
    ['upper-case javascript:', 'JAVASCRIPT:alert(1)'],
    ['a tab inside the scheme', 'JaVa\tscript:alert(1)'],
    ['a newline inside the scheme', 'java\nscript:alert(1)'],
    ['a carriage return', 'https://example.org/\r'],
    ['a NUL', 'https://example.org/\u0000'],
    ['DEL', 'https://example.org/\u007f'],
    ['leading spaces before javascript:', '  javascript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['data: image', 'data:image/png;base64,iVBORw0KGgo='],
    ['file:', 'file:///C:/Users/analyst/notes.docx'],
    ['smb:', 'smb://server/share'],
    ['ftp:', 'ftp://example.org/file'],
    ['blob:', 'blob:https://example.org/1234'],
    ['a user name', 'https://user@host.example'],
    ['a user name and password', 'https://user:secret@host.example/'],
    ['a look-alike user name', 'https://example.org@evil.example/'],
    ['an http URL without a host', 'http://'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a relative path', 'notes/page.html'],
    ['a Windows path', 'C:\\Users\\analyst\\notes.docx'],
    ['a space in the host', 'https://exa mple.org'],
    ['an out-of-range port', 'https://example.org:99999'],
    ['a bare #', '#'],
    ['an anchor starting with a digit', '#1st'],
    ['an anchor with a space', '#a b'],
    ['an overlong anchor', `#a${'b'.repeat(128)}`],
    ['an overlong URL', `https://example.org/${'a'.repeat(2048)}`],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', { href: 'https://example.org' }],
  ])('refuses %s', (_name, href) => {
    expect(isAllowedHref(href)).toBe(false);
  });

  it('accepts a URL of exactly the maximum length', () => {
    const prefix = 'https://example.org/';
    expect(isAllowedHref(prefix + 'a'.repeat(2048 - prefix.length))).toBe(true);
  });
});
