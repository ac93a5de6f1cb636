import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// js-yaml and ajv are what electron-builder itself uses to read and validate this file
// (both come with app-builder-lib). js-yaml ships no types, hence the narrow cast.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string, options?: { schema?: unknown }): unknown; CORE_SCHEMA: unknown };

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;

describe('electron-builder.yml (S7)', () => {
  it('turns the security fuses on and the dangerous ones off', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an ASAR (integrity validation needs one)', () => {
    expect(config.asar).toBe(true);
    expect(config).not.toHaveProperty('asarUnpack');
  });

  it('ships only the build output, package.json and the export templates', () => {
    expect(config.files).toEqual(['dist/**', 'package.json', 'assets/export/**']);
    expect(config.appId).toBe('org.triptych.app');
    expect(config.productName).toBe('Triptych');
    expect(config.directories).toMatchObject({ output: 'release' });
  });

  it('targets AppImage and deb, dmg, and nsis', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
  });

  it('registers no OS-wide URL protocol: app:// stays internal', () => {
    expect(config).not.toHaveProperty('protocols');
  });

  it("is valid against app-builder-lib's configuration schema", () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    // Same Ajv options as app-builder-lib's validator, minus coerceTypes: a fuse written
    // as the string "false" should fail here rather than be coerced.
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(structuredClone(config));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });
});
