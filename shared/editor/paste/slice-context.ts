// ProseMirror marks HTML it copies with `data-pm-slice="openStart openEnd [context]"`, so a
// copy of half a list item pastes back into a list item rather than as a new list. The
// attribute is worth keeping for copies inside Triptych, but it is clipboard input like any
// other: the context names node types and their attributes, which ProseMirror creates as
// given. Only node types of the article schema survive, with only the attributes that are
// safe to take from outside (a heading's level, mapped to 2 or 3; an ordered list's start);
// block ids are never taken (BlockId gives pasted blocks fresh ones).

const CONTEXT_TYPES = new Set(['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem']);
// ProseMirror writes "openStart openEnd [-wrapperDepth] contextJSON". The wrapper depth is
// only for table parts (wrapped in <table><tbody> to survive innerHTML), which this schema
// has none of, so it is dropped.
const SLICE = /^(\d{1,3}) (\d{1,3})(?: -\d{1,3})?(?: (.*))?$/s;

function safeAttributes(type: string, attrs: unknown): Record<string, unknown> {
  const given = typeof attrs === 'object' && attrs !== null ? (attrs as Record<string, unknown>) : {};
  if (type === 'heading') {
    const level = typeof given.level === 'number' ? given.level : 2;
    return { level: level >= 3 ? 3 : 2 };
  }
  if (type === 'orderedList' && Number.isInteger(given.start) && (given.start as number) >= 1 && (given.start as number) < 1e6) {
    return { start: given.start };
  }
  return {};
}

/** The `data-pm-slice` value made safe, or null when it should be dropped. */
export function sanitiseSliceContext(value: string | null): string | null {
  if (value === null) return null;
  const match = SLICE.exec(value.trim());
  if (!match) return null;
  const [, openStart, openEnd, contextJson] = match;
  if (!contextJson) return `${openStart} ${openEnd} []`;
  let context: unknown;
  try {
    context = JSON.parse(contextJson);
  } catch {
    return null;
  }
  if (!Array.isArray(context) || context.length % 2 !== 0 || context.length > 40) return null;
  const safe: unknown[] = [];
  for (let i = 0; i < context.length; i += 2) {
    const type: unknown = context[i];
    if (typeof type !== 'string' || !CONTEXT_TYPES.has(type)) return null;
    safe.push(type, safeAttributes(type, context[i + 1]));
  }
  return `${openStart} ${openEnd} ${JSON.stringify(safe)}`;
}
