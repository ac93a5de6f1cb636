import { BorderStyle, HeadingLevel, Paragraph, type IParagraphOptions, type NumberingDefinition } from 'docx';
import type { ProseDoc, ProseNode } from '../../../../shared/domain/prose-doc';
import { docxInline, type DocxInlineContext } from './docx-inline';
import { bulletListDefinition, listIndent, listStart, MAX_LIST_LEVEL, orderedListDefinition } from './docx-list-numbering';
import { DOCX_STYLE_IDS, mmToTwips, ptToTwips } from './docx-styles';
import type { DocxStyles } from './docx-theme';

export interface DocxBodyContext extends DocxInlineContext {
  theme: DocxStyles;
  /** A fresh number for each list, so every list counts from its own start. */
  nextListInstance: () => number;
}

/** Where a block sits: inside how many quotes, and inside which list item. */
interface Placement {
  quoteDepth: number;
  /** The list level of the enclosing item, or -1 outside lists. */
  listLevel: number;
}

interface ListMembership {
  reference: NumberingDefinition;
  level: number;
  instance: number;
}

const TOP: Placement = { quoteDepth: 0, listLevel: -1 };

function quoteIndent(context: DocxBodyContext, depth: number): number {
  return mmToTwips((context.theme.styles.quote.indentLeftMm ?? 0) * depth);
}

/**
 * Paragraph properties for a text block in its place: quotes use the Quote style (deeper quotes
 * indented further), list items get Word numbering, and later paragraphs of an item line up
 * with its text. Direct indents are only written where a style alone cannot place the text,
 * so an editor who restyles in Word is not fighting fixed formatting.
 */
function placed(context: DocxBodyContext, at: Placement, list: ListMembership | null): Partial<IParagraphOptions> {
  const options: { -readonly [K in keyof IParagraphOptions]?: IParagraphOptions[K] } = {};
  if (at.quoteDepth > 0) options.style = DOCX_STYLE_IDS.quote;
  if (list) options.numbering = { reference: list.reference, level: list.level, instance: list.instance };
  const base = at.quoteDepth > 0 ? quoteIndent(context, at.quoteDepth) : 0;
  if (at.listLevel >= 0) {
    const indent = listIndent(context.theme.lists, at.listLevel);
    if (list && base > 0) options.indent = { left: base + indent.left, hanging: indent.hanging };
    else if (!list) options.indent = { left: base + indent.left };
  } else if (at.quoteDepth > 1) {
    options.indent = { left: base };
  }
  return options;
}

function horizontalRule(context: DocxBodyContext): Paragraph {
  const { rule } = context.theme;
  return new Paragraph({
    children: [],
    border: { bottom: { style: BorderStyle.SINGLE, color: rule.color, size: rule.sizeEighthsPt, space: 1 } },
    spacing: { before: ptToTwips(rule.spaceBeforePt), after: ptToTwips(rule.spaceAfterPt), line: 120 },
    // A small paragraph mark keeps the rule a thin line rather than an empty line with a border.
    run: { size: 8 },
  });
}

function listParagraphs(node: ProseNode, context: DocxBodyContext, at: Placement): Paragraph[] {
  const level = Math.min(at.listLevel + 1, MAX_LIST_LEVEL);
  const reference =
    node.type === 'orderedList'
      ? orderedListDefinition(context.theme.lists, listStart(node.attrs?.start))
      : bulletListDefinition(context.theme.lists);
  const instance = context.nextListInstance();
  const inner: Placement = { quoteDepth: at.quoteDepth, listLevel: level };
  return (node.content ?? []).flatMap((item) => {
    // The first paragraph carries the bullet or number; an item starting with something else
    // (never made by the editor) gets an empty numbered paragraph so its number is not lost.
    const children = item.content ?? [];
    const [first, ...rest] = children;
    const membership: ListMembership = { reference, level, instance };
    const head =
      first?.type === 'paragraph'
        ? [new Paragraph({ ...placed(context, inner, membership), children: docxInline(first.content ?? [], context) })]
        : [new Paragraph({ ...placed(context, inner, membership), children: [] }), ...(first ? blockParagraphs(first, context, inner) : [])];
    return [...head, ...rest.flatMap((child) => blockParagraphs(child, context, inner))];
  });
}

function blockParagraphs(node: ProseNode, context: DocxBodyContext, at: Placement): Paragraph[] {
  const children = node.content ?? [];
  switch (node.type) {
    case 'paragraph':
      return [new Paragraph({ ...placed(context, at, null), children: docxInline(children, context) })];
    case 'heading': {
      const heading = node.attrs?.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
      const indent = at.quoteDepth > 0 ? { indent: { left: quoteIndent(context, at.quoteDepth) } } : {};
      return [new Paragraph({ heading, ...indent, children: docxInline(children, context) })];
    }
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(node, context, at);
    case 'blockquote':
      return children.flatMap((child) => blockParagraphs(child, context, { ...at, quoteDepth: at.quoteDepth + 1 }));
    case 'horizontalRule':
      return [horizontalRule(context)];
    default:
      // Unknown nodes cannot come through a validated body; their text is still not lost.
      return children.length ? [new Paragraph({ ...placed(context, at, null), children: docxInline(children, context) })] : [];
  }
}

/** A validated article body as Word paragraphs: headings, lists with real numbering, quotes, rules. */
export function docxBody(doc: ProseDoc, context: DocxBodyContext): Paragraph[] {
  return (doc.content ?? []).flatMap((node) => blockParagraphs(node, context, TOP));
}
