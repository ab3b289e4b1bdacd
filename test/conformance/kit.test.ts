/**
 * strata/testing's promise: a generated scenario's docker lines, run on the real engine, print what
 * runModel says, line for line, once ids and times are masked (the conformance harness's Masker).
 * Fifty scenarios, each with its own prefix on the shared test engine; and one toDockerScript script
 * run whole by bash.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { sha256 } from '../../src/index.js';
import { Masker, baseTar, observe, runModel, scenario, toDockerScript, type Scenario } from '../../src/testing/index.js';
import { DOCKER_CLIENT, cleanup, describeEngine, docker, engineSocket } from '../support/engine.js';

const RUNS = 50;
const SEED = 20261204;
const dir = mkdtempSync(join(tmpdir(), 'strata-kit-'));

/** The scenario's base rootfs, as the file its script imports. */
function baseFile(prefix: string): string {
  const file = join(dir, `${prefix}base.tar`);
  writeFileSync(file, baseTar(prefix));
  return file;
}

/** Everything a prefixed scenario left: its named containers and tags, then its untagged commits (they carry its label). */
async function clear(prefix: string): Promise<void> {
  await cleanup(prefix);
  await docker(['image', 'prune', '-a', '-f', '--filter', `label=strata.scenario=${prefix}`]);
}

/** The i-th sample: its own prefix, so that its names, tags and prunes touch nothing else. */
const sample = (i: number, maxCommands: number): Scenario =>
  fc.sample(scenario({ containers: 3, images: 2, maxCommands, prefix: `kt${i}-` }), { numRuns: 1, seed: SEED + i })[0]!;

const maskers = (prefix: string): [Masker, Masker] => {
  const pair: [Masker, Masker] = [new Masker(), new Masker()];
  for (const m of pair) m.literal.add(sha256(baseTar(prefix)).slice(7));
  return pair;
};

describeEngine('strata/testing scenarios on the engine', () => {
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    for (let i = 0; i <= RUNS; i++) await clear(`kt${i}-`);
  });

  it(`${RUNS} generated scenarios print on the engine what runModel says`, async () => {
    let commands = 0;
    for (let i = 0; i < RUNS; i++) {
      const s = sample(i, 20);
      const model = runModel(s);
      const [em, mm] = maskers(`kt${i}-`);
      await clear(`kt${i}-`); // what an earlier run on this engine may have left
      try {
        const imported = await docker(['import', baseFile(`kt${i}-`), `kt${i}-base:1`]);
        expect(imported.exitCode, imported.stderr).toBe(0);
        for (const [n, step] of model.steps.entries()) {
          const e = await docker([...step.command.argv]);
          const engine = observe(em, e, step.command.unordered);
          const strata = observe(mm, step, step.command.unordered);
          expect(strata, `scenario ${i}, line ${n + 1}: ${step.line}\n\n${toDockerScript(s)}`).toEqual(engine);
          commands++;
        }
      } finally {
        await clear(`kt${i}-`);
      }
    }
    console.log(`strata/testing on the engine: ${RUNS} scenarios, ${commands} commands, all alike`);
    expect(commands).toBeGreaterThan(RUNS * 5);
  }, 30 * 60_000);

  it('a toDockerScript script, run whole by bash, prints what runModel printed', async () => {
    const i = RUNS; // a prefix of its own
    const s = sample(i, 15);
    const model = runModel(s);
    await clear(`kt${i}-`);
    // the script says `docker`: the Debian 20.10 client, whatever else is on PATH
    const bin = join(dir, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    symlinkSync(DOCKER_CLIENT, join(bin, 'docker'));
    try {
      const r = spawnSync('bash', ['-c', toDockerScript(s)], {
        encoding: 'utf8',
        env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, BASE_TAR: baseFile(`kt${i}-`), DOCKER_HOST: `unix://${engineSocket()!}`, DOCKER_BUILDKIT: '0' },
      });
      const [em, mm] = maskers(`kt${i}-`);
      // stdout as one stream, after the import's own id line: every command's output in order, ids
      // numbered by first appearance on each side; sorted, for the lines a command prints in an
      // order the engine does not define (the line-by-line check above compares those per command)
      const lines = (text: string): string[] => text.split('\n').filter(Boolean).sort();
      const engine = lines(em.mask(r.stdout.slice(r.stdout.indexOf('\n') + 1)));
      const strata = lines(mm.mask(model.steps.map((x) => x.stdout).join('')));
      expect(strata).toEqual(engine);
      expect(r.status).toBe(model.steps.at(-1)?.exitCode ?? 0);
    } finally {
      await clear(`kt${i}-`);
    }
  }, 10 * 60_000);
});
