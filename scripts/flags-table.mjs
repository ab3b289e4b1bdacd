#!/usr/bin/env node
/** `npm run flags-table` (after `npm run build`): the README's table of docker's flags, drawn again from src/cli/flags.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withFlagsTable } from '../dist/cli/flags.js';

const readme = fileURLToPath(new URL('../README.md', import.meta.url));
const drawn = withFlagsTable(readFileSync(readme, 'utf8'));
if (drawn === undefined) throw new Error('README.md has no flags-table markers');
writeFileSync(readme, drawn);
console.log('README.md: the table of flags drawn again');
