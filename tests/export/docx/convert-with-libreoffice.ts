import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts files with one headless LibreOffice start (starting it takes seconds), using a
 * private profile under `workDir` so parallel test runs never share (and lock) a profile.
 * Returns the converted files' paths, in the order given.
 */
export async function convertWithLibreOffice(
  soffice: string,
  files: readonly string[],
  target: string,
  workDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const outDir = path.join(workDir, 'converted');
  fs.mkdirSync(outDir, { recursive: true });
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, ...files], {
    env,
    timeout: 180_000,
  });
  const extension = target.split(':')[0]!;
  return files.map((file) => {
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
    if (!fs.existsSync(converted)) throw new Error(`LibreOffice did not convert ${file} to ${extension}`);
    return converted;
  });
}
