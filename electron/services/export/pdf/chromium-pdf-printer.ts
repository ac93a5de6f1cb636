import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AppError } from '../../../../shared/ipc/error-codes';
import type { PdfPrinter } from '../pdf-printer';
import { HEADLESS_CHROMIUM_ARGS } from './headless-chromium-args';

// Debian's Chromium (never a Playwright download): the command line and the tests print with it.
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];
const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  // Request interception alone still lets an <iframe> navigation open a TCP connection before
  // it is aborted (seen in the printer test). With every host resolving to nothing and every
  // request sent to a dead proxy, the print browser cannot reach any server at all (X3).
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];
const PRINT_TIMEOUT_MS = 60_000;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function findChromium(explicit: string | undefined): string {
  const candidates = [explicit, process.env.CHROMIUM_PATH, ...CANDIDATES].filter((c): c is string => !!c);
  const found = candidates.find(isExecutable);
  if (!found) throw new AppError('program-missing', 'Chromium is needed to make PDF files', 'Chromium');
  return found;
}

export interface ChromiumPdfPrinter {
  print: PdfPrinter;
  /** Closes the browser, if one was started; printing again starts a new one. */
  close(): Promise<void>;
}

/**
 * Prints export pages with a headless Chromium started on the first print and reused for
 * every later one. Every network request is refused: a page must carry all it needs (X3).
 * Throws AppError `program-missing` from `print` when no Chromium is installed (tried in
 * order: `executablePath`, `CHROMIUM_PATH`, the usual system paths).
 */
export function createChromiumPdfPrinter(options: { executablePath?: string } = {}): ChromiumPdfPrinter {
  let browser: Promise<Browser> | undefined;

  const launch = (): Promise<Browser> => {
    if (!browser) {
      const started = (async () => chromium.launch({ executablePath: findChromium(options.executablePath), args: CHROMIUM_ARGS, headless: true }))();
      browser = started;
      // A failed start is not kept: the next print tries again (Chromium may have been installed meanwhile).
      started.catch(() => {
        if (browser === started) browser = undefined;
      });
      started.then((b) => b.on('disconnected', () => {
        if (browser === started) browser = undefined;
      }), () => {});
    }
    return browser;
  };

  // One page, reused print after print: a fresh page decodes the embedded fonts again and
  // costs about as much as the printing itself (measured: ~600 ms against ~310 ms for a
  // 12,500-word edition). Prints therefore take turns on it.
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const openPage = (): Promise<Page> => {
    if (!page) {
      const opened = (async () => {
        const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
        const created = await context.newPage();
        created.setDefaultTimeout(PRINT_TIMEOUT_MS);
        await created.route('**/*', (route) => route.abort('blockedbyclient'));
        created.on('close', () => {
          if (page === opened) page = undefined;
        });
        return created;
      })();
      page = opened;
      opened.catch(() => {
        if (page === opened) page = undefined;
      });
    }
    return page;
  };

  const printOnce = async (html: string): Promise<Uint8Array> => {
    const current = await openPage();
    try {
      await current.setContent(html, { waitUntil: 'load' });
      await current.evaluate(() => document.fonts.ready.then(() => undefined));
      return new Uint8Array(await current.pdf({ preferCSSPageSize: true, printBackground: true }));
    } catch (error) {
      // A page left in an unknown state (a timeout, a crash) is not reused.
      if (page && (await page.catch(() => null)) === current) page = undefined;
      await current.context().close().catch(() => {});
      throw error;
    }
  };

  const print: PdfPrinter = (html) => {
    const turn = queue.then(() => printOnce(html));
    queue = turn.catch(() => undefined);
    return turn;
  };

  return {
    print,
    async close() {
      const current = browser;
      browser = undefined;
      page = undefined;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}
