import { expect, test } from 'vitest';
import fc from 'fast-check';
import { stableStringify } from '../../../electron/services/fs/stable-json';

test('keys are sorted, with preferred keys first in their given order, at every depth', () => {
  const value = { zeta: 1, id: 'a', alpha: { b: 1, schemaVersion: 2, a: [{ y: 1, x: 2 }] }, schemaVersion: 3 };
  expect(stableStringify(value, { keyOrder: ['schemaVersion', 'id'] })).toBe(
    [
      '{',
      '  "schemaVersion": 3,',
      '  "id": "a",',
      '  "alpha": {',
      '    "schemaVersion": 2,',
      '    "a": [',
      '      {',
      '        "x": 2,',
      '        "y": 1',
      '      }',
      '    ],',
      '    "b": 1',
      '  },',
      '  "zeta": 1',
      '}',
      '',
    ].join('\n'),
  );
});

test('integer-like keys follow the same order as any other key (JSON.stringify would put them first)', () => {
  expect(stableStringify({ b: 1, 10: 2, 9: 3, a: 4 })).toBe('{\n  "10": 2,\n  "9": 3,\n  "a": 4,\n  "b": 1\n}\n');
});

test('ordering is by code unit, not by locale: Cyrillic after Latin, ё after я', () => {
  expect(Object.keys(JSON.parse(stableStringify({ я: 1, ё: 2, a: 3, Z: 4, е: 5 })))).toEqual(['Z', 'a', 'е', 'я', 'ё']);
});

test('empty containers, nulls and insertion order do not change the output', () => {
  expect(stableStringify({ a: [], b: {}, c: null })).toBe('{\n  "a": [],\n  "b": {},\n  "c": null\n}\n');
  expect(stableStringify({ x: 1, y: 2 })).toBe(stableStringify({ y: 2, x: 1 }));
});

test('values follow JSON.stringify: toJSON, undefined dropped (null in arrays), non-finite numbers become null', () => {
  const date = new Date('2024-05-01T10:00:00.000Z');
  expect(JSON.parse(stableStringify({ date, skip: undefined, f: () => 1, list: [undefined, NaN, Infinity, 1] }))).toEqual({
    date: '2024-05-01T10:00:00.000Z',
    list: [null, null, null, 1],
  });
});

test('circular structures, BigInt and values without JSON form throw', () => {
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  expect(() => stableStringify(circular)).toThrow(TypeError);
  expect(() => stableStringify({ n: 1n })).toThrow(TypeError);
  expect(() => stableStringify(undefined)).toThrow(TypeError);
});

test('a shared (non-circular) object may appear twice', () => {
  const shared = { a: 1 };
  expect(JSON.parse(stableStringify({ x: shared, y: shared }))).toEqual({ x: { a: 1 }, y: { a: 1 } });
});

test('for any JSON value: parses to the same value as JSON.stringify, and re-stringifying is a fixed point', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const stable = stableStringify(value);
      expect(JSON.parse(stable)).toStrictEqual(JSON.parse(JSON.stringify(value)));
      expect(stableStringify(JSON.parse(stable))).toBe(stable);
      expect(stable.endsWith('\n')).toBe(true);
    }),
  );
});
