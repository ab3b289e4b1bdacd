/**
 * The walls between strata's parts (.dependency-cruiser.cjs, run by `npm test` as `depcruise src`):
 * src/ breaks none, and each rule catches what it forbids. A small tree laid out as src/ is, where
 * every import is one the walls allow, gets one forbidden import at a time, and the lint must report
 * exactly that import under the rule named.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Violation {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
}

/** What the walls' lint reports over `baseDir`/src, as the CLI would run it there. */
async function violations(baseDir: string): Promise<Violation[]> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
  const result = await cruise(['src'], { ...options, baseDir }, undefined, { tsConfig: extractTSConfig(join(baseDir, 'tsconfig.json')) });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a cruise result');
  return result.output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

/** Every import here is one the walls allow: the parts as they stand, reduced to their imports. */
const CLEAN: Readonly<Record<string, string>> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src'] }),
  'src/index.ts': [
    "export { decide } from './decide.js';",
    "export { Strata } from './strata.js';",
    "export { Reader } from './reader.js';",
    "export { psRow } from './view/ps.js';",
    "export { loadBusybox } from './host/busybox.js';",
    "export { readContext } from './build/context-fs.js';",
    "export { dockerCli } from './cli/embedded.js';",
  ].join('\n'),
  'src/testing/index.ts': "export { observe } from './observe.js';\n",
  'src/testing/observe.ts': "import { decide } from '../index.js';\nexport const observe = decide;\n",
  'src/state.ts': 'export interface State { readonly n: number }\n',
  'src/decide.ts': [
    "import { createHash } from 'node:crypto';",
    "import { isContextFault } from './core/context.js';",
    "import { build } from './build/build.js';",
    "import type { State } from './state.js';",
    'export const decide = (s: State): unknown => [createHash, isContextFault, build, s];',
  ].join('\n'),
  'src/evolve.ts': "import type { State } from './state.js';\nexport const evolve = (s: State): State => s;\n",
  'src/core/context.ts': 'export const isContextFault = (e: unknown): boolean => e !== null;\n',
  'src/container/rm.ts': "import { evolve } from '../evolve.js';\nexport const rm = evolve;\n",
  'src/image/load.ts': "import { quote } from '../go/strconv.js';\nexport const load = quote;\n",
  'src/layer/rootfs.ts': "import { createHash } from 'node:crypto';\nexport const makeBaseRootfs = createHash;\n",
  'src/sh/runner.ts': "import { rm } from '../container/rm.js';\nexport const run = rm;\n",
  'src/build/build.ts': "import type { ContextDir } from './context-fs.js';\nexport const build = (d: ContextDir): unknown => d;\n",
  // the build context reader: of build/, the one file that reads the disk
  'src/build/context-fs.ts': "import { readFileSync } from 'node:fs';\nexport type ContextDir = string;\nexport const readContext = readFileSync;\n",
  'src/go/strconv.ts': "import { utf8 } from './utf8.js';\nexport const quote = utf8;\n",
  'src/go/utf8.ts': 'export const utf8 = (s: string): string => s;\n',
  'src/host/busybox.ts': "import { readFileSync } from 'node:fs';\nexport const loadBusybox = (): Uint8Array => readFileSync('/bin/busybox');\n",
  'src/log/errors.ts': "import type { isContextFault } from '../core/context.js';\nexport class StoreError extends Error {}\nexport type F = typeof isContextFault;\n",
  'src/strata.ts': "import { decide } from './decide.js';\nimport { StoreError } from './log/errors.js';\nexport const Strata = [decide, StoreError];\n",
  'src/reader.ts': "import { evolve } from './evolve.js';\nexport const Reader = evolve;\n",
  'src/view/ps.ts': "import type { State } from '../state.js';\nexport const psRow = (s: State): number => s.n;\n",
  'src/check/main.ts': "import { decide } from '../index.js';\nexport const main = decide;\n",
  'src/cli/main.ts': [
    "import type { Strata } from '../index.js';",
    "import { io } from './io.js';",
    'export type S = typeof Strata;',
    "export const writer = (): unknown => import('../strata.js');",
    "export const reader = (): unknown => import('../reader.js');",
    "export const checker = (): unknown => import('../check/main.js');",
    "export const groups = (): unknown => [io, import('./queries.js')];",
  ].join('\n'),
  'src/cli/io.ts': "import { readFileSync } from 'node:fs';\nexport const io = readFileSync;\n",
  'src/cli/queries.ts': "import { psRow } from '../index.js';\nimport { observe } from '../testing/index.js';\nexport const ps = [psRow, observe];\n",
  'src/cli/embedded.ts': "import { ps } from './queries.js';\nexport const dockerCli = ps;\n",
  'src/conformance/driver.ts': [
    "import { main } from '../cli/main.js';",
    "import { decide } from '../index.js';",
    "import { observe } from '../testing/index.js';",
    'export const drive = [main, decide, observe];',
  ].join('\n'),
  'src/conformance/run.ts': "import { drive } from './driver.js';\nexport const run = drive;\n",
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The clean tree with `line` added to `file`, in a directory of its own. */
function tree(file?: string, line?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'strata-walls-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(CLEAN)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), name === file ? `${line}\n${text}` : text);
  }
  if (file !== undefined && !(file in CLEAN)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `${line}\n`);
  }
  return dir;
}

describe('the walls', () => {
  it('src/ breaks none', async () => {
    expect(await violations(ROOT)).toEqual([]);
  });

  it('the tree the rules are tried on breaks none either', async () => {
    expect(await violations(tree())).toEqual([]);
  });

  // [the rule, the file, the forbidden import put back in, what it imports]
  const cases: readonly (readonly [string, string, string, string])[] = [
    // what decide knew of the store before store faults were marked as ContextFaults
    ['domain-no-outer-layers', 'src/decide.ts', "import { StoreError } from './log/errors.js';", 'src/log/errors.ts'],
    ['domain-no-outer-layers', 'src/container/rm.ts', "import type { io } from '../cli/io.js';", 'src/cli/io.ts'],
    ['domain-no-outer-layers', 'src/image/load.ts', "import { run } from '../conformance/run.js';", 'src/conformance/run.ts'],
    // busybox read from the disk in layer/, before host/busybox.ts
    ['domain-no-io', 'src/layer/rootfs.ts', "import { readFileSync } from 'node:fs';", 'fs'],
    ['domain-no-io', 'src/sh/runner.ts', "import { spawn } from 'node:child_process';", 'child_process'],
    ['domain-no-io', 'src/core/context.ts', "import { connect } from 'net';", 'net'],
    ['domain-no-io', 'src/build/build.ts', "import { readFile } from 'node:fs/promises';", 'fs/promises'],
    ['domain-no-io', 'src/evolve.ts', "import { statSync } from 'fs';", 'fs'],
    ['go-is-a-leaf', 'src/go/utf8.ts', "import type { State } from '../state.js';", 'src/state.ts'],
    // the views' rows, before src/index.ts exported them for the CLI
    ['cli-through-the-entries', 'src/cli/queries.ts', "import { psRow } from '../view/ps.js';", 'src/view/ps.ts'],
    ['cli-through-the-entries', 'src/cli/queries.ts', "import type { State } from '../state.js';", 'src/state.ts'],
    ['cli-through-the-entries', 'src/cli/io.ts', "import { observe } from '../testing/observe.js';", 'src/testing/observe.ts'],
    ['cli-defers-writer-reader-checker', 'src/cli/main.ts', "import { Strata } from '../strata.js';", 'src/strata.ts'],
    ['cli-defers-writer-reader-checker', 'src/cli/main.ts', "import type { Reader } from '../reader.js';", 'src/reader.ts'],
    ['cli-defers-only-in-main', 'src/cli/queries.ts', "export const late = (): unknown => import('../reader.js');", 'src/reader.ts'],
    ['conformance-through-the-entries', 'src/conformance/run.ts', "import { observe } from '../testing/observe.js';", 'src/testing/observe.ts'],
    ['conformance-through-the-entries', 'src/conformance/driver.ts', "import { Strata } from '../strata.js';", 'src/strata.ts'],
  ];

  it.each(cases)('%s: %s with %s', async (rule, file, line, to) => {
    expect(await violations(tree(file, line))).toEqual([{ rule, from: file, to }]);
  });

  it('every rule of the configuration is tried above', async () => {
    const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
    const names = (options.ruleSet?.forbidden ?? []).map((r) => r.name);
    expect(new Set(cases.map(([rule]) => rule))).toEqual(new Set(names));
  });
});
