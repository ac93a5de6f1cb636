import mammoth from 'mammoth';
import { checkZipContainer } from './check-zip-container';
import { MAX_LEAD_CHARS } from './import-limits';
import { inertHtmlDocument } from './inert-html-document';
import type { ImportSource } from './import-source';
import { malformedFile } from './malformed-file';
import { takeElementText } from './take-title-text';

type MammothOptions = NonNullable<Parameters<typeof mammoth.convertToHtml>[1]>;
type ImageConverter = NonNullable<MammothOptions['convertImage']>;

const TITLE_CLASS = 'triptych-import-title';
const LEAD_CLASS = 'triptych-import-lead';

// Word's and LibreOffice's paragraph styles to the article schema (style names match
// whatever the letter case). Heading 1 is the first level *inside* the article (h2): the
// article's title is its own field, taken from the Title style.
const STYLE_MAP = [
  `p[style-name='Title'] => p.${TITLE_CLASS}:fresh`,
  `p[style-name='Subtitle'] => p.${LEAD_CLASS}:fresh`,
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
  "p[style-name='Heading 4'] => h3:fresh",
  "p[style-name='Heading 5'] => h3:fresh",
  "p[style-name='Heading 6'] => h3:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  // LibreOffice's name for its quotation paragraph style.
  "p[style-name='Quotations'] => blockquote > p:fresh",
  // Underline is mapped only so that it can be noticed and reported as dropped; the cleaner removes it.
  'u => u',
];

/**
 * A DOCX through mammoth. The ZIP container is checked first (zip bombs, truncated and
 * renamed files); a style map embedded in the file is ignored (the file does not get to
 * decide how it is converted), linked files are never read, and images are counted but
 * produce nothing.
 */
export async function readDocxSource(bytes: Uint8Array): Promise<ImportSource> {
  checkZipContainer(bytes);
  let imagesDropped = 0;
  // mammoth calls an image converter with each image and puts the HTML nodes it returns in
  // the output; its public helper (images.imgElement) always makes an <img>, so the
  // converter is written directly to return no node at all. Its data is never read.
  const dropImage = ((): Promise<unknown[]> => {
    imagesDropped++;
    return Promise.resolve([]);
  }) as unknown as ImageConverter;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, includeEmbeddedStyleMap: false, includeDefaultStyleMap: true, externalFileAccess: false, convertImage: dropImage },
    );
    // Its messages (unrecognised styles and the like) describe formatting, not failures.
    html = result.value;
  } catch (error) {
    throw malformedFile(`it is not a readable DOCX document (${error instanceof Error ? error.message : String(error)})`);
  }
  const document = inertHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const body = document.body;
  const title = takeElementText(body.querySelector(`p.${TITLE_CLASS}`));
  const lead = takeElementText(body.querySelector(`p.${LEAD_CLASS}`), MAX_LEAD_CHARS);
  // Further Title/Subtitle paragraphs stay as text; their class must not reach the cleaner's eyes as meaning anything.
  for (const extra of Array.from(body.querySelectorAll(`p.${TITLE_CLASS}, p.${LEAD_CLASS}`))) extra.removeAttribute('class');
  return { document, title, titleFromHeading: false, lead, imagesDropped };
}
