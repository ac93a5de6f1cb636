import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, openTestLibrary } from '../services/library/library-test-harness';
import { runCli } from './run-cli';

async function sampleLibrary(): Promise<{ home: string; library: string; issueId: string }> {
  const home = await makeTempDir();
  const library = path.join(home, 'lib');
  const lib = await openTestLibrary(library, { createSample: true });
  const [summary] = await lib.call('issues:list', {});
  await lib.dispose();
  if (!summary?.readable) throw new Error('no sample issue');
  return { home, library, issueId: summary.id };
}

describe('triptych command line: list, new-issue, check', () => {
  it('prints help for every command and refuses unknown commands and options with exit code 2', async () => {
    const home = await makeTempDir();
    for (const command of ['list', 'new-issue', 'import', 'check', 'export']) {
      const run = await runCli([command, '--help'], home);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: triptych ${command}`));
    }
    expect((await runCli(['--help'], home)).stdout).toContain('Exit codes: 0 ok, 1 the check found errors, 2 bad usage');
    const unknown = await runCli(['publish'], home);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
    const badOption = await runCli(['list', '--colour'], home);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('triptych list:');
    const noLibrary = await runCli(['list', '--library', path.join(home, 'nowhere')], home);
    expect(noLibrary.code).toBe(2);
    expect(noLibrary.stderr).toContain('there is no Triptych library at');
  });

  it('lists the issues and creates the next one', async () => {
    const { home, library } = await sampleLibrary();
    const before = await runCli(['list', '--library', library], home);
    expect(before.code).toBe(0);
    expect(before.stdout.trim().split('\n')).toHaveLength(1);
    expect(before.stdout).toMatch(/^No\. \d+\s.*\s2 articles/);

    const bad = await runCli(['new-issue', '--week', '2026-13-01', '--library', library], home);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a date');

    const created = await runCli(['new-issue', '--week', '2031-06-04', '--library', library], home);
    expect(created.code).toBe(0);
    const newId = created.stdout.trim();
    expect(newId).toMatch(/^2031-06-02-[a-z0-9]{4}$/);
    const json = JSON.parse((await runCli(['list', '--json', '--library', library], home)).stdout) as Array<{ id: string; periodStart: string }>;
    expect(json.map((i) => i.id)).toContain(newId);
    expect(json.find((i) => i.id === newId)?.periodStart).toBe('2031-06-02');
  });

  it('check exits with 1 exactly when it reports errors, and prints them as text or JSON', async () => {
    const { home, library, issueId } = await sampleLibrary();
    const json = await runCli(['check', '--issue', issueId, '--json', '--library', library], home);
    const report = JSON.parse(json.stdout) as { errors: number; warnings: number; findings: Array<{ severity: string; code: string }> };
    expect(report.findings.length).toBe(report.errors + report.warnings);
    expect(report.warnings).toBeGreaterThan(0); // the sample is mid-translation: drafts are not approved
    expect(json.code).toBe(report.errors > 0 ? 1 : 0);

    const text = await runCli(['check', '--issue', issueId, '--library', library], home);
    expect(text.code).toBe(json.code);
    expect(text.stdout).toContain(`${report.errors} error(s), ${report.warnings} warning(s)`);
    expect(text.stdout).toContain('not approved');

    // An issue with an article whose versions are all empty has errors.
    const lib = await openTestLibrary(library);
    await lib.call('article:create', { issueId });
    await lib.dispose();
    const withEmpty = await runCli(['check', '--issue', issueId, '--lang', 'be', '--library', library], home);
    expect(withEmpty.code).toBe(1);
    expect(withEmpty.stdout).toMatch(/^error\s+be\s+a-/m);

    const missing = await runCli(['check', '--issue', 'no-such-issue', '--library', library], home);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('there is no issue no-such-issue');
    const badLang = await runCli(['check', '--issue', issueId, '--lang', 'de', '--library', library], home);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toContain('"de" is not one of en, be, ru');
  });

  it('refuses to work on a library the app has open, and says so', async () => {
    const { home, library } = await sampleLibrary();
    const app = await openTestLibrary(library);
    try {
      const run = await runCli(['list', '--library', library], home);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/open|lock/i);
    } finally {
      await app.dispose();
    }
  });

  it('runs as the `triptych` bin from package.json', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    const result = spawnSync(process.execPath, [pkg.bin.triptych ?? '', 'export', '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: triptych export');
  });
});
