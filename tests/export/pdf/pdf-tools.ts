import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

// Poppler's command-line tools, as the PDF tests use them.

const run = promisify(execFile);

export async function pdfText(tool: string, file: string, options: { first?: number; last?: number; layout?: boolean } = {}): Promise<string> {
  const args = ['-enc', 'UTF-8'];
  if (options.layout) args.push('-layout');
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  return (await run(tool, [...args, file, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
}

/** `pdffonts` rows: font name and whether it is embedded. */
export async function pdfFonts(tool: string, file: string): Promise<Array<{ name: string; embedded: boolean }>> {
  const lines = (await run(tool, [file])).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name … emb sub uni object ID: the flags sit five columns from the end.
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
}

/** Every page's size in points, from `pdfinfo -f 1 -l N`. */
export async function pdfPageSizes(tool: string, file: string): Promise<Array<{ width: number; height: number }>> {
  const pages = Number((await run(tool, [file])).stdout.match(/^Pages:\s+(\d+)/m)?.[1]);
  const detail = (await run(tool, ['-f', '1', '-l', String(pages), file])).stdout;
  return [...detail.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/**
 * Text as a reader would copy it: words broken at a line end joined again (the PDF keeps
 * the soft hyphen, and `-layout` adds a visible one), a real hyphen at a line end kept,
 * whitespace collapsed.
 */
export function readerText(text: string): string {
  return text
    .replace(/\u00AD[-\u2010]?[ \t]*\r?\n[ \t]*/g, '')
    .replaceAll('\u00AD', '')
    .replace(/(\p{L})-\r?\n[ \t]*(?=\p{L})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}
