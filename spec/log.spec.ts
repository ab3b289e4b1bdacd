/** The log: replay, every prefix, the JSONL encoding, determinism, plain data. */
import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { Envelope } from '../src/events.js';
import { replay } from '../src/evolve.js';
import { START, decodeLog, encodeLog, scan } from '../src/log/codec.js';
import { FileLog } from '../src/log/file-log.js';
import { invalidEvent } from '../src/log/schema.js';
import { decodeSnapshot, encodeSnapshot, snapshotFile } from '../src/log/snapshot.js';
import { type State, initialState } from '../src/state.js';
import { Harness, runScenario, scenario, seedArb, stepsOf } from './arbitraries.js';
import { invariants } from '../src/testing/invariants.js';
import { proxyViolations } from './invariants.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 40);

/*
 * Property 10. state.ts: "The model's state: only ever the projection of the event log"; evolve.ts:
 * "state = fold(evolve, initialState, log)". Replaying the stored log gives the live state, and so does
 * replaying it through the JSONL file encoding (log/codec.ts: one command's batch a line, chained by
 * checksums).
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[STORE-1] replaying the log reproduces the live state, also through JSONL', async (cmds, seed) => {
  const batches: Envelope[][] = [];
  const h = await runScenario(cmds, seed, (o) => {
    if (o.envelopes.length > 0) batches.push([...o.envelopes]);
  });
  const log = h.strata.store.read().envelopes;
  expect(invariants.log(log)).toEqual([]);
  expect(replay(log)).toEqual(h.state);
  // one line per step (its tick and its command), after the base image's import
  const setup = log.slice(0, (batches[0]?.[0]?.seq ?? log.length + 1) - 1);
  expect(replay(decodeLog(encodeLog([setup, ...batches].filter((b) => b.length > 0))))).toEqual(h.state);
});

/*
 * Property 11. Every prefix of the log is a state the engine could be in, so it satisfies every invariant
 * of invariants.ts (`violations`, after each event); at command boundaries (the end of one execute) it also
 * satisfies `invariants.check` (no layer left without references).
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[STORE-6] every prefix of the log replays to a sound state', async (cmds, seed) => {
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
    const found = boundaries.has(env.seq) ? invariants.check(s) : invariants.everyEvent(s);
    expect(found, `after seq ${env.seq} (${env.event.type})`).toEqual([]);
  }
  expect(s).toEqual(h.state);
});

/*
 * Property 14. Determinism: testing/environment.ts "a run (and its log) is reproducible from its seed";
 * decide is pure (decide.ts). The same seed and the same steps give byte-identical JSONL logs.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[STORE-7] the same seed and commands give byte-identical logs', async (cmds, seed) => {
  const steps = stepsOf(cmds);
  const once = async (): Promise<string> => {
    const h = await Harness.create(seed);
    for (const step of steps) await h.run(step);
    return encodeLog(h.strata.store.read().envelopes.map((e) => [e]));
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
test.prop([scenario(), seedArb], { numRuns: RUNS })('[STORE-8] the state and the log are plain data (no immer drafts)', async (cmds, seed) => {
  const h = await runScenario(cmds, seed, (o) => {
    expect(proxyViolations(o.after), o.label).toEqual([]);
    expect(proxyViolations(o.envelopes), o.label).toEqual([]);
  });
  expect(proxyViolations(h.state)).toEqual([]);
});

/*
 * Property 15. log/snapshot.ts: "A cache, never the truth … used only when both check out against the
 * log". A store opened with a snapshot taken at any line, plus the lines after it, is the full replay
 * (and only the tail is replayed); a snapshot whose bytes were changed, or that names a line the log
 * does not have, is not used, and the state is still the full replay.
 */
test.prop([scenario(), seedArb, fc.oneof(fc.constant(0), fc.nat()), fc.constantFrom('intact', 'payload', 'cursor')], { numRuns: Math.ceil(RUNS / 2) })(
  '[STORE-10] a snapshot plus the tail is the full replay; a tampered snapshot is never trusted',
  async (cmds, seed, at, tamper) => {
    const h = await runScenario(cmds, seed);
    const log = h.strata.store.read().envelopes;
    const home = mkdtempSync(join(tmpdir(), 'strata-snap-'));
    try {
      const file = new FileLog(home, { validate: invalidEvent });
      file.lock();
      for (const e of log) file.append([e]);
      file.unlock();
      const k = at % (log.length + 1);
      const text = readFileSync(file.file);
      const cursor = scan(text.subarray(0, lineEnd(text, k)), START).cursor;
      expect(cursor.seq).toBe(k);
      const line = text.subarray(cursor.lineStart, cursor.offset);
      const bytes = encodeSnapshot(replay(log.slice(0, k)), tamper === 'cursor' ? { ...cursor, sum: 'ffffffffffffffff' } : cursor, line);
      if (tamper === 'payload') bytes.writeUInt8(bytes.readUInt8(bytes.length - 1 - (at % 7)) ^ 0x20, bytes.length - 1 - (at % 7));
      writeFileSync(snapshotFile(home), bytes);
      const opened = new FileLog(home).project(null);
      expect(opened.state).toStrictEqual(h.state);
      const used = tamper === 'intact' && k > 0;
      expect(opened.replayed).toBe(used ? log.length - k : log.length);
      seen.add(`${tamper}:${used}`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  },
);

/*
 * Property 15b. log/snapshot.ts: the state is written as JSON, its Maps as their entries, and put
 * back by a walk that knows where they are. Whatever a scenario makes of the state (layers' changes,
 * RW layers, interpreters blocked in loops and traps, logs), decoding gives it back strictly equal.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[STORE-11] a snapshot decodes to exactly the state it was written from, after every step', async (cmds, seed) => {
  const line = Buffer.from('{}\n');
  const cursor = { offset: 3, lineStart: 0, line: 1, seq: 0, sum: '0000000000000000' };
  const h = await runScenario(cmds, seed, (o) => {
    const d = decodeSnapshot(encodeSnapshot(o.after, { ...cursor, seq: o.after.seq }, line));
    if (typeof d === 'string') throw new Error(`${o.label}: ${d}`);
    expect(d.state, o.label).toStrictEqual(o.after);
  });
  expect(h.state.seq).toBeGreaterThan(0);
});

/** Byte offset after the k-th line. */
function lineEnd(text: Uint8Array, k: number): number {
  let end = 0;
  for (let i = 0; i < k; i++) end = text.indexOf(10, end) + 1;
  return end;
}

const seen = new Set<string>();
afterAll(() => {
  // each branch of the property ran: snapshots used, refused for each tampering, and k = 0 (nothing to use)
  for (const b of ['intact:true', 'intact:false', 'payload:false', 'cursor:false']) expect(seen, b).toContain(b);
});
