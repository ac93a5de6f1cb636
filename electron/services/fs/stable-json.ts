export interface StableStringifyOptions {
  /** Keys written first, in this order, wherever they occur; other keys follow sorted. */
  keyOrder?: readonly string[];
}

const INDENT = '  ';

// Code-unit order, not localeCompare: the output must not depend on the machine's locale.
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * JSON with 2-space indent, a trailing newline and keys in a stable order, so the same
 * document always gives the same bytes (clean diffs, meaningful hashes). Values follow
 * JSON.stringify (toJSON, undefined/functions dropped or null in arrays, non-finite → null);
 * strings are never normalised, so text round-trips exactly.
 */
export function stableStringify(value: unknown, options: StableStringifyOptions = {}): string {
  const keyOrder = options.keyOrder ?? [];
  const rank = new Map(keyOrder.map((key, index) => [key, index]));
  const compareKeys = (a: string, b: string): number => {
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra !== undefined && rb !== undefined) return ra - rb;
    if (ra !== undefined) return -1;
    if (rb !== undefined) return 1;
    return compareCodeUnits(a, b);
  };
  const ancestors = new Set<object>();

  function serialise(input: unknown, key: string, indent: string): string | undefined {
    let val = input;
    if (val !== null && typeof val === 'object' && typeof (val as { toJSON?: unknown }).toJSON === 'function') {
      val = (val as { toJSON: (key: string) => unknown }).toJSON(key);
    }
    if (val === null) return 'null';
    switch (typeof val) {
      case 'string':
        return JSON.stringify(val);
      case 'number':
        return Number.isFinite(val) ? JSON.stringify(val) : 'null';
      case 'boolean':
        return val ? 'true' : 'false';
      case 'bigint':
        throw new TypeError('stableStringify: BigInt cannot be serialised');
      case 'object':
        break;
      default:
        return undefined;
    }
    const obj = val as object;
    if (obj instanceof Number || obj instanceof String || obj instanceof Boolean) {
      return JSON.stringify(obj);
    }
    if (ancestors.has(obj)) throw new TypeError('stableStringify: circular structure');
    ancestors.add(obj);
    const inner = indent + INDENT;
    let out: string;
    if (Array.isArray(obj)) {
      const items = obj.map((item, index) => serialise(item, String(index), inner) ?? 'null');
      out = items.length === 0 ? '[]' : `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]`;
    } else {
      const record = obj as Record<string, unknown>;
      const members: string[] = [];
      for (const k of Object.keys(record).sort(compareKeys)) {
        const serialised = serialise(record[k], k, inner);
        if (serialised !== undefined) members.push(`${JSON.stringify(k)}: ${serialised}`);
      }
      out = members.length === 0 ? '{}' : `{\n${inner}${members.join(`,\n${inner}`)}\n${indent}}`;
    }
    ancestors.delete(obj);
    return out;
  }

  const json = serialise(value, '', '');
  if (json === undefined) throw new TypeError('stableStringify: value has no JSON representation');
  return `${json}\n`;
}
