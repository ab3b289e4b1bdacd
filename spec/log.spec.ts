/** The log: replay, every prefix, the JSONL encoding, determinism, plain data. */
import { test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { Envelope } from '../src/events.js';
import { replay } from '../src/evolve.js';
import { decodeLine, encodeLine } from '../src/log/file-log.js';
import { type State, initialState } from '../src/state.js';
import { Harness, runScenario, scenario, seedArb, stepsOf } from './arbitraries.js';
import { logViolations, proxyViolations, quiescentViolations, violations } from './invariants.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 40);

/*
 * Property 10. state.ts: "The model's state: only ever the projection of the event log"; evolve.ts:
 * "state = fold(evolve, initialState, log)". Replaying the stored log gives the live state, and so does
 * replaying it through the JSONL file encoding (file-log.ts encodeLine/decodeLine: one event a line with
 * its seq and checksum).
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('replaying the log reproduces the live state, also through JSONL', async (cmds, seed) => {
  const h = await runScenario(cmds, seed);
  const log = h.strata.store.read().envelopes;
  expect(logViolations(log)).toEqual([]);
  expect(replay(log)).toEqual(h.state);
  const decoded = log.map((e, i) => {
    const d = decodeLine(encodeLine(e).trimEnd(), i + 1);
    if (typeof d === 'string') throw new Error(`line ${i + 1}: ${d}`);
    return d;
  });
  expect(replay(decoded)).toEqual(h.state);
});

/*
 * Property 11. Every prefix of the log is a state the engine could be in, so it satisfies every invariant
 * of invariants.ts (`violations`, after each event); at command boundaries (the end of one execute) it also
 * satisfies `quiescentViolations` (no layer left without references).
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('every prefix of the log replays to a sound state', async (cmds, seed) => {
  const boundaries = new Set<number>();
  const h = await runScenario(cmds, seed, (o) => {
    boundaries.add(o.before.seq); // after the step's tick
    boundaries.add(o.after.seq); // after its command
  });
  const log: readonly Envelope[] = h.strata.store.read().envelopes;
  boundaries.add(log.find((e) => e.event.type === 'ImageTagged')?.seq ?? 0); // the base import
  let s: State = initialState();
  for (const env of log) {
    s = replay([env], s);
    const found = boundaries.has(env.seq) ? quiescentViolations(s) : violations(s);
    expect(found, `after seq ${env.seq} (${env.event.type})`).toEqual([]);
  }
  expect(s).toEqual(h.state);
});

/*
 * Property 14. Determinism: testing/environment.ts "a run (and its log) is reproducible from its seed";
 * decide is pure (decide.ts). The same seed and the same steps give byte-identical JSONL logs.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('the same seed and commands give byte-identical logs', async (cmds, seed) => {
  const steps = stepsOf(cmds);
  const once = async (): Promise<string> => {
    const h = await Harness.create(seed);
    for (const step of steps) await h.run(step);
    return h.strata.store.read().envelopes.map(encodeLine).join('');
  };
  const a = await once();
  const b = await once();
  expect(b === a).toBe(true);
});

/*
 * Property 10b. state.ts: "Plain data, so immer can draft it and JSON can show it"; the log holds
 * events, data. Neither may hold a live immer draft (a Proxy) of a discarded decision's draft:
 * decide reads a draft (core/work.ts), so an event built from what it read could carry one.
 * (This property found the bug: commit's LayerRegistered copied the draft RW layer's Proxies;
 * Work.emit now stores every event as the plain data the log will hold.)
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('the state and the log are plain data (no immer drafts)', async (cmds, seed) => {
  const h = await runScenario(cmds, seed, (o) => {
    expect(proxyViolations(o.after), o.label).toEqual([]);
    expect(proxyViolations(o.envelopes), o.label).toEqual([]);
  });
  expect(proxyViolations(h.state)).toEqual([]);
});
