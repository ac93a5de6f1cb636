// An article is a few thousand words; these bounds are far above any real one and keep a
// crafted or mistaken file (a zip bomb, a 2 GB log renamed .md) from exhausting memory.

/** Larger files are refused before they are read. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** The HTML a file becomes (or is) may not be larger than this when it reaches jsdom. */
export const MAX_IMPORT_HTML_BYTES = 10 * 1024 * 1024;

// Bounds on the shape of the HTML that reaches jsdom (see check-html-shape for why): an
// article is a few dozen levels deep, with a few hundred blocks and a few thousand elements.
export const MAX_IMPORT_HTML_DEPTH = 128;
export const MAX_IMPORT_HTML_CHILDREN = 1000;
export const MAX_IMPORT_HTML_ELEMENTS = 50_000;

/** Everything inside a DOCX, unpacked, together. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** Files inside a DOCX; Word writes about a dozen. */
export const MAX_DOCX_ENTRIES = 2000;

/** The schema's limits on a version's title and lead (ArticleVersionSchema). */
export const MAX_TITLE_CHARS = 1000;
export const MAX_LEAD_CHARS = 5000;
