#!/usr/bin/env node
// The `triptych` command line. It runs the TypeScript sources through tsx, which
// `npm install` puts in node_modules, so the CLI and the app never drift apart.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
