import type { ProseMark, ProseNode } from '../../../../shared/domain/prose-doc';
import type { ProseDoc } from '../../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../../shared/editor/link-policy';
import { escapeHtml } from './escape-html';

/** Elements the body renderer writes; a style map may give each an inline `style`. */
export type BodyElement = 'p' | 'h2' | 'h3' | 'h4' | 'ul' | 'ol' | 'li' | 'blockquote' | 'hr' | 'a' | 'strong' | 'em' | 's';

export interface BodyHtmlOptions {
  /**
   * Inline styles per element, for email clients that drop `<style>`; the web and print
   * pages style through their stylesheet and pass nothing.
   */
  styles?: Partial<Record<BodyElement, string>>;
  /** Heading levels shift by this much (a body h2 sits under an article h2 in a whole-issue page). */
  headingShift?: 0 | 1;
  /**
   * The deepest heading level written (default 3, where a shifted body h3 stays h3). The web
   * and print pages pass 4 so that a body h3 keeps its rank below a body h2 after the shift.
   */
  maxHeadingLevel?: 3 | 4;
  /** Text is passed through this before escaping (the print page inserts soft hyphens). */
  transformText?: (text: string) => string;
}

const MARK_ELEMENT: Record<string, BodyElement> = { bold: 'strong', italic: 'em', strike: 's' };
// Marks open in this order so that equal mark sets always produce identical markup.
const MARK_ORDER = ['link', 'bold', 'italic', 'strike'];

function open(tag: BodyElement, options: BodyHtmlOptions, attrs = ''): string {
  const style = options.styles?.[tag];
  return `<${tag}${attrs}${style ? ` style="${escapeHtml(style)}"` : ''}>`;
}

function sortedMarks(marks: readonly ProseMark[] | undefined): ProseMark[] {
  return [...(marks ?? [])].filter((m) => MARK_ORDER.includes(m.type)).sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function renderMarkOpen(mark: ProseMark, options: BodyHtmlOptions): string {
  if (mark.type === 'link') {
    const href = mark.attrs?.href;
    // X2 again at the last step: a body that skipped validation still cannot emit a bad link.
    if (!isAllowedHref(href)) return '';
    return open('a', options, ` href="${escapeHtml(href)}"`);
  }
  return open(MARK_ELEMENT[mark.type] as BodyElement, options);
}

function renderMarkClose(mark: ProseMark): string {
  if (mark.type === 'link') return isAllowedHref(mark.attrs?.href) ? '</a>' : '';
  return `</${MARK_ELEMENT[mark.type]}>`;
}

function sameMark(a: ProseMark, b: ProseMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.attrs?.href === b.attrs?.href);
}

/** Inline content, with adjacent text nodes sharing a mark kept inside one element. */
function renderInline(nodes: readonly ProseNode[], options: BodyHtmlOptions): string {
  let out = '';
  let active: ProseMark[] = [];
  const transform = options.transformText ?? ((s: string) => s);
  for (const node of nodes) {
    const marks = node.type === 'text' ? sortedMarks(node.marks) : [];
    let keep = 0;
    while (keep < active.length && keep < marks.length && sameMark(active[keep]!, marks[keep]!)) keep++;
    for (let i = active.length - 1; i >= keep; i--) out += renderMarkClose(active[i]!);
    for (let i = keep; i < marks.length; i++) out += renderMarkOpen(marks[i]!, options);
    active = marks;
    if (node.type === 'text') out += escapeHtml(transform(node.text ?? ''));
    else if (node.type === 'hardBreak') out += '<br>';
  }
  for (let i = active.length - 1; i >= 0; i--) out += renderMarkClose(active[i]!);
  return out;
}

function renderBlock(node: ProseNode, options: BodyHtmlOptions): string {
  const children = node.content ?? [];
  const blocks = () => children.map((child) => renderBlock(child, options)).join('');
  switch (node.type) {
    case 'paragraph':
      return `${open('p', options)}${renderInline(children, options)}</p>`;
    case 'heading': {
      const level = node.attrs?.level === 3 ? 3 : 2;
      const tag = `h${Math.min(level + (options.headingShift ?? 0), options.maxHeadingLevel ?? 3)}` as 'h2' | 'h3' | 'h4';
      return `${open(tag, options)}${renderInline(children, options)}</${tag}>`;
    }
    case 'bulletList':
      return `${open('ul', options)}${blocks()}</ul>`;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? ` start="${Math.trunc(node.attrs.start)}"` : '';
      return `${open('ol', options, start)}${blocks()}</ol>`;
    }
    case 'listItem':
      return `${open('li', options)}${blocks()}</li>`;
    case 'blockquote':
      return `${open('blockquote', options)}${blocks()}</blockquote>`;
    case 'horizontalRule':
      return open('hr', options);
    default:
      // Unknown nodes cannot reach here through a validated body; their text is still not lost.
      return children.length ? `${open('p', options)}${renderInline(children, options)}</p>` : '';
  }
}

/** A validated article body as HTML: only the schema's elements, every text escaped, every link checked. */
export function renderBodyHtml(doc: ProseDoc, options: BodyHtmlOptions = {}): string {
  return (doc.content ?? []).map((node) => renderBlock(node, options)).join('\n');
}
