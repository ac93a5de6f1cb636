// Runs electronegativity through its programmatic runner (the package's main) and writes
// every finding plus every file it failed to parse as JSON. Used instead of the CLI's CSV
// because the CLI writes the CSV header and rows with two racing async writes, and
// reports parse failures only as coloured text, so a file it could not read would
// silently produce no findings.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import runElectronegativity from '@doyensec/electronegativity';

const [input, output, electronVersion] = process.argv.slice(2);
if (!input || !output || !electronVersion) {
  console.error('usage: run-electronegativity.mjs <input dir> <output.json> <electron version>');
  process.exit(2);
}

const result = await runElectronegativity({
  input: path.resolve(input),
  electronVersionOverride: electronVersion,
  // Needs the network (release notes of newer Electron versions); not a source check.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  customScan: [],
  parserPlugins: [],
  isRelative: true,
});

writeFileSync(
  output,
  JSON.stringify({
    checks: result.atomicChecks + result.globalChecks,
    errors: result.errors,
    issues: result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      sample: issue.sample ?? null,
      description: issue.description,
    })),
  }),
);
