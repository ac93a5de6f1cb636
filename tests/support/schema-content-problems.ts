import { isAllowedHref } from '../../shared/editor/link-policy';

interface ContentNode {
  type?: string;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  text?: string;
  content?: ContentNode[];
}

const NODE_ATTRIBUTES: Record<string, readonly string[]> = {
  doc: [],
  paragraph: ['blockId'],
  heading: ['blockId', 'level'],
  blockquote: ['blockId'],
  bulletList: ['blockId'],
  orderedList: ['blockId', 'start', 'type'],
  listItem: [],
  horizontalRule: ['blockId'],
  hardBreak: [],
  text: [],
};
const MARKS = new Set(['bold', 'italic', 'strike', 'link']);

/**
 * What in a document JSON is not the schema's content (X1/X2): unknown nodes, marks or
 * attributes, bad attribute values, control characters, links outside the policy. Pasted
 * content must carry no block ids (`blockIds: 'none'`); stored articles may (`'any'`).
 */
export function schemaContentProblems(doc: ContentNode, options: { blockIds: 'none' | 'any'; path?: string }): string[] {
  const problems: string[] = [];
  const visit = (node: ContentNode, path: string): void => {
    const type = node.type ?? '?';
    const allowed = NODE_ATTRIBUTES[type];
    if (!allowed) problems.push(`${path}: node type ${type}`);
    for (const [name, value] of Object.entries(node.attrs ?? {})) {
      if (!allowed?.includes(name)) problems.push(`${path}: attribute ${name}`);
      else if (name === 'blockId' && value !== null && options.blockIds === 'none') problems.push(`${path}: pasted block id ${String(value)}`);
      else if (name === 'level' && value !== 2 && value !== 3) problems.push(`${path}: heading level ${String(value)}`);
      else if (name === 'start' && !(Number.isInteger(value) && (value as number) >= 1)) problems.push(`${path}: start ${String(value)}`);
      else if (name === 'type' && value !== null) problems.push(`${path}: list type ${String(value)}`);
    }
    if (typeof node.text === 'string' && /[\u0000-\u0008\u000b-\u001f\u007f]/.test(node.text)) problems.push(`${path}: control character in text`);
    for (const mark of node.marks ?? []) {
      if (!MARKS.has(mark.type)) problems.push(`${path}: mark ${mark.type}`);
      if (mark.type === 'link') {
        const { href, target, class: className, title } = mark.attrs ?? {};
        if (!isAllowedHref(href)) problems.push(`${path}: link ${String(href)}`);
        if (target != null || className != null || title != null) problems.push(`${path}: link attributes ${JSON.stringify(mark.attrs)}`);
      } else if (mark.attrs && Object.keys(mark.attrs).length > 0) {
        problems.push(`${path}: ${mark.type} attributes`);
      }
    }
    node.content?.forEach((child, index) => visit(child, `${path}/${child.type ?? '?'}[${index}]`));
  };
  visit(doc, options.path ?? 'doc');
  return problems;
}
