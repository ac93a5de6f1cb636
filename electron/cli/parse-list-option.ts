import { UsageError } from './cli-io';

/** `--format html,pdf` → ['html', 'pdf'], each checked against the allowed values. */
export function parseListOption<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: readonly T[]): T[] {
  if (value === undefined) return [...fallback];
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new UsageError(`--${name} needs at least one of: ${allowed.join(', ')}`);
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new UsageError(`--${name}: "${item}" is not one of ${allowed.join(', ')}`);
  }
  if (new Set(items).size !== items.length) throw new UsageError(`--${name} lists a value twice`);
  return items as T[];
}
