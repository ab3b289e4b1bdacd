/**
 * The package as a user gets it: `npm pack`, installed in a fresh project (from npm's local cache
 * where it can), then a five-line property suite run with node and a strict `tsc` (skipLibCheck off)
 * of the main entry and the testing kit. The package is packed from this checkout's `dist/`, which
 * must be built from the current sources (`npm run build`; `npm ci` does it in CI).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'strata-consumer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sources newer than what tsc made of them: the packed package would not be this checkout. */
function staleOutputs(): string[] {
  const stale: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        // the explorer page's modules are bundled into one script (scripts/build-explorer.mjs)
        const page = relative(join(ROOT, 'src', 'explore', 'page'), p);
        const out = !page.startsWith('..') ? join(ROOT, 'dist', 'explore', 'page', 'explorer.js') : join(ROOT, 'dist', relative(join(ROOT, 'src'), p)).replace(/\.ts$/, '.js');
        const built = statSync(out, { throwIfNoEntry: false });
        if (!built || built.mtimeMs < statSync(p).mtimeMs) stale.push(relative(ROOT, p));
      }
    }
  };
  walk(join(ROOT, 'src'));
  return stale;
}

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

/** The versions this checkout pins, so the fresh project installs what npm's cache holds. */
const lock = (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> }).packages;
const pinned = (name: string): string => `${name}@${lock[`node_modules/${name}`]?.version ?? 'latest'}`;

describe('the packed package in a fresh project', () => {
  beforeAll(() => {
    const stale = staleOutputs();
    if (stale.length > 0) throw new Error(`dist/ is older than ${stale.slice(0, 3).join(', ')}${stale.length > 3 ? '…' : ''}: run \`npm run build\` first`);
    const tarball = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], ROOT).trim().split('\n').pop()!;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball), pinned('fast-check'), pinned('typescript'), pinned('@types/node')], dir);
  }, 300_000);

  it('runs the five-line suite: the invariants hold over 60 scenarios, several hundred commands accepted', () => {
    writeFileSync(
      join(dir, 'suite.mjs'),
      [
        "import fc from 'fast-check';",
        "import { scenario, runModel, invariants } from 'strata/testing';",
        'let accepted = 0;',
        'fc.assert(fc.property(scenario({ containers: 3, images: 2, maxCommands: 25 }), (s) => { const r = runModel(s); accepted += r.accepted; return invariants.check(r.state).length === 0; }), { numRuns: 60, seed: 20261204 });',
        'console.log(JSON.stringify({ accepted }));',
      ].join('\n'),
    );
    const out = JSON.parse(execFileSync('node', ['suite.mjs'], { cwd: dir, encoding: 'utf8' })) as { accepted: number };
    expect(out.accepted).toBeGreaterThan(300);
  });

  it('reports a false property with a script that reaches it', () => {
    writeFileSync(
      join(dir, 'false.mjs'),
      [
        "import fc from 'fast-check';",
        "import { Strata, table } from 'strata';",
        "import { scenario, runModel, toDockerScript } from 'strata/testing';",
        'const paused = (s) => [...table.values(runModel(s).state.containers)].some((c) => c.state.paused);',
        'const r = fc.check(fc.property(scenario({ containers: 3, images: 2, maxCommands: 25 }), (s) => !paused(s)), { numRuns: 200, seed: 20261204 });',
        "console.log(JSON.stringify({ failed: r.failed, script: r.failed ? toDockerScript(r.counterexample[0]) : '', strata: typeof Strata }));",
      ].join('\n'),
    );
    const out = JSON.parse(execFileSync('node', ['false.mjs'], { cwd: dir, encoding: 'utf8' })) as { failed: boolean; script: string; strata: string };
    expect(out.failed).toBe(true);
    expect(out.script).toMatch(/^docker pause /m);
    expect(out.strata).toBe('function');
  });

  it('type-checks strictly, skipLibCheck off, for the main entry and the kit', () => {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      // (not exactOptionalPropertyTypes: xstate 5's own declarations do not compile under it with
      // skipLibCheck off, and the main entry exports the lifecycle machine, an xstate machine)
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'], noUncheckedIndexedAccess: true }, files: ['check.ts'] }),
    );
    writeFileSync(
      join(dir, 'check.ts'),
      [
        "import fc from 'fast-check';",
        "import { Strata, listContainers, statusOf, type State } from 'strata';",
        "import { scenario, runModel, invariants, toDockerScript, modelCommands, modelSetup, coverageLabels, type Scenario, type Adapter } from 'strata/testing';",
        'const s: fc.Arbitrary<Scenario> = scenario({ containers: 3, images: 2, maxCommands: 25, verbs: ["run", "pause"] });',
        'fc.assert(fc.property(s, (x) => invariants.check(runModel(x).state).length === 0 && toDockerScript(x).length > 0 && coverageLabels(runModel(x)).length >= 0));',
        'const state: State = Strata.inMemory().state;',
        'const listed = listContainers(state, { all: true, filters: [] });',
        "const statuses: string[] = 'code' in listed ? [] : listed.map((c) => statusOf(c.state));",
        'const adapter: Adapter = { run: async () => ({ stdout: "", stderr: "", exitCode: 0 }) };',
        'void fc.assert(fc.asyncProperty(modelCommands({ maxCommands: 5 }), (cmds) => fc.asyncModelRun(modelSetup(adapter), cmds)), { numRuns: 1 });',
        'console.log(statuses);',
      ].join('\n'),
    );
    execFileSync(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  });

  it("type-checks the README's TypeScript examples as written, and runs the library's", () => {
    // each section's ```ts blocks, one file per section (a later block goes on from an earlier one)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const files: string[] = [];
    for (const section of readme.split(/^## /m)) {
      const blocks = [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
      if (blocks.length === 0) continue;
      const file = `readme-${files.length}.ts`;
      writeFileSync(join(dir, file), blocks.join('\n'));
      files.push(file);
    }
    expect(files.length).toBeGreaterThanOrEqual(2);
    writeFileSync(
      join(dir, 'tsconfig.readme.json'),
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'], noUncheckedIndexedAccess: true, outDir: 'readme' }, files }),
    );
    const tsc = spawnSync(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.readme.json'], { cwd: dir, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    // the library's example (the first), with what its comments say it holds printed
    const library = readFileSync(join(dir, 'readme', 'readme-0.js'), 'utf8');
    expect(library).toContain('Strata.inMemory(');
    writeFileSync(join(dir, 'readme', 'library.mjs'), `${library}\nconsole.log(JSON.stringify({ output: d.reply.output, events: d.events.map((e) => e.event.type) }));\n`);
    const out = JSON.parse(execFileSync('node', [join('readme', 'library.mjs')], { cwd: dir, encoding: 'utf8' })) as { output: unknown; events: string[] };
    expect(out.output).toEqual([{ stream: 'stdout', text: 'hi\n' }]);
    expect(out.events.filter((t) => ['ContainerCreated', 'ContainerStarted', 'ContainerOutput', 'ContainerDied'].includes(t))).toEqual(['ContainerCreated', 'ContainerStarted', 'ContainerOutput', 'ContainerDied']);
  });
});
