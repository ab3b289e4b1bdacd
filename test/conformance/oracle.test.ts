/**
 * strata/testing's oracle pointed at the real engine, as its README shows a user doing it:
 * modelCommands + modelSetup under fc.asyncModelRun, with an adapter that runs the docker client,
 * and clearRuns after it. Every line the engine answers agrees with the model once ids and times are
 * masked, and nothing of the runs is left on the engine.
 */
import fc from 'fast-check';
import { afterAll, expect, it } from 'vitest';
import { type Adapter, clearRuns, modelCommands, modelSetup } from '../../src/testing/index.js';
import { cleanup, describeEngine, docker } from '../support/engine.js';

const SEED = 20261205;
const RUNS = 10;
/** each run's names and tags start with `eo-<run>-` */
const PREFIX = 'eo-';

describeEngine('modelCommands and modelSetup on the engine', () => {
  const lines: string[][] = [];
  /** the ids the engine gave the bases (a run may untag its own, out of any prefix's reach) */
  const bases: string[] = [];
  const adapter: Adapter = {
    run: async (argv) => {
      lines.push(argv);
      const r = await docker(argv);
      if (argv[0] === 'import' && r.exitCode === 0) bases.push(r.stdout.trim());
      return r;
    },
  };
  const imported = (): string[] => lines.filter((a) => a[0] === 'import').map((a) => a[2]!);

  // when the property failed, what its runs left
  afterAll(() => clearRuns(adapter, { prefix: PREFIX }));

  it(`${RUNS} runs of generated lines: the engine answers each as the model does, and clearRuns leaves nothing of them`, async () => {
    await cleanup(PREFIX); // what an earlier run on this engine may have left
    await fc.assert(
      fc.asyncProperty(modelCommands({ maxCommands: 20 }), (cmds) => fc.asyncModelRun(modelSetup(adapter, { containers: 3, prefix: PREFIX }), cmds)),
      { numRuns: RUNS, seed: SEED },
    );
    expect(imported()).toEqual([...Array(RUNS).keys()].map((i) => `${PREFIX}${i}-base:1`));
    const verbs = new Set(lines.map((a) => a[0]));
    console.log(`modelCommands on the engine: ${RUNS} runs, ${lines.length - RUNS} lines, verbs ${[...verbs].sort().join(' ')}`);
    expect(lines.length - RUNS).toBeGreaterThan(RUNS * 5);

    expect(bases.length).toBe(RUNS);
    await clearRuns(adapter, { prefix: PREFIX });
    const names = await docker(['ps', '-a', '--format', '{{.Names}}']);
    const repos = await docker(['images', '-a', '--format', '{{.Repository}} {{.ID}}']);
    expect(names.stdout.split('\n').filter((n) => n.startsWith(PREFIX))).toEqual([]);
    expect(repos.stdout.split('\n').filter((n) => n.startsWith(PREFIX))).toEqual([]);
    for (const b of bases) expect((await docker(['image', 'inspect', b])).exitCode, b).toBe(1);
  }, 10 * 60_000);
});
