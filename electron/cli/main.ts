import { runTriptychCli } from './triptych-cli';

// The `triptych` command (see bin/triptych.mjs): the same services as the app, no Electron.
const code = await runTriptychCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
