/** Block ids are [A-Za-z0-9_-] (BLOCK_ID_PATTERN): safe inside a quoted attribute selector. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The alignment space under each block of one column, as a constructed style sheet: one
 * rule per padded block, found by its block id. Typing changes no rule, and a new height
 * replaces the sheet without touching the editor: no decorations to map and compare on
 * every keystroke, no editor transaction to redraw the column, and a block the editor
 * re-renders keeps its space. (Constructed sheets are not inline styles: the CSP allows them.)
 */
export class PadSheet {
  private readonly sheet: CSSStyleSheet | null;
  private pads = new Map<string, number>();

  constructor(private readonly column: string) {
    this.sheet = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : null;
    if (this.sheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }

  /** The space a block carries now (what the last `set` asked for). */
  padOf(blockId: string | null | undefined): number {
    return blockId ? (this.pads.get(blockId) ?? 0) : 0;
  }

  /** Replaces every pad; returns false when nothing changed. */
  set(pads: ReadonlyMap<string, number>): boolean {
    if (pads.size === this.pads.size && [...pads].every(([id, pad]) => this.pads.get(id) === pad)) return false;
    this.pads = new Map(pads);
    const rules: string[] = [];
    for (const [id, pad] of pads) {
      if (SAFE_ID.test(id)) rules.push(`[data-align-column="${this.column}"] > [data-block-id="${id}"] { --align-pad: ${pad}px; }`);
    }
    this.sheet?.replaceSync(rules.join('\n'));
    return true;
  }

  dispose(): void {
    const sheet = this.sheet;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.pads.clear();
  }
}
