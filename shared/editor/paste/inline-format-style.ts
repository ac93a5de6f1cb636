// Word, Google Docs and LibreOffice say "bold", "italic" and "struck through" in CSS as
// often as with tags (Google Docs never uses <b> for bold text). Only these three facts are
// kept from a style attribute, written in the one spelling the schema's parse rules read:
// `font-weight:700` / `font-weight:400` (the latter clears an inherited bold, as CSS would),
// `font-style:italic` / `font-style:normal`, `text-decoration:line-through`. Colours, fonts,
// sizes, margins and every `mso-*` property are dropped.

export interface InlineFormat {
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  /** display:none, visibility:hidden or Word's mso-hide:all: text the author did not see. */
  hidden?: boolean;
}

function declarations(style: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (name && value) out.push([name, value]);
  }
  return out;
}

function weightIsBold(value: string): boolean | undefined {
  if (/^(bold|bolder)$/.test(value)) return true;
  if (/^(normal|lighter)$/.test(value)) return false;
  const numeric = Number(value);
  if (Number.isFinite(numeric)) return numeric >= 500;
  return undefined;
}

/** What a `style` attribute says about bold, italic, strike-through and visibility. */
export function readInlineFormat(style: string | null): InlineFormat {
  const format: InlineFormat = {};
  if (!style) return format;
  for (const [name, value] of declarations(style)) {
    switch (name) {
      case 'font-weight': {
        const bold = weightIsBold(value);
        if (bold !== undefined) format.bold = bold;
        break;
      }
      case 'font-style':
        if (/^(italic|oblique)/.test(value)) format.italic = true;
        else if (value === 'normal') format.italic = false;
        break;
      case 'font': {
        // The shorthand: `font: italic bold 12pt Arial`; its keywords come before the size.
        const tokens = value.split(/\s+/);
        if (tokens.includes('bold') || tokens.some((t) => /^[5-9]00$/.test(t))) format.bold = true;
        if (tokens.includes('italic') || tokens.includes('oblique')) format.italic = true;
        break;
      }
      case 'text-decoration':
      case 'text-decoration-line':
        if (value.includes('line-through')) format.strike = true;
        break;
      case 'display':
        if (value === 'none') format.hidden = true;
        break;
      case 'visibility':
        if (value === 'hidden') format.hidden = true;
        break;
      case 'mso-hide':
        if (value === 'all') format.hidden = true;
        break;
      default:
        break;
    }
  }
  return format;
}

/** The canonical style attribute for `format`, or '' when it says nothing the schema reads. */
export function inlineFormatStyle(format: InlineFormat): string {
  const parts: string[] = [];
  if (format.bold !== undefined) parts.push(`font-weight:${format.bold ? 700 : 400}`);
  if (format.italic !== undefined) parts.push(`font-style:${format.italic ? 'italic' : 'normal'}`);
  if (format.strike) parts.push('text-decoration:line-through');
  return parts.join(';');
}
