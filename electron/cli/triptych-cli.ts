import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../shared/ipc/error-codes';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type CliIo } from './cli-io';
import { CHECK_USAGE, checkCommand } from './commands/check-command';
import { EXPORT_USAGE, exportCommand } from './commands/export-command';
import { IMPORT_USAGE, importCommand } from './commands/import-command';
import { LIST_USAGE, listCommand } from './commands/list-command';
import { NEW_ISSUE_USAGE, newIssueCommand } from './commands/new-issue-command';

export const MAIN_USAGE = `Usage: triptych <command> [options]

Works on a Triptych library without the desktop app (the app must not have it open).
Commands:
  list        list the issues in the library
  new-issue   create the next week's issue
  import      import a Word, Markdown or HTML file into an article, or a .triptych archive
  check       check an issue before export (exit code 1 when it finds errors)
  export      export an issue to html, email, pdf, docx, md and archive
Run "triptych <command> --help" for a command's options.
Exit codes: 0 ok, 1 the check found errors, 2 bad usage or bad input.`;

type Options = NonNullable<ParseArgsConfig['options']>;
const common: Options = { library: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

interface CommandSpec {
  usage: string;
  options: Options;
  positionals: number;
  run(io: CliIo, values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>;
}

const COMMANDS: Record<string, CommandSpec> = {
  list: { usage: LIST_USAGE, options: { json: { type: 'boolean' } }, positionals: 0, run: (io, v) => listCommand(io, v as never) },
  'new-issue': { usage: NEW_ISSUE_USAGE, options: { week: { type: 'string' } }, positionals: 0, run: (io, v) => newIssueCommand(io, v as never) },
  import: {
    usage: IMPORT_USAGE,
    options: { issue: { type: 'string' }, article: { type: 'string' }, lang: { type: 'string' }, replace: { type: 'boolean' }, copy: { type: 'boolean' } },
    positionals: 1,
    run: (io, v, p) => importCommand(io, p[0], v as never),
  },
  check: {
    usage: CHECK_USAGE,
    options: { issue: { type: 'string' }, lang: { type: 'string' }, format: { type: 'string' }, json: { type: 'boolean' } },
    positionals: 0,
    run: (io, v) => checkCommand(io, v as never),
  },
  export: {
    usage: EXPORT_USAGE,
    options: { issue: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, force: { type: 'boolean' } },
    positionals: 0,
    run: (io, v) => exportCommand(io, v as never),
  },
};

/** Runs one command line; returns the exit code. Never throws: every failure is a message on stderr. */
export async function runTriptychCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(`${MAIN_USAGE}\n`);
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`triptych: unknown command "${name}"\n\n${MAIN_USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: { ...common, ...command.options }, allowPositionals: true, strict: true });
    if (values.help) {
      io.stdout(`${command.usage}\n`);
      return EXIT_OK;
    }
    if (positionals.length > command.positionals) throw new UsageError(`unexpected argument "${positionals[command.positionals]}"`);
    return await command.run(io, values as Record<string, string | boolean | undefined>, positionals);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`triptych ${name}: ${error.message}\nRun "triptych ${name} --help" for usage.\n`);
      return EXIT_BAD_INPUT;
    }
    if (error instanceof AppError) {
      io.stderr(`triptych ${name}: ${error.message}${error.detail && !error.message.includes(error.detail) ? ` (${error.detail})` : ''}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(`triptych ${name}: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_BAD_INPUT;
  }
}
