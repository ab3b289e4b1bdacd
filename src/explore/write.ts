/**
 * `strata explore -o DIR`: the explorer as one self-contained page, DIR/index.html — its data and
 * its script inlined, so that it opens from file:// with no server and works offline.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExploreData } from './data.js';

/** The page's script, as `npm run build` bundles it (scripts/build-explorer.mjs). */
export const EXPLORER_SCRIPT = new URL('../explore/page/explorer.js', import.meta.url);

const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside a <script>: no `<` may close it early (`</script>`, `<!--`). */
const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** The page's HTML for `data`, with `script` (the bundled page script's text). */
export function explorerHtml(data: ExploreData, script: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>strata explore — ${html(data.title)}</title>`,
    '</head>',
    '<body>',
    `<script>window.STRATA_EXPLORE = ${scriptJson(data)};</script>`,
    `<script>${script.replace(/<\/script/gi, '<\\/script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Write DIR/index.html (DIR made if missing); the path written. */
export function writeExplorer(dir: string, data: ExploreData, script: URL | string = EXPLORER_SCRIPT): string {
  const code = readFileSync(script, 'utf8');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.html');
  writeFileSync(file, explorerHtml(data, code));
  return file;
}
