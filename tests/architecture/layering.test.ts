import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rule is what keeps services testable without the Electron binary:
// a stray `import 'electron'` in shared/, renderer/ or electron/services/ would kill
// the test process on machines like CI's.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layering', () => {
  it.each([
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/x.tsx', "import Store from 'electron-store';\nexport const a = Store;\n"],
    ['electron/services/library/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;\n"],
    ['shared/ipc/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n"],
    ['renderer/x.ts', "import { createServices } from '../electron/services/create-services';\nexport const a = createServices;\n"],
    ['electron/services/x.ts', "import { a as b } from '../main/index';\nexport const a = b;\n"],
    ['electron/cli/x.ts', "import { dialog } from 'electron';\nexport const a = dialog;\n"],
  ])('refuses a forbidden import in %s', async (filePath, code) => {
    expect(await ruleIdsFor(code, filePath)).toContain('no-restricted-imports');
  });

  it('allows electron in the shell', async () => {
    const ids = await ruleIdsFor("import { app } from 'electron';\nexport const a = app;\n", 'electron/main/x.ts');
    expect(ids).not.toContain('no-restricted-imports');
  });

  it('the whole project passes lint', async () => {
    const results = await eslint.lintFiles(['.']);
    const problems = results
      .flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  }, 180_000);
});
