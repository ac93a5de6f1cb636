import { ExternalHyperlink, InternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { ProseNode } from '../../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../../shared/editor/link-policy';
import { xmlSafeText } from './xml-safe-text';

export interface DocxInlineContext {
  /** Word language tag put on every run, so spelling and hyphenation follow the text's language. */
  languageTag: string;
  /** In-document anchors (`#article-…`) that have a bookmark in this document, by href. */
  bookmarks: ReadonlyMap<string, string>;
}

interface Formatting {
  bold?: true;
  italics?: true;
  strike?: true;
}

// Only marks that are present are written: an explicit "not bold" on a run would override
// the bold of a heading or the italic of a quote style.
function formattingOf(node: ProseNode): Formatting {
  const has = (type: string) => (node.marks ?? []).some((mark) => mark.type === type);
  return { ...(has('bold') ? { bold: true } : {}), ...(has('italic') ? { italics: true } : {}), ...(has('strike') ? { strike: true } : {}) };
}

/** The link a text node belongs to: a web or mail address, a bookmark, or nothing (X2). */
function linkOf(node: ProseNode, context: DocxInlineContext): { external: string } | { bookmark: string } | null {
  const href = (node.marks ?? []).find((mark) => mark.type === 'link')?.attrs?.href;
  if (!isAllowedHref(href)) return null;
  if (href.startsWith('#')) {
    // An anchor this document has no bookmark for would be a dead link: keep only its text.
    const bookmark = context.bookmarks.get(href);
    return bookmark ? { bookmark } : null;
  }
  return { external: href };
}

function sameLink(a: ReturnType<typeof linkOf>, b: ReturnType<typeof linkOf>): boolean {
  if (a === null || b === null) return a === b;
  return 'external' in a ? 'external' in b && a.external === b.external : 'bookmark' in b && a.bookmark === b.bookmark;
}

/** A run of plain document text in the edition's language. */
export function textRun(text: string, languageTag: string, extra: Omit<IRunOptions, 'text' | 'language'> = {}): TextRun {
  return new TextRun({ ...extra, text: xmlSafeText(text), language: { value: languageTag } });
}

/**
 * A paragraph's inline content as Word runs: bold, italic and strike as run properties, hard
 * breaks as line breaks, and neighbouring text nodes with the same link inside one hyperlink.
 */
export function docxInline(nodes: readonly ProseNode[], context: DocxInlineContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let group: { link: NonNullable<ReturnType<typeof linkOf>>; runs: TextRun[] } | null = null;
  const flush = () => {
    if (!group) return;
    const { link, runs } = group;
    out.push('external' in link ? new ExternalHyperlink({ link: link.external, children: runs }) : new InternalHyperlink({ anchor: link.bookmark, children: runs }));
    group = null;
  };
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      flush();
      out.push(new TextRun({ break: 1, language: { value: context.languageTag } }));
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const link = linkOf(node, context);
    if (group && !sameLink(group.link, link)) flush();
    if (link === null) {
      out.push(textRun(node.text, context.languageTag, formattingOf(node)));
      continue;
    }
    group ??= { link, runs: [] };
    group.runs.push(textRun(node.text, context.languageTag, { ...formattingOf(node), style: 'Hyperlink' }));
  }
  flush();
  return out;
}
