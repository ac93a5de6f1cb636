import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryDirFrom } from '../../electron/main/library-location';

const documents = '/home/anna/Documents';
const fallback = path.join(documents, 'Triptych Library');

describe('libraryDirFrom', () => {
  it('defaults to "Triptych Library" in Documents', () => {
    expect(libraryDirFrom(undefined, documents)).toBe(fallback);
    expect(libraryDirFrom({ libraryPath: null }, documents)).toBe(fallback);
  });

  it('uses an absolute libraryPath from the settings', () => {
    expect(libraryDirFrom({ libraryPath: '/srv/sync/Бюлетэнь/' }, documents)).toBe('/srv/sync/Бюлетэнь/');
    expect(libraryDirFrom({ libraryPath: '/srv/sync/a/../b' }, documents)).toBe('/srv/sync/b');
  });

  it.each([null, 'x', 42, [], { libraryPath: '' }, { libraryPath: 'relative/dir' }, { libraryPath: '/a\u0000b' }, { libraryPath: 7 }, { libraryPath: `/${'a'.repeat(5000)}` }])(
    'falls back to the default for %j',
    (stored) => {
      expect(libraryDirFrom(stored, documents)).toBe(fallback);
    },
  );
});
