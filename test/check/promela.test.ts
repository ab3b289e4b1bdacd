/**
 * The Promela export: SPIN verifies its LTL properties (errors: 0), and the model it states is the
 * one `strata check` explores — up to a depth, the abstract states SPIN reaches are exactly the ones
 * strata's decide and evolve reach, and back.
 */
import { describe, expect, it } from 'vitest';
import { canonicalForm } from '../../src/check/graph.js';
import { explore } from '../../src/check/explore.js';
import { abstractOfState, abstractOfTrace, claims, programKinds, promelaModel } from '../../src/check/promela.js';
import { compile, pan, spinMissing } from './spin.js';

const missing = spinMissing();
if (missing !== undefined && process.env['CI'] === 'true') throw new Error(`${missing}; CI installs it (.ci/run)`);
if (missing !== undefined) process.stderr.write(`${missing}\n`);
const describeSpin = missing === undefined ? describe : describe.skip;

describe('the Promela export', () => {
  it('names the machine statuses and every property', async () => {
    const { programs, execWrites } = await programKinds({ containers: 2, images: 1 });
    const model = promelaModel({ containers: 2, images: 1, programs, execWrites });
    for (const s of ['CREATED', 'RUNNING', 'PAUSED', 'RESTARTING', 'EXITED', 'REMOVED']) expect(model).toContain(`#define ${s} `);
    // the lifecycle comes from the xstate machine: pause goes from running to paused, and nowhere else
    expect(model).toMatch(/inline m_pause\(s, t\) \{\n  if\n  :: s == RUNNING -> t = PAUSED\n  :: else -> t = NONE\n  fi\n\}/);
    expect(programs.map((p) => [p.instant, p.writes])).toEqual([[true, false], [true, false], [true, true], [false, false], [false, false]]);
    expect(execWrites).toBe(true);
    for (const c of claims({ containers: 2, images: 1 })) expect(model).toContain(`ltl ${c.name} {`);
  });
});

describeSpin(`SPIN on the Promela export${missing ? ` [${missing}]` : ''}`, () => {
  it('verifies every LTL property: errors: 0', async () => {
    const { programs, execWrites } = await programKinds({ containers: 2, images: 1 });
    const options = { containers: 2, identities: 2, images: 1, programs, execWrites };
    const dir = compile(promelaModel(options));
    for (const c of claims(options)) {
      const out = pan(dir, ['-a', '-N', c.name]);
      expect(out, c.name).toMatch(/errors: 0\b/);
      expect(out, c.name).toMatch(/\d+ states, stored/);
    }
  }, 300_000);

  it('reaches, up to a depth, exactly the abstract states strata check reaches', async () => {
    const DEPTH = 3;
    const universe = { containers: 2, images: 1 };
    const { programs, execWrites } = await programKinds(universe);
    const dir = compile(promelaModel({ ...universe, identities: DEPTH, programs, execWrites, depth: DEPTH, trace: true, claims: false }), ['-DPRINTF', '-DSAFETY']);
    const spin = new Set<string>();
    for (const line of pan(dir, []).split('\n')) if (line.startsWith('S ')) spin.add(canonicalForm(abstractOfTrace(line)));

    const strata = new Map<string, number>();
    await explore({
      universe,
      depth: DEPTH,
      workers: 1,
      onState: (s, d) => {
        const k = canonicalForm(abstractOfState(s, programs));
        if (!strata.has(k)) strata.set(k, d);
      },
    });
    const onlySpin = [...spin].filter((k) => !strata.has(k));
    const onlyStrata = [...strata.keys()].filter((k) => !spin.has(k));
    expect({ onlySpin: onlySpin.length, onlyStrata: onlyStrata.length }).toEqual({ onlySpin: 0, onlyStrata: 0 });
    expect(spin.size).toBeGreaterThan(50);
  }, 300_000);
});
