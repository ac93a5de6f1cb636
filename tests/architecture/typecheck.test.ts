import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('the whole project type-checks under strict TypeScript', async () => {
  const run = promisify(execFile);
  let output = '';
  try {
    await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json'], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toBe('');
}, 240_000);
