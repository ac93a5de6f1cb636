import { JSDOM, VirtualConsole } from 'jsdom';
import { checkHtmlShape } from './check-html-shape';
import { MAX_IMPORT_HTML_BYTES } from './import-limits';
import { malformedFile } from './malformed-file';

/**
 * Parses HTML (its size and shape checked first) into a document that can do nothing: jsdom runs no script unless told to
 * (`runScripts` is left unset) and loads no resource (no `resources` option), so stylesheets,
 * images, frames and refreshes stay inert text in a tree. Its console is silenced: a CSS
 * parse error in an imported page is not our log's business.
 */
export function inertHtmlDocument(html: string): Document {
  if (Buffer.byteLength(html, 'utf8') > MAX_IMPORT_HTML_BYTES) {
    throw malformedFile(`the converted text is larger than ${MAX_IMPORT_HTML_BYTES / 1024 / 1024} MB`);
  }
  checkHtmlShape(html);
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
}
