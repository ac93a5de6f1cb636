import { runTriptychCli } from '../../electron/cli/triptych-cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, with HOME pointed at `home` so no real settings are read. */
export async function runCli(args: string[], home: string, cwd = home): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runTriptychCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { HOME: home, XDG_CONFIG_HOME: `${home}/.config`, CHROMIUM_PATH: process.env.CHROMIUM_PATH },
    cwd,
  });
  return { code, stdout, stderr };
}
