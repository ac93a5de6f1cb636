import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { requireProgram } from '../../support/browser-app';
import { exportWeb } from './web-export-fixture';

// The W3C checker (vnu) over every page and fragment of a three-language export. A fragment
// is checked where it will live: inside a minimal page of a site in its language, under the
// site's own h1.

const VNU_JAR = fileURLToPath(new URL('../../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function hostPage(lang: string, fragment: string): string {
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>Site</title>\n</head>\n<body>\n<h1>Site</h1>\n<main>\n${fragment}\n</main>\n</body>\n</html>\n`;
}

describe('the web export is valid HTML', () => {
  it('has no errors and no warnings in the W3C checker, in any language', async (ctx) => {
    const java = requireProgram('Java', ['java']);
    if (!java) return ctx.skip();
    const run = await exportWeb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-vnu-'));
    tempDirs.push(dir);
    const checked: string[] = [];
    for (const [filePath, html] of run.files) {
      const target = path.join(dir, ...filePath.split('/'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      const lang = filePath.match(/fragments\/(\w+)\//)?.[1];
      fs.writeFileSync(target, lang ? hostPage(lang, html) : html);
      checked.push(target);
    }
    expect(checked.filter((f) => f.includes('/fragments/'))).toHaveLength(9);
    expect(checked.filter((f) => !f.includes('/fragments/'))).toHaveLength(3);

    // vnu exits non-zero when it finds errors; its JSON on stdout is the verdict either way.
    const { stdout } = await promisify(execFile)(java, ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...checked], { maxBuffer: 32 * 1024 * 1024 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
    const problems = messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .map((m) => `${m.type}${m.subType ? `/${m.subType}` : ''} ${path.relative(dir, fileURLToPath(m.url ?? 'file:///'))}: ${m.message} [${m.extract ?? ''}]`);
    expect(problems).toEqual([]);
  });
});
