/**
 * The generated conformance run (src/conformance): command sequences drawn by fast-check, each run
 * on the reference engine and on the model and compared step by step; plus the fixed regression
 * scenarios. `npm run conformance -- --runs N` is the longer soak; this is the bounded CI share.
 */
import { afterAll, expect, it } from 'vitest';
import { ModelDriver, EngineDriver } from '../../src/conformance/driver.js';
import { conformance } from '../../src/conformance/main.js';
import { REGRESSIONS } from '../../src/conformance/regressions.js';
import { runSequence } from '../../src/conformance/run.js';
import { loadBusybox } from '../../src/host/busybox.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { cleanup, describeEngine, engineSocket } from '../support/engine.js';

const RUNS = Number(process.env['STRATA_CONFORMANCE_RUNS'] ?? 10);
const SEED = Number(process.env['STRATA_CONFORMANCE_SEED'] ?? 20261129);

describeEngine('generated conformance', () => {
  afterAll(async () => {
    for (const p of ['rg', `cg${SEED % 100000}-`]) await cleanup(p);
  });

  for (const [name, steps] of Object.entries(REGRESSIONS)) {
    it(`regression: ${name}`, async () => {
      const engine = new EngineDriver(engineSocket()!);
      const model = new ModelDriver();
      const prefix = `rg${Object.keys(REGRESSIONS).indexOf(name)}-`;
      try {
        const base = makeBaseRootfs(loadBusybox(), DEFAULT_APPLETS, { '.strata-sequence': prefix });
        const r = await runSequence(engine, model, steps, prefix, base);
        expect(r.divergence ? `${r.divergence.command}\n${r.divergence.diff}\n\n${r.script}` : 'none').toBe('none');
      } finally {
        await model.close();
        await cleanup(prefix);
      }
    }, 120_000);
  }

  it(`${RUNS} generated sequences of up to 20 commands agree (seed ${SEED})`, async () => {
    const lines: string[] = [];
    const t = await conformance(engineSocket()!, { runs: RUNS, seed: SEED, maxCommands: 20, shrink: true }, (l) => lines.push(l));
    const d = t.smallest?.divergence;
    const report = d ? `${d.command}\n${d.what}\n${d.diff}\n\n${t.smallest!.script}` : 'none';
    console.log(`conformance: ${t.sequences} sequences, ${t.commands} commands, ${t.divergences} divergences, seed ${SEED}`);
    expect(report).toBe('none');
    expect(t.sequences).toBe(RUNS); // every sequence ran to its end
  }, 45 * 60_000);
});
