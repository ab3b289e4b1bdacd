#!/usr/bin/env node
/** `npm run pictures` (after `npm run build`): the README's pictures, drawn again into docs/pictures/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pictures } from '../dist/tour/pictures.js';

const dir = fileURLToPath(new URL('../docs/pictures/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const { file, svg } of await pictures()) {
  writeFileSync(join(dir, file), svg);
  console.log(`docs/pictures/${file}`);
}
