/**
 * sh/state-json.ts: a copy of a process state must be what a JSON round trip gives (the state is
 * logged as JSON), and a steady key what JSON.stringify gives without the wake-up time, while the
 * parsed script is shared and serialised once. Checked against JSON itself on states reached by
 * running generated scripts, and on arbitrary data in a state's shape.
 */
import { isDeepStrictEqual } from 'node:util';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { freezeDeep } from '../../src/core/table.js';
import { type Outcome, type ProcState, type Signal, type Unsupported, resume, spawn, steadyKey } from '../../src/sh/index.js';
import { parse } from '../../src/sh/parser.js';
import { copyState, steadyStateJson } from '../../src/sh/state-json.js';
import { blocked, penv } from './helpers.js';
import { baseFs } from './memfs.js';

const roundTrip = (x: unknown): unknown => JSON.parse(JSON.stringify(x)) as unknown;
const dropWakeAt = (k: string, v: unknown): unknown => (k === 'wakeAt' ? undefined : v);
/** steadyKey as it was: the whole state through JSON.stringify */
const oldSteadyKey = (s: unknown): string | undefined => JSON.stringify(s, dropWakeAt);

/** Equal to JSON's copy: the same values (-0 is not 0), the same keys in the same order. */
function expectJsonCopy(copy: unknown, of: unknown): void {
  const json = roundTrip(of);
  expect(isDeepStrictEqual(copy, json)).toBe(true);
  expect(JSON.stringify(copy)).toBe(JSON.stringify(json));
}

/** The objects reachable from a state, but the parsed script's (a frame's `items` and `node`). */
function ownObjects(x: unknown, out = new Set<object>()): Set<object> {
  if (typeof x !== 'object' || x === null || out.has(x)) return out;
  out.add(x);
  for (const [k, v] of Object.entries(x)) if (k !== 'items' && k !== 'node') ownObjects(v, out);
  return out;
}

const FRAGMENTS = [
  'X=a', 'Y=$X$X', 'X=$X.', 'cd /bin', 'cd /', 'cd /nope', 'true', 'false', '! true', 'false || echo no', 'true && sleep 2',
  "trap 'echo t$X' USR1", "trap '' HUP", 'trap - USR1', "trap 'X=$X.' TERM", "trap 'echo bye; exit 4' EXIT", "trap 'exit 5' INT",
  'echo $X > /f', 'echo $? $# $0 $1 >> /g', 'sleep 1', 'sleep 0.5', 'sleep 3', 'nosuch', 'ls /nope', 'exit 3', 'exit',
  'while :; do sleep 1; done', 'while :; do sleep 1; X=$X.; done', 'while true; do sleep 2; echo r; while :; do sleep 1; done; done',
];
const script = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((fs) => fs.join('; '));
const SIGNALS: readonly Signal[] = ['TERM', 'USR1', 'HUP', 'INT', 'KILL'];
type Wake = { readonly kind: 'timer' } | { readonly kind: 'signal'; readonly signal: Signal; readonly after: number };
const wake: fc.Arbitrary<Wake> = fc.oneof(
  fc.constant({ kind: 'timer' as const }),
  fc.record({ kind: fc.constant('signal' as const), signal: fc.constantFrom(...SIGNALS), after: fc.nat(3000) }),
);

/** Every state a run of `src` blocks in, woken by `wakes` in turn (a signal before the wake-up). */
function states(src: string, wakes: readonly Wake[]): ProcState[] {
  const fs = baseFs();
  const out: ProcState[] = [];
  let now = 0;
  let r: Outcome | Unsupported = spawn(['sh', '-c', src, 'zero', 'one'], penv(fs));
  for (const w of wakes) {
    if (!('kind' in r) || r.kind !== 'blocked') break;
    out.push(r.state);
    const state = freezeDeep(r.state); // as the log holds it: the interpreter must not write into it
    if (w.kind === 'timer') now = r.wakeAt ?? now;
    else now = Math.min(now + w.after, r.wakeAt ?? Infinity);
    const next = resume(state, penv(fs, { now }), w.kind === 'timer' ? w : { kind: 'signal', signal: w.signal });
    if ('kind' in next && next.kind === 'blocked') {
      // nothing of the state it resumed from is shared but the parsed script
      const before = ownObjects(state);
      for (const o of ownObjects(next.state)) expect(before.has(o)).toBe(false);
    }
    r = next;
  }
  return out;
}

describe('states reached by running scripts', () => {
  test.prop([script, fc.array(wake, { maxLength: 12 })])('their copies are their JSON copies, their steady keys the old ones', (src, wakes) => {
    const list = parse(src);
    // the parsed script is plain JSON: shared as it is, it is what a round trip would give
    expect(isDeepStrictEqual(list, roundTrip(list))).toBe(true);
    for (const s of states(src, wakes)) {
      expectJsonCopy(copyState(s), s);
      expect(steadyKey(s)).toBe(oldSteadyKey(s));
      // a second time, from the remembered JSON of the script, and from another copy of it
      expect(steadyKey(s)).toBe(oldSteadyKey(s));
      expect(steadyKey(roundTrip(s) as ProcState)).toBe(oldSteadyKey(s));
    }
  });
});

describe('data JSON changes on the way', () => {
  it('a sleep longer than a double holds wakes up never, as its logged state says', () => {
    const b = blocked(spawn(['sh', '-c', `sleep 1${'0'.repeat(400)}.5; echo late`], penv(baseFs())));
    expect(b.wakeAt).toBe(Infinity);
    expect(b.state.wakeAt).toBeNull();
  });

  // anything JSON drops or rewrites: undefined, functions, -0, NaN, infinities, holes, Maps, Dates,
  // boxed values, null prototypes, a property named __proto__, wake-up times anywhere
  const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('wakeAt', 'items', 'node', '__proto__', 'toJSON'));
  const leaf = fc.oneof(fc.boolean(), fc.double(), fc.integer(), fc.string({ maxLength: 4 }), fc.constantFrom(null, undefined, -0, NaN, Infinity, () => 1));
  const deep = fc.anything({
    key, maxDepth: 3, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withDate: true, withSparseArray: true, values: [leaf],
  });
  // objects of leaves only as well: those copies take a shortcut
  const odd = fc.oneof(deep, fc.dictionary(key, leaf, { maxKeys: 4 }));
  // a frame's parsed script is plain JSON (checked above), whatever the rest of the frame holds
  const script = fc.jsonValue({ maxDepth: 3 }).map(roundTrip);
  const frame = fc.oneof(
    fc.record({ f: fc.string({ maxLength: 4 }), items: script, i: odd, node: script, wakeAt: odd }, { requiredKeys: ['f'] }),
    // any other frame: its items and node would be taken for parsed script
    odd.filter((f) => typeof f !== 'object' || f === null || !(Object.hasOwn(f, 'items') || Object.hasOwn(f, 'node'))),
  );
  const state = fc.tuple(fc.dictionary(key.filter((k) => k !== 'stack'), odd, { maxKeys: 6 }), fc.option(fc.array(frame, { maxLength: 5 }), { nil: undefined }), fc.nat(7));
  const withStack = ([fields, stack, at]: [Record<string, unknown>, unknown, number]): Record<string, unknown> => {
    if (stack === undefined) return fields;
    const entries = Object.entries(fields);
    entries.splice(at % (entries.length + 1), 0, ['stack', stack]);
    return Object.fromEntries(entries);
  };

  test.prop([state.map(withStack)])('the copy is the JSON copy, the steady key the old one', (s) => {
    expectJsonCopy(copyState(s), s);
    expect(steadyStateJson(s)).toBe(oldSteadyKey(s));
    expect(steadyStateJson(s)).toBe(oldSteadyKey(s));
  });
});
