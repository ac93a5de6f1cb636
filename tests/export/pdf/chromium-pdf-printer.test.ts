import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter, type ChromiumPdfPrinter } from '../../../electron/services/export/pdf/chromium-pdf-printer';
import { requireProgram } from '../../support/browser-app';

// The printer the command line uses: whatever a page asks to load stays unloaded (X3), and
// one browser serves many prints, surviving a close.

const printers: ChromiumPdfPrinter[] = [];
afterAll(async () => {
  for (const printer of printers) await printer.close();
});

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('Chromium PDF printer', () => {
  it('loads nothing a page asks for: no images, stylesheets, fonts or frames from a server', async (ctx) => {
    const chromium = requireProgram('Chromium', [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']);
    if (!chromium) return ctx.skip();
    const hits: string[] = [];
    let connections = 0;
    const server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('');
    });
    // Not even a connection: a preconnect would tell a server the document was opened.
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const printer = createChromiumPdfPrinter({ executablePath: chromium });
      printers.push(printer);
      const html = `<!doctype html><html><head><meta charset="utf-8">
        <link rel="stylesheet" href="${base}/sheet.css">
        <style>@import url("${base}/import.css"); @font-face { font-family: X; src: url("${base}/font.woff2"); } body { font-family: X; background: url("${base}/bg.png"); }</style>
        </head><body><p>Text</p><img src="${base}/image.png" alt=""><iframe src="${base}/frame.html"></iframe>
        <script src="${base}/script.js"></script><script>fetch("${base}/fetch")</script></body></html>`;
      const pdf = await printer.print(html);
      expect(isPdf(pdf)).toBe(true);
      expect(hits).toEqual([]);
      expect(connections).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reuses one browser across prints and starts a new one after close', async (ctx) => {
    const chromium = requireProgram('Chromium', [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']);
    if (!chromium) return ctx.skip();
    const printer = createChromiumPdfPrinter({ executablePath: chromium });
    printers.push(printer);
    const page = (text: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${text}</p></body></html>`;
    const both = await Promise.all([printer.print(page('one')), printer.print(page('two'))]);
    expect(both.every(isPdf)).toBe(true);
    await printer.close();
    expect(isPdf(await printer.print(page('three')))).toBe(true);
  });
});
