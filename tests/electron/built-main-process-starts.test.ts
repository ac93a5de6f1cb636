import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Electron binary cannot run here, so the built main bundle is started in plain Node
// with a recording stand-in for the `electron` module. This catches what unit tests of the
// pure pieces cannot: a bundle that fails to load, wiring that never registers the IPC
// handlers, a first run that does not create the library, a protocol that serves nothing.

interface Report {
  windows: { options: { webPreferences: Record<string, unknown> }; url?: string }[];
  ipcChannels: string[];
  menu: boolean;
  calls: Record<string, unknown>;
  errors: string[];
  libraryInfo: { ok: boolean; data: { path: string; createdSample: boolean } };
  issues: { ok: boolean; data: { readable: boolean; number: number }[] };
  created: { ok: boolean; data: { number: number } };
  strangerRefused?: string;
  strangerAnswered?: boolean;
  index: { status: number; csp: string | null; body: string };
  traversalStatus: number;
  settingsUpdate: { ok: boolean };
  chooseFolder: unknown;
  unsavedDialog?: { title: string; buttons: string[] };
  unloadAllowed?: boolean;
}

const work = mkdtempSync(path.join(tmpdir(), 'triptych-main-'));
const bundleDir = path.join(work, 'dist');

beforeAll(async () => {
  await build({ configFile: path.resolve('vite.electron.config.ts'), mode: 'main', logLevel: 'silent', build: { outDir: bundleDir, emptyOutDir: true, sourcemap: false } });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built main process', () => {
  it('starts, creates the library with the sample issue, wires IPC and serves the UI', async () => {
    expect(existsSync('dist/renderer/index.html')).toBe(true); // built by the test global setup
    const electronRoot = path.join(work, 'electron-paths');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--require', path.resolve('tests/support/fake-electron.cjs'), path.join(bundleDir, 'main.cjs')],
      // The bundle sits outside the repository here; its run-time dependencies (jsdom, mjml…,
      // see vite.electron.config.ts) come from the repository's node_modules, as a packaged
      // app's come from its own.
      { env: { ...process.env, FAKE_ELECTRON_ROOT: electronRoot, NODE_PATH: path.resolve('node_modules') }, timeout: 30_000 },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('FAKE-ELECTRON-REPORT '));
    expect(line, stdout).toBeDefined();
    const report = JSON.parse(line!.slice('FAKE-ELECTRON-REPORT '.length)) as Report;

    expect(report.errors).toEqual([]);
    expect(report.calls.enableSandbox).toBe(true);
    expect(report.calls.protocolHandled).toBe('app');
    expect(report.menu).toBe(true);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]!.url).toBe('app://triptych/index.html');
    expect(report.windows[0]!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(report.ipcChannels).toContain('article:save');
    expect(report.ipcChannels).toContain('export:run');

    // First run: the default library in Documents, with the sample issue in it.
    const libraryDir = path.join(electronRoot, 'documents', 'Triptych Library');
    expect(report.libraryInfo).toMatchObject({ ok: true, data: { path: libraryDir, createdSample: true } });
    expect(report.issues.ok && report.issues.data.map((i) => i.readable)).toEqual([true]);
    expect(report.created).toMatchObject({ ok: true, data: { number: 2 } });
    expect(readdirSync(path.join(libraryDir, 'issues'))).toHaveLength(2);
    expect(report.strangerAnswered).toBeUndefined();
    expect(report.strangerRefused).toMatch(/untrusted sender/);

    expect(report.index.status).toBe(200);
    expect(report.index.csp).toContain("script-src 'self'");
    expect(report.index.body).toContain('<!doctype html>');
    expect(report.traversalStatus).toBe(404);
    expect(report.libraryInfo.data).toMatchObject({ canChangeFolder: true });
    expect(report.chooseFolder).toEqual({ ok: true, data: { path: null, restartRequired: false } });
    // A window that refuses to close (a save pending) asks, in the interface language.
    expect(report.settingsUpdate.ok).toBe(true);
    expect(report.unsavedDialog).toMatchObject({ title: 'Незахаваныя змены', buttons: ['Працягнуць працу', 'Усё роўна закрыць'] });
    expect(report.unloadAllowed).toBe(true);
    // will-quit released the library lock.
    expect(existsSync(path.join(libraryDir, '.triptych.lock'))).toBe(false);
  }, 60_000);
});
