import type { ProseMark, ProseNode } from '../../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../../shared/editor/link-policy';
import { markdownLinkDestination } from './markdown-link-destination';

// Inline content is built as a list of atoms (one per character of text, one per delimiter)
// so that the last steps can look at a delimiter's neighbours and, where CommonMark would not
// read it as a delimiter, rewrite a neighbouring character as a numeric entity (which reads
// as punctuation). That is the only way to keep formatting exact in corner cases such as
// bold text ending in a quote mark followed directly by a letter: `**«a»**b`.

type Delimiter = '**' | '_' | '~~';
type Atom =
  | { kind: 'char'; raw: string; src: string }
  | { kind: 'delim'; src: Delimiter; opens: boolean }
  | { kind: 'syntax'; src: string };

// Italic is `_`, not `*`: with `**` for bold, `*` would merge with it into runs like `***`
// or `****` whose meaning depends on CommonMark's rule of three; `_` never merges with `**`.
const MARK_DELIMITER: Record<string, Delimiter> = { bold: '**', italic: '_', strike: '~~' };
const MARK_ORDER = ['link', 'bold', 'italic', 'strike'];

/** Characters that start or end markup anywhere in a line. */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '<', '~', '|']);
/** Characters that start a block (heading, quote, list, rule, setext underline) at a line's start. */
const LINE_START_ESCAPED = new Set(['#', '>', '-', '+', '=']);
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WHITESPACE = /^\s$/u;

const entity = (char: string) => `&#${char.codePointAt(0)};`;

function sortedMarks(marks: readonly ProseMark[] | undefined): ProseMark[] {
  return (marks ?? [])
    .filter((mark) => MARK_ORDER.includes(mark.type) && (mark.type !== 'link' || isAllowedHref(mark.attrs?.href)))
    .sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

const sameMark = (a: ProseMark, b: ProseMark) => a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);

function openAtom(mark: ProseMark): Atom {
  return mark.type === 'link' ? { kind: 'syntax', src: '[' } : { kind: 'delim', src: MARK_DELIMITER[mark.type]!, opens: true };
}

function closeAtom(mark: ProseMark): Atom {
  if (mark.type === 'link') return { kind: 'syntax', src: `](${markdownLinkDestination(String(mark.attrs?.href))})` };
  return { kind: 'delim', src: MARK_DELIMITER[mark.type]!, opens: false };
}

/** One line of text nodes (no hard breaks) as atoms, marks nested in one fixed order. */
function lineAtoms(nodes: readonly ProseNode[], escapeHashes: boolean): Atom[] {
  const atoms: Atom[] = [];
  let active: ProseMark[] = [];
  for (const node of nodes) {
    const marks = sortedMarks(node.marks);
    let keep = 0;
    while (keep < active.length && keep < marks.length && sameMark(active[keep]!, marks[keep]!)) keep++;
    for (let i = active.length - 1; i >= keep; i--) atoms.push(closeAtom(active[i]!));
    for (let i = keep; i < marks.length; i++) atoms.push(openAtom(marks[i]!));
    active = marks;
    for (const raw of node.text ?? '') {
      const escaped = ALWAYS_ESCAPED.has(raw) || (escapeHashes && raw === '#');
      atoms.push({ kind: 'char', raw, src: escaped ? `\\${raw}` : raw });
    }
  }
  for (let i = active.length - 1; i >= 0; i--) atoms.push(closeAtom(active[i]!));
  return atoms;
}

/** Whitespace at either end of a line would be stripped (or read as code indentation). */
function protectLineEdges(atoms: Atom[]): void {
  for (const step of [1, -1]) {
    for (let i = step === 1 ? 0 : atoms.length - 1; i >= 0 && i < atoms.length; i += step) {
      const atom = atoms[i]!;
      if (atom.kind !== 'char' || !WHITESPACE.test(atom.raw)) break;
      atom.src = entity(atom.raw);
    }
  }
}

/** A line must not begin a heading, quote, list item, rule or setext underline by accident. */
function protectLineStart(atoms: Atom[]): void {
  const first = atoms[0];
  if (first?.kind !== 'char') return;
  if (LINE_START_ESCAPED.has(first.raw)) first.src = `\\${first.raw}`;
  // "2014. The year…" would become an ordered list starting at 2014.
  let digits = 0;
  while (digits < atoms.length && atoms[digits]!.kind === 'char' && /^[0-9]$/.test((atoms[digits] as { raw: string }).raw)) digits++;
  const marker = atoms[digits];
  const after = atoms[digits + 1];
  if (digits > 0 && digits <= 9 && marker?.kind === 'char' && (marker.raw === '.' || marker.raw === ')')) {
    if (after === undefined || (after.kind === 'char' && (after.raw === ' ' || after.raw === '\t'))) marker.src = `\\${marker.raw}`;
  }
}

const edgeChar = (atom: Atom, side: 'first' | 'last') => (side === 'first' ? atom.src[0]! : atom.src[atom.src.length - 1]!);

/**
 * Makes every delimiter flank its text the way CommonMark requires: nothing that counts as
 * whitespace just inside it, and, where the character just inside is punctuation (or the
 * delimiter is `_`, which never opens inside a word), whitespace or ASCII punctuation just
 * outside. Characters that break this become entities; repeated until nothing changes, since
 * an entity is punctuation and may in turn constrain a neighbouring delimiter.
 */
function protectDelimiters(atoms: Atom[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    atoms.forEach((atom, i) => {
      if (atom.kind !== 'delim') return;
      const inner = atoms[atom.opens ? i + 1 : i - 1];
      const outer = atoms[atom.opens ? i - 1 : i + 1];
      if (inner?.kind === 'char' && WHITESPACE.test(inner.raw) && inner.src === inner.raw) {
        inner.src = entity(inner.raw);
        changed = true;
      }
      const innerChar = inner ? edgeChar(inner, atom.opens ? 'first' : 'last') : ' ';
      const needsQuietOutside = atom.src === '_' || !LETTER_OR_DIGIT.test(innerChar);
      if (!needsQuietOutside || outer?.kind !== 'char') return;
      const outerChar = edgeChar(outer, atom.opens ? 'last' : 'first');
      if (outerChar === ' ' || outerChar === '\t' || ASCII_PUNCTUATION.test(outerChar)) return;
      outer.src = entity(outer.raw);
      changed = true;
    });
  }
}

/**
 * `&amp;`, `&#65;`… in the text would be read as entities: escape their ampersand. A `!`
 * right before a link would make the link an image (a remote resource): escape it.
 */
function protectAmpersandsAndBangs(atoms: Atom[]): void {
  atoms.forEach((atom, i) => {
    if (atom.kind === 'char' && atom.src === '!' && atoms[i + 1]?.src === '[') atom.src = '\\!';
    if (atom.kind !== 'char' || atom.src !== '&') return;
    const following = atoms
      .slice(i + 1, i + 40)
      .map((next) => next.src)
      .join('');
    if (/^#?[A-Za-z0-9]+;/.test(following)) atom.src = '\\&';
  });
}

/** Characters a Markdown line cannot hold: line breaks inside a text become spaces (a hard break is its own node). */
function plainText(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export interface MarkdownInlineOptions {
  /** Headings are one line: hard breaks become spaces, and `#` is escaped (a trailing `#` would close the heading). */
  heading?: boolean;
}

/**
 * A block's inline content as CommonMark lines (joined by hard breaks, `\` at the line end).
 * Text never turns into markup: every significant character is escaped or encoded, and only
 * links that pass the link policy (X2) are written as links; others keep their text.
 */
export function renderInlineMarkdown(nodes: readonly ProseNode[], options: MarkdownInlineOptions = {}): string[] {
  const lines: ProseNode[][] = [[]];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      if (options.heading) lines[lines.length - 1]!.push({ type: 'text', text: ' ' });
      else lines.push([]);
    } else if (node.type === 'text' && node.text) {
      const text = plainText(node.text);
      if (text) lines[lines.length - 1]!.push({ ...node, text });
    }
  }
  // A hard break at the end of a block shows nothing in HTML, and in Markdown it is a stray backslash.
  while (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines.map((line) => {
    const atoms = lineAtoms(line, options.heading === true);
    protectLineEdges(atoms);
    protectLineStart(atoms);
    protectDelimiters(atoms);
    protectAmpersandsAndBangs(atoms);
    return atoms.map((atom) => atom.src).join('');
  });
}
