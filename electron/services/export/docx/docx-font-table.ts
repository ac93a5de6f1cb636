import { escapeHtml } from '../html/escape-html';
import type { DocxStyles } from './docx-theme';

/**
 * The package's `word/fontTable.xml`, describing each font the styles use. A reader without
 * PT Serif would otherwise get whatever Word or LibreOffice picks (often a sans-serif for a
 * serif text); with the font's kind and `w:altName` alternatives the substitute is chosen
 * from the designer's list. The docx library only writes this part for embedded fonts.
 */
export function docxFontTableXml(fonts: DocxStyles['fonts']): string {
  const entries = Object.entries(fonts)
    .map(
      ([name, font]) =>
        `<w:font w:name="${escapeHtml(name)}">` +
        (font.alternatives.length ? `<w:altName w:val="${escapeHtml(font.alternatives.join(','))}"/>` : '') +
        `<w:family w:val="${font.family}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`
  );
}
