/**
 * What the checker loads at run time: the worker threads' script, user invariant modules (ES
 * modules whose default export is `(state) => string | null`, free to `import … from 'strata'`),
 * and the kit's invariants.
 *
 * Built (dist/, or the CLI bundle in dist/cli/), the worker is dist/check/worker.js and `strata` is
 * dist/index.js, both found relative to this module. Run from the TypeScript sources (the tests),
 * neither exists as JavaScript: each is bundled once with esbuild into a temporary directory.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { invariants } from '../testing/invariants.js';
import type { State } from '../state.js';
import type { Check } from './shard.js';

const built = new Map<string, Promise<string>>();

/**
 * The JavaScript module for `relative` (a path from this directory, without extension): the built
 * file when there is one, else the TypeScript source bundled into a temporary file.
 */
function moduleFile(relative: string): Promise<string> {
  const js = fileURLToPath(new URL(`../check/${relative}.js`, import.meta.url));
  if (existsSync(js)) return Promise.resolve(js);
  let p = built.get(relative);
  if (!p) {
    p = bundle(fileURLToPath(new URL(`../check/${relative}.ts`, import.meta.url)));
    built.set(relative, p);
  }
  return p;
}

async function bundle(entry: string): Promise<string> {
  if (!existsSync(entry)) throw new Error(`strata check: neither a built module nor ${entry} exists (run npm run build)`);
  // esbuild is a development dependency: only a run from the sources comes here (the specifier is a
  // variable so that a bundler building the CLI leaves it out)
  const name = 'esbuild';
  const esbuild = (await import(name)) as typeof import('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'strata-check-')), `${basename(entry, '.ts')}.mjs`);
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['fs-native-extensions'],
    banner: { js: "import { createRequire as __strataRequire } from 'node:module'; const require = __strataRequire(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}

/** The worker threads' script. */
export const workerScript = (): Promise<string> => moduleFile('worker');

/** The library module `import 'strata'` stands for in invariant modules (a worker is told it: it may run from a bundle elsewhere). */
export const libraryFile = (): Promise<string> => moduleFile('../index');

const HOOKS = `
let target;
export function initialize(data) { target = data.target; }
export async function resolve(specifier, context, next) {
  if (specifier === 'strata') return { url: target, shortCircuit: true };
  return next(specifier, context);
}`;

let hooked: Promise<void> | undefined;

/** Make `import 'strata'` resolve to this library, in this thread. */
function resolveStrata(library?: string): Promise<void> {
  hooked ??= (library === undefined ? libraryFile() : Promise.resolve(library)).then((file) => {
    register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { target: pathToFileURL(file).href } });
  });
  return hooked;
}

/** How the checker's own messages start: a fault of its input, told as it is (a worker passes it on whole). */
export const CHECK_FAULT = 'strata check: ';

/**
 * import() of a user's module. The bundled CLI runs as a script (bin/strata.js), where import()
 * finds no loader: bin/strata.js lends its own under this symbol.
 */
function importModule(url: string): Promise<Record<string, unknown>> {
  const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('strata.importModule')];
  return (typeof lent === 'function' ? lent(url) : import(url)) as Promise<Record<string, unknown>>;
}

export type UserInvariant = (state: State) => string | null | undefined;

/** A user invariant module, as a check named after its file. */
export async function loadInvariant(file: string, library?: string): Promise<Check> {
  await resolveStrata(library);
  // (a test runner that rewrites import() resolves `strata` itself: vitest.config.ts aliases it)
  if (!existsSync(file)) throw new Error(`strata check: ${file}: no such file`);
  let mod: Record<string, unknown>;
  try {
    mod = await importModule(pathToFileURL(file).href);
  } catch (e) {
    // a syntax error, or an import it names that cannot be found: the loader's first line
    const why = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
    throw new Error(`strata check: ${file}: cannot load it: ${why}`);
  }
  const f = mod['default'];
  if (typeof f !== 'function') throw new Error(`strata check: ${file}: the default export is not a function (state) => string | null`);
  const name = basename(file);
  return {
    name,
    check: (s) => {
      let r: unknown;
      try {
        r = (f as UserInvariant)(s);
      } catch (e) {
        throw new Error(`strata check: ${name} threw: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (r === null || r === undefined) return [];
      // a boolean would read either way round (is `true` "holds" or "broken"?): refused, not guessed
      if (typeof r !== 'string') throw new Error(`strata check: ${name} returned ${typeof r === 'object' ? 'an object' : String(r)}: an invariant returns a message (a string) when the state breaks it, and null when it holds`);
      return [r];
    },
  };
}

/** The kit's named invariants (src/testing/invariants.ts), each a check. */
export const KIT_CHECKS: readonly Check[] = Object.entries(invariants)
  .filter(([name]) => name !== 'check' && name !== 'everyEvent' && name !== 'log')
  .map(([name, f]) => ({ name, check: f as (s: State) => string[] }));

/** The kit's invariants and the user's modules. */
export async function loadChecks(files: readonly string[], library?: string): Promise<Check[]> {
  return [...KIT_CHECKS, ...(await Promise.all(files.map((f) => loadInvariant(f, library))))];
}
