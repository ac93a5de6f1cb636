import { MAX_IMPORT_HTML_CHILDREN, MAX_IMPORT_HTML_DEPTH, MAX_IMPORT_HTML_ELEMENTS } from './import-limits';
import { malformedFile } from './malformed-file';

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
]);
/** A start tag of one of these closes an open element of the same group (an implied end tag). */
const CLOSES: Readonly<Record<string, readonly string[]>> = {
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'],
  option: ['option'], optgroup: ['option', 'optgroup'], rb: ['rb', 'rt', 'rp'], rt: ['rb', 'rt', 'rp'], rp: ['rb', 'rt', 'rp'],
};
/** Content a <p> can hold; any other start tag ends the paragraph. */
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label',
  'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);
/** Their content is text up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
const FOREIGN = new Set(['svg', 'math']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/y;

interface Frame {
  name: string;
  children: number;
}

function commentEnd(markup: string, at: number): number {
  // `<!-->` and `<!--->` end at once; otherwise the first `-->` or `--!>` ends the comment.
  if (markup.startsWith('>', at + 4)) return at + 5;
  if (markup.startsWith('->', at + 4)) return at + 6;
  const ends = [markup.indexOf('-->', at + 4), markup.indexOf('--!>', at + 4)].filter((i) => i >= 0);
  if (ends.length === 0) return markup.length;
  const end = Math.min(...ends);
  return end + (markup.startsWith('-->', end) ? 3 : 4);
}

function rawTextEnd(lower: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'g');
  close.lastIndex = from;
  return close.exec(lower)?.index ?? lower.length;
}

/**
 * Refuses HTML whose shape would make importing it take minutes or hours, before jsdom
 * builds it. In jsdom, building a tree costs each node work in proportion to its depth,
 * and every insertion or removal among siblings work in proportion to the siblings before
 * it (the paste cleaner replaces every element once), so 20,000 items in one list take
 * most of a minute and a few megabytes of nested <div>s far longer. Real articles are a
 * few dozen levels deep with at most a few hundred blocks. This scans the tags the way the
 * HTML tokenizer does (comments, raw-text elements, implied end tags, foreign content) and
 * errs towards counting too much; it is not the full tree builder, whose repairs (the
 * adoption agency, reopening formatting) can still nest deeper than any scan sees.
 */
export function checkHtmlShape(html: string): void {
  const lower = html.toLowerCase();
  const root: Frame = { name: '#root', children: 0 };
  const open: Frame[] = [root];
  let foreign = 0;
  let elements = 0;
  const pop = (count: number): void => {
    for (const frame of open.splice(open.length - count)) if (FOREIGN.has(frame.name)) foreign--;
  };
  let at = lower.indexOf('<');
  while (at >= 0) {
    if (lower.startsWith('<!--', at)) {
      at = lower.indexOf('<', commentEnd(lower, at));
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(lower);
    if (!match) {
      // `<!doctype>`, `<?xml …>`, `</ >` and the like are bogus comments up to the next `>`; a lone `<` is text.
      const end = /^<[!?/]/.test(lower.slice(at, at + 2)) ? lower.indexOf('>', at) : at;
      if (end < 0) return;
      at = lower.indexOf('<', end + 1);
      continue;
    }
    const [tag, slash, name = ''] = match;
    at = TAG.lastIndex;
    if (slash === '/') {
      const index = open.findLastIndex((frame, i) => i > 0 && frame.name === name);
      if (index > 0) pop(open.length - index);
    } else if (name === 'plaintext') {
      return;
    } else {
      const top = open.at(-1) ?? root;
      const closes = CLOSES[name];
      if (foreign === 0 && closes?.includes(top.name)) pop(1);
      else if (foreign === 0 && top.name === 'p' && !PHRASING.has(name)) pop(1);
      const parent = open.at(-1) ?? root;
      if (++parent.children > MAX_IMPORT_HTML_CHILDREN) {
        throw malformedFile(`it has more than ${MAX_IMPORT_HTML_CHILDREN} paragraphs, items or other elements in one place`);
      }
      if (++elements > MAX_IMPORT_HTML_ELEMENTS) throw malformedFile(`it has more than ${MAX_IMPORT_HTML_ELEMENTS} elements`);
      if (RAW_TEXT.has(name) && foreign === 0) {
        at = rawTextEnd(lower, name, at);
      } else if (!VOID.has(name) && !(foreign > 0 && tag.endsWith('/>'))) {
        open.push({ name, children: 0 });
        if (FOREIGN.has(name)) foreign++;
        if (open.length - 1 > MAX_IMPORT_HTML_DEPTH) throw malformedFile(`its markup is nested more than ${MAX_IMPORT_HTML_DEPTH} levels deep`);
      }
    }
    at = lower.indexOf('<', at);
  }
}
