import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';

// Two HTML renderings of one body (the exporters' renderBodyHtml, and markdown-it's reading
// of the Markdown export) are compared as what a reader gets: the sequence of blocks, and
// in each block the text with the formatting of every character. Differences a reader
// cannot see are normalised away: whether list items wrap their text in <p> (tight lists),
// empty paragraphs, line breaks at the very end of a block, and how a link address is
// percent-encoded.

/** markdown-it as a site generator would run it, with raw HTML ON so any leaked HTML shows. */
export const markdownIt = new MarkdownIt('default', { html: true });

const BLOCKS = new Set(['P', 'H2', 'H3', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'HR']);
const INLINE_MARKS: Record<string, string> = { STRONG: 'b', EM: 'i', S: 's', DEL: 's' };
/** Every element either rendering may contain; anything else is a leak (raw HTML, an image…). */
export const ALLOWED_ELEMENTS = new Set([...BLOCKS, ...Object.keys(INLINE_MARKS), 'A', 'BR']);

type Run = { marks: string; text: string } | { br: true };

function inlineRuns(nodes: readonly Node[], marks: readonly string[], runs: Run[]): void {
  for (const node of nodes) {
    if (node.nodeType === 3) {
      let text = node.textContent ?? '';
      // markdown-it writes "<br>\n": the newline is layout, not text.
      if (runs.at(-1) && 'br' in runs.at(-1)!) text = text.replace(/^\n/, '');
      if (text === '') continue;
      const key = [...marks].sort().join(',');
      const last = runs.at(-1);
      if (last && 'text' in last && last.marks === key) last.text += text;
      else runs.push({ marks: key, text });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element.tagName === 'BR') runs.push({ br: true });
    else if (element.tagName === 'A') inlineRuns([...element.childNodes], [...marks, `a=${markdownIt.normalizeLink(element.getAttribute('href') ?? '')}`], runs);
    else inlineRuns([...element.childNodes], [...marks, INLINE_MARKS[element.tagName] ?? element.tagName.toLowerCase()], runs);
  }
}

function textBlock(tag: string, nodes: readonly Node[], out: string[], isImplicit = false): void {
  const runs: Run[] = [];
  inlineRuns(nodes, [], runs);
  while (runs.at(-1) && 'br' in runs.at(-1)!) runs.pop();
  // A tight list item's text is followed by "\n" before a nested list.
  const last = runs.at(-1);
  if (isImplicit && last && 'text' in last) last.text = last.text.replace(/\n$/, '');
  if (isImplicit && last && 'text' in last && last.text === '') runs.pop();
  if (tag === 'p' && runs.length === 0) return;
  out.push(`<${tag}>`, ...runs.map((run) => ('br' in run ? '<br>' : `[${run.marks}] ${JSON.stringify(run.text)}`)), `</${tag}>`);
}

function blocks(nodes: readonly Node[], out: string[], inListItem: boolean): void {
  let pending: Node[] = [];
  const flush = () => {
    // Whitespace between blocks is layout; in a tight list item, inline content is its paragraph.
    if (pending.some((n) => n.nodeType === 1 || (n.textContent ?? '').replace(/\n/g, '') !== '')) textBlock('p', pending, out, true);
    pending = [];
  };
  for (const node of nodes) {
    const element = node.nodeType === 1 ? (node as Element) : null;
    if (!element || !BLOCKS.has(element.tagName)) {
      if (inListItem) pending.push(node);
      else if (element || (node.textContent ?? '').trim() !== '') out.push(`stray ${element?.outerHTML ?? JSON.stringify(node.textContent)}`);
      continue;
    }
    flush();
    const tag = element.tagName.toLowerCase();
    if (tag === 'p' || tag === 'h2' || tag === 'h3') textBlock(tag, [...element.childNodes], out);
    else if (tag === 'hr') out.push('<hr>');
    else {
      const start = tag === 'ol' ? ` start=${element.getAttribute('start') ?? '1'}` : '';
      out.push(`<${tag}${start}>`);
      blocks([...element.childNodes], out, tag === 'li');
      out.push(`</${tag}>`);
    }
  }
  flush();
}

// One window for every parse (a property test parses thousands of bodies); scripts never run in it.
const { document } = new JSDOM('<!doctype html><body></body>').window;

function parseFragment(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

/** The reader-visible structure of a body's HTML, one token per line, for `toEqual` diffs. */
export function bodyStructure(html: string): string[] {
  const out: string[] = [];
  blocks([...parseFragment(html).childNodes], out, false);
  return out;
}

/** Tag names of every element in the HTML, to prove nothing but the schema's elements came out. */
export function elementNames(html: string): string[] {
  return Array.from(parseFragment(html).querySelectorAll('*'), (element) => element.tagName);
}

/** Every link address in the HTML. */
export function linkTargets(html: string): string[] {
  return Array.from(parseFragment(html).querySelectorAll('a'), (a) => a.getAttribute('href') ?? '');
}
