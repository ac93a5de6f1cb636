import { MAX_TITLE_CHARS } from './import-limits';

/** The plain text of an element as a one-line title or lead: whitespace collapsed, controls removed. */
export function plainLine(text: string, maxChars: number): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxChars);
}

/** Removes `element` from its document and returns its text as a title (null when it has none). */
export function takeElementText(element: Element | null, maxChars = MAX_TITLE_CHARS): string | null {
  if (!element) return null;
  const text = plainLine(element.textContent ?? '', maxChars);
  element.remove();
  return text === '' ? null : text;
}

/**
 * The first `<h1>` of the body, taken out as the title. The body's headings start at level
 * two (the title is the page's only first level), so a first-level heading in an imported
 * page or Markdown file is its title, not a section.
 */
export function takeFirstH1(document: Document): string | null {
  return takeElementText(document.body?.querySelector('h1') ?? null);
}
