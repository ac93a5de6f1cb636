import { execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// S8: electronegativity over the main-process sources. A HIGH or MEDIUM finding passes
// only with a written reason at the flagged line:
//   // electronegativity-justified: <reason>
// on the line itself or in the comment block right above it. Findings without a source
// line (global checks) need the check id in the marker, anywhere under electron/:
//   // electronegativity-justified(CHECK_ID): <reason>

interface Finding {
  id: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string | null;
  description: string;
}

interface Report {
  checks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}

const SOURCE_DIR = 'electron';
const CANARY_DIR = '__electronegativity_canary__';
const MARKER = /electronegativity-justified(?:\(([A-Z0-9_,\s]+)\))?:\s*(\S.{9,})/;

// A file that must produce findings: proves the scan parsed TypeScript and ran its checks,
// so an empty report can never mean "the tool silently did nothing".
const CANARY_SOURCE = `import { BrowserWindow } from 'electron';
export const insecure = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
`;

function markerIds(line: string): string[] | 'any' | null {
  const match = MARKER.exec(line);
  if (!match) return null;
  return match[1] ? match[1].split(',').map((id) => id.trim()) : 'any';
}

function isCommentLine(line: string): boolean {
  return /^\s*(\/\/|\/\*|\*)/.test(line);
}

function coversId(ids: string[] | 'any' | null, id: string): boolean {
  return ids === 'any' || (Array.isArray(ids) && ids.includes(id));
}

/** The justification for a finding at `line` (1-based) of `lines`, or null. */
function justificationAt(lines: readonly string[], line: number, id: string): string | null {
  const flagged = lines[line - 1];
  if (flagged === undefined) return null;
  if (coversId(markerIds(flagged), id)) return flagged.trim();
  const block: string[] = [];
  for (let i = line - 2; i >= 0 && isCommentLine(lines[i] ?? ''); i--) block.unshift(lines[i] ?? '');
  for (let i = 0; i < block.length; i++) {
    // A marker's reason may continue on the following comment lines.
    if (coversId(markerIds(block[i] ?? ''), id)) return block.slice(i).map((l) => l.replace(/^\s*(\/\/|\/?\*+\/?)\s?/, '').trim()).join(' ');
  }
  return null;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(c|m)?(t|j)sx?$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe('electronegativity over electron/ (S8)', () => {
  let workDir: string;
  let report: Report;
  let files: Map<string, string[]>;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'triptych-electronegativity-'));
    const scanned = path.join(workDir, 'electron');
    await cp(SOURCE_DIR, scanned, { recursive: true });
    await mkdir(path.join(scanned, CANARY_DIR));
    await writeFile(path.join(scanned, CANARY_DIR, 'canary.ts'), CANARY_SOURCE);

    const electronVersion = (JSON.parse(await readFile('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
    const output = path.join(workDir, 'report.json');
    await promisify(execFile)(process.execPath, ['tests/electron/support/run-electronegativity.mjs', scanned, output, electronVersion], {
      timeout: 120_000,
    });
    report = JSON.parse(await readFile(output, 'utf8')) as Report;

    files = new Map();
    for (const file of await sourceFiles(SOURCE_DIR)) {
      files.set(path.relative(SOURCE_DIR, file).split(path.sep).join('/'), (await readFile(file, 'utf8')).split(/\r?\n/));
    }
  }, 120_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('parsed every source file and found the canary', () => {
    expect(report.checks).toBeGreaterThan(30);
    expect(report.errors.filter((e) => !e.tolerable), JSON.stringify(report.errors, null, 2)).toEqual([]);
    const canary = report.issues.filter((issue) => issue.file.startsWith(CANARY_DIR));
    expect(canary.map((issue) => issue.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('has no HIGH or MEDIUM finding without a written justification', () => {
    const findings = report.issues.filter((issue) => !issue.file.startsWith(CANARY_DIR));
    const rows = findings.map((finding) => {
      let justification: string | null = null;
      if (finding.file === 'N/A' || finding.line === 0) {
        for (const [file, lines] of files) {
          for (const line of lines) {
            if (Array.isArray(markerIds(line)) && coversId(markerIds(line), finding.id)) justification = `${file}: ${line.trim()}`;
          }
        }
      } else {
        const lines = files.get(finding.file);
        justification = lines ? justificationAt(lines, finding.line, finding.id) : null;
      }
      const blocking = (finding.severity === 'HIGH' || finding.severity === 'MEDIUM') && justification === null;
      return { finding, justification, blocking };
    });

    console.log(
      `electronegativity: ${findings.length} finding(s) in electron/\n` +
        rows
          .map(
            ({ finding, justification, blocking }) =>
              `  ${blocking ? 'UNJUSTIFIED' : 'ok'} ${finding.severity}/${finding.confidence} ${finding.id} at ${finding.file}:${finding.line}` +
              (finding.sample ? `\n      ${finding.sample}` : '') +
              `\n      ${justification ?? finding.description}`,
          )
          .join('\n'),
    );

    const unjustified = rows.filter((row) => row.blocking).map(({ finding }) => `${finding.severity} ${finding.id} at electron/${finding.file}:${finding.line} — ${finding.description}`);
    expect(unjustified, 'add `// electronegativity-justified: <reason>` above the line, or fix it').toEqual([]);
  });

  it('uses no eng-disable comments: findings are justified in the open, not hidden from the report', () => {
    const hidden = [...files].flatMap(([file, lines]) => lines.flatMap((line, i) => (/eng-disable/.test(line) ? [`${file}:${i + 1}`] : [])));
    expect(hidden).toEqual([]);
  });
});

describe('the justification marker', () => {
  const lines = [
    'const a = 1;',
    '// electronegativity-justified: the url was checked by toSafeExternalUrl above',
    '// and this continues the reason.',
    'shell.openExternal(url);',
    'shell.openExternal(other); // electronegativity-justified: a constant https URL of our help page',
    '// electronegativity-justified: too short',
    'shell.openExternal(x);',
    '// electronegativity-justified(SANDBOX_JS_CHECK): sandbox is set by createWindowOptions',
    'new BrowserWindow(options);',
    '// electronegativity-justified: a reason far away from the line',
    '',
    'shell.openExternal(y);',
  ];

  it('accepts a reason in the comment block above or on the same line', () => {
    expect(justificationAt(lines, 4, 'OPEN_EXTERNAL_JS_CHECK')).toContain('toSafeExternalUrl');
    expect(justificationAt(lines, 5, 'OPEN_EXTERNAL_JS_CHECK')).toContain('constant https URL');
  });

  it('rejects a too-short reason, a marker for another check, or one separated by code or blank lines', () => {
    expect(justificationAt(lines, 7, 'OPEN_EXTERNAL_JS_CHECK')).toBeNull();
    expect(justificationAt(lines, 9, 'SANDBOX_JS_CHECK')).not.toBeNull();
    expect(justificationAt(lines, 9, 'CONTEXT_ISOLATION_JS_CHECK')).toBeNull();
    expect(justificationAt(lines, 12, 'OPEN_EXTERNAL_JS_CHECK')).toBeNull();
    expect(justificationAt(lines, 1, 'X')).toBeNull();
  });
});
