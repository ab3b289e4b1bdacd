#!/usr/bin/env node
// The CLI is compiled from src/cli by `npm run build` (run by `npm ci` through `prepare`).
import { main } from '../dist/cli/main.js';
process.exitCode = await main(process.argv.slice(2));
