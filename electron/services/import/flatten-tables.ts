const CELL_SEPARATOR = ' | ';

/** Elements that would start a new block inside the row's one paragraph, so are taken apart. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'aside', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'address', 'hr', 'caption',
]);

function endsWithBreak(target: Element): boolean {
  const last = target.lastChild;
  return last === null || (last.nodeType === 1 && (last as Element).localName === 'br');
}

/** Moves `from`'s content into `target` as inline content: blocks taken apart, separated by line breaks. */
function moveInline(from: Node, target: Element): void {
  for (const child of Array.from(from.childNodes)) {
    if (child.nodeType === 1 && BLOCKS.has((child as Element).localName)) {
      if (!endsWithBreak(target)) target.appendChild(target.ownerDocument.createElement('br'));
      moveInline(child, target);
      if (!endsWithBreak(target)) target.appendChild(target.ownerDocument.createElement('br'));
    } else {
      target.appendChild(child);
    }
  }
}

function trimBreaks(paragraph: Element): void {
  while (paragraph.lastChild?.nodeType === 1 && (paragraph.lastChild as Element).localName === 'br') paragraph.lastChild.remove();
  while (paragraph.firstChild?.nodeType === 1 && (paragraph.firstChild as Element).localName === 'br') paragraph.firstChild.remove();
}

function rowsOf(table: Element): Element[] {
  // Only this table's rows, not those of a table nested in a cell (already flattened, innermost first).
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

/**
 * The article schema has no tables. Each table becomes one paragraph per row, its cells
 * separated by " | ", so a row still reads as a row ("Belarus | 1.2 % | 3.4 %") instead of
 * every cell becoming a paragraph of its own. A caption becomes a paragraph before the rows.
 * Nested tables are flattened first, into their cell. Returns how many tables there were.
 */
export function flattenTables(root: Element): number {
  const tables = Array.from(root.querySelectorAll('table')).reverse();
  const document = root.ownerDocument;
  for (const table of tables) {
    const paragraphs: Element[] = [];
    const caption = Array.from(table.children).find((child) => child.localName === 'caption');
    if (caption) {
      const p = document.createElement('p');
      moveInline(caption, p);
      trimBreaks(p);
      paragraphs.push(p);
    }
    for (const row of rowsOf(table)) {
      const p = document.createElement('p');
      const cells = Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
      cells.forEach((cell, index) => {
        if (index > 0) p.appendChild(document.createTextNode(CELL_SEPARATOR));
        const holder = document.createElement('span');
        moveInline(cell, holder);
        trimBreaks(holder);
        while (holder.firstChild) p.appendChild(holder.firstChild);
      });
      paragraphs.push(p);
    }
    for (const p of paragraphs) table.parentNode?.insertBefore(p, table);
    table.remove();
  }
  return tables.length;
}
