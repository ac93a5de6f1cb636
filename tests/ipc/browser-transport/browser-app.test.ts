import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { createConfSettingsStore } from '../../../electron/services/settings/conf-settings-store';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import { TOKEN_HEADER } from '../../../scripts/browser-transport/start-browser-server';
import { requireProgram, startTestApp } from '../../support/browser-app';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tinyBundle(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-bundle-'));
  cleanup.push(dir);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>tiny</title>');
  return dir;
}

describe('startTestApp', () => {
  it('serves the bundle and the real services, then releases the library and its temp folders', async () => {
    const app = await startTestApp({ bundleDir: tinyBundle() });
    const token = new URL(app.url).hash.replace('#token=', '');
    expect((await fetch(`${app.origin}/`)).status).toBe(200);

    const response = await fetch(`${app.origin}/ipc/issues%3Alist`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: '{}',
    });
    const listed = (await response.json()) as { ok: boolean; data: unknown[] };
    expect(listed.ok).toBe(true);
    expect(listed.data.length).toBeGreaterThan(0);
    // The Node-side client sees the same library.
    expect(await app.ipc.call('issues:list', {})).toEqual(listed.data);
    expect(app.unexpectedErrors).toEqual([]);

    await app.close();
    await app.close();
    expect(fs.existsSync(app.libraryDir)).toBe(false);
  });

  it('opens a given library without creating the sample, and leaves it in place', async () => {
    const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-given-library-'));
    cleanup.push(libraryDir);
    const app = await startTestApp({ libraryDir, createSample: false, bundleDir: tinyBundle() });
    expect(await app.ipc.call('issues:list', {})).toEqual([]);
    await app.close();
    expect(fs.existsSync(libraryDir)).toBe(true);
    // The lock is released: the library opens again.
    const settings = createSettingsService(createConfSettingsStore(path.join(libraryDir, '..', path.basename(libraryDir) + '-settings')));
    cleanup.push(path.join(libraryDir, '..', path.basename(libraryDir) + '-settings'));
    const again = await createServices({ libraryDir, settings });
    await again.dispose();
  });

  it('refuses to start without a built bundle, and says why', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-empty-bundle-'));
    cleanup.push(empty);
    await expect(startTestApp({ bundleDir: empty })).rejects.toThrow(/no index\.html/);
  });
});

describe('requireProgram', () => {
  const originalCi = process.env.CI;
  afterEach(() => {
    if (originalCi === undefined) delete process.env.CI;
    else process.env.CI = originalCi;
  });

  it('finds a program by absolute path or on PATH', () => {
    expect(requireProgram('sh', ['/nonexistent/sh', 'sh'])).toMatch(/\/sh$/);
  });

  it('returns null with a printed reason outside CI, and throws in CI', () => {
    delete process.env.CI;
    expect(requireProgram('Imaginary', ['/nonexistent/imaginary'])).toBeNull();
    process.env.CI = 'true';
    expect(() => requireProgram('Imaginary', ['/nonexistent/imaginary'])).toThrow(/Imaginary not found.*CI must provide it/);
  });
});
