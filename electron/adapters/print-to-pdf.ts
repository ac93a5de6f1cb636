import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

// A private, in-memory session for printing: the export page must load nothing from outside
// (X3), and must not share cookies or cache with the app's window. Its fonts come inline
// as data: URLs, its page from a temporary file.
const PRINT_PARTITION = 'triptych-print';

/**
 * Prints a self-contained HTML page to PDF with Electron's own Chromium (the command line
 * uses Debian's Chromium through playwright-core; both honour the page's `@page` CSS).
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url.startsWith('file:') || details.url.startsWith('data:')) }));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'triptych-print-'));
  const file = path.join(dir, 'page.html');
  // electronegativity-justified: a hidden window with JavaScript off, the sandbox on and a
  // session that cancels every request but the page file and its inline fonts; it never
  // navigates or opens windows (both refused below) and is destroyed after one print.
  const window = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    // A file rather than a data: URL: the page carries its fonts inline and can exceed URL limits.
    // A plain write, not an atomic one: it is a throwaway copy in a private temp folder, not a document.
    await writeFile(file, html, 'utf8');
    await window.loadURL(pathToFileURL(file).toString());
    const pdf = await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
