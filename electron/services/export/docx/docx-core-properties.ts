import { escapeHtml } from '../html/escape-html';
import { xmlSafeText } from './xml-safe-text';

export interface DocxCoreProperties {
  title: string;
  /** BCP 47 tag, e.g. `be-BY`. */
  language: string;
  creator: string;
  modified: Date;
}

const text = (value: string) => escapeHtml(xmlSafeText(value));

/**
 * The package's `docProps/core.xml`. The docx library writes no `dc:language`, which file
 * managers, search indexes and screen readers read to know the document's language, so the
 * part is written here whole and handed to the packer in place of the library's.
 */
export function docxCorePropertiesXml(props: DocxCoreProperties): string {
  const when = props.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${text(props.title)}</dc:title>` +
    `<dc:creator>${text(props.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${text(props.creator)}</cp:lastModifiedBy>` +
    `<dc:language>${text(props.language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
