/**
 * strata/testing's oracle for someone else's system (modelCommands + modelSetup under
 * fc.asyncModelRun), driven as its README shows, with the `strata` CLI in its own process and store
 * as "your system": the lines agree with the model in memory; a system with one rule wrong is caught,
 * and the report names the line, both answers and the lines before it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type Adapter, clearRuns, modelCommands, modelSetup } from '../../src/testing/index.js';

const BIN = fileURLToPath(new URL('../../bin/strata.js', import.meta.url));
const SEED = 20261205;
const homes: string[] = [];
afterAll(() => {
  for (const h of homes) rmSync(h, { recursive: true, force: true });
});

/** The strata CLI as a docker, over a store of its own; `rewrite` changes a line before it runs. */
function cliAdapter(rewrite: (argv: string[]) => string[] = (a) => a): Adapter & { readonly lines: string[][] } {
  const home = mkdtempSync(join(tmpdir(), 'strata-oracle-'));
  homes.push(home);
  const lines: string[][] = [];
  return {
    lines,
    run: (argv) => {
      lines.push(argv);
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...rewrite(argv)], { env: { ...process.env, STRATA_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ stdout, stderr, exitCode: code ?? 1 }));
      });
    },
  };
}

describe('modelCommands and modelSetup against a system run as a process', () => {
  it('the strata CLI, as your system, answers every line as the model does', async () => {
    const adapter = cliAdapter();
    await fc.assert(
      fc.asyncProperty(modelCommands({ maxCommands: 12 }), (cmds) => fc.asyncModelRun(modelSetup(adapter, { containers: 3, prefix: 'mine-' }), cmds)),
      { numRuns: 6, seed: SEED },
    );
    const verbs = new Set(adapter.lines.map((a) => a[0]));
    // each run imported its own base, under its own prefix
    expect(adapter.lines.filter((a) => a[0] === 'import').map((a) => a[2])).toEqual([0, 1, 2, 3, 4, 5].map((i) => `mine-${i}-base:1`));
    expect(verbs.size, [...verbs].join(' ')).toBeGreaterThan(6);

    // what the runs left, removed: the store held nothing else
    const listed = async (): Promise<string[]> => [(await adapter.run(['ps', '-a', '-q'])).stdout, (await adapter.run(['images', '-a', '-q'])).stdout];
    expect((await listed()).join('')).not.toBe('');
    await clearRuns(adapter, { prefix: 'mine-' });
    expect(await listed()).toEqual(['', '']);
    // cleared runs are not numbered again
    await fc.assert(fc.asyncProperty(modelCommands({ maxCommands: 3 }), (cmds) => fc.asyncModelRun(modelSetup(adapter, { prefix: 'mine-' }), cmds)), { numRuns: 1, seed: SEED });
    expect(adapter.lines.filter((a) => a[0] === 'import').at(-1)?.[2]).toBe('mine-6-base:1');
    await clearRuns(adapter, { prefix: 'mine-' });
    expect(await listed()).toEqual(['', '']);
  }, 300_000);

  it('a system whose rm always forces is caught, with both answers and the lines before', async () => {
    // the mistake: `rm` as though -f were given (docker refuses a running container, and a missing one
    // fails with 1, where -f says so and exits 0)
    const adapter = cliAdapter((argv) => (argv[0] === 'rm' && !argv.includes('-f') ? ['rm', '-f', ...argv.slice(1)] : argv));
    const r = await fc.check(
      fc.asyncProperty(modelCommands({ maxCommands: 12, verbs: ['run', 'rm', 'ps'] }), (cmds) => fc.asyncModelRun(modelSetup(adapter, { containers: 3, prefix: 'bad-' }), cmds)),
      { numRuns: 30, seed: SEED, endOnFailure: true },
    );
    expect(r.failed).toBe(true);
    const message = String(r.errorInstance);
    expect(message).toMatch(/^Error: docker rm \S+\nanswered differently \(- strata, \+ your system\):\n/);
    // the model refuses (-), the system does not (+)
    expect(message).toMatch(/^- +"exitCode": 1$/m);
    expect(message).toMatch(/^\+ +"exitCode": 0$/m);
    expect(message).toMatch(/\n\nthe lines so far:\n(docker .*\n)*docker rm \S+$/);
  }, 300_000);
});
