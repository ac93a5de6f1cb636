/**
 * Prints a self-contained HTML page to PDF. Page size, margins, running header and page
 * numbers come from the page's own CSS (`@page` with margin boxes), so the app (Electron's
 * printToPDF) and the command line (Chromium through playwright-core) print identically.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;
