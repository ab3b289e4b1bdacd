/**
 * core/table.ts minValue / minValueExcept: the least value of a table (of the entries outside a few
 * keys), answered from minima remembered for frozen parts, must equal a look at every entry — on a
 * frozen table, on a private copy written after the minima were remembered, and with exceptions.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import * as table from '../../src/core/table.js';
const { freezeDeep } = table;

const id = fc.stringMatching(/^[0-9a-f]{64}$/);
const name = fc.stringMatching(/^[a-z]{1,6}$/);
const entries = fc.array(fc.tuple(fc.oneof(id, name), fc.integer({ min: 0, max: 1_000_000 })), { maxLength: 80 });

const brute = (t: table.Table<number>, except: ReadonlySet<string> = new Set()): number => {
  let m = Infinity;
  for (const [k, v] of table.entries(t)) if (!except.has(k) && v < m) m = v;
  return m;
};

test.prop([entries, entries, fc.array(fc.nat(), { maxLength: 4 })])('the least value, with and without a few keys left out, before and after writes to a private copy', (first, writes, picks) => {
  const t = table.emptyTable<number>();
  for (const [k, v] of first) table.set(t, k, v);
  freezeDeep(t);
  expect(table.minValue(t)).toBe(brute(t)); // remembers the frozen parts' minima
  // a private copy shares the frozen parts and copies what it writes (as decide's Work does)
  const copy = { ...t } as table.Table<number>;
  for (const [k, v] of writes) table.set(copy, k, v);
  const keys = [...table.entries(copy)].map(([k]) => k);
  for (const k of keys.filter((_, i) => picks.includes(i))) table.remove(copy, k);
  expect(table.minValue(copy)).toBe(brute(copy));
  expect(table.minValue(t)).toBe(brute(t)); // the shared original is unchanged
  const except = new Set(keys.filter((_, i) => picks.map((p) => p + 1).includes(i)));
  expect(table.minValueExcept(copy, except)).toBe(brute(copy, except));
  expect(table.minValueExcept(t, except)).toBe(brute(t, except));
});

test.prop([entries, fc.array(fc.nat(), { maxLength: 4 })])('argMin is the first entry, in the table order, with the least value', (first, picks) => {
  const t = table.emptyTable<number>();
  for (const [k, v] of first) table.set(t, k, v);
  freezeDeep(t);
  const copy = { ...t } as table.Table<number>;
  const keys = [...table.entries(copy)].map(([k]) => k);
  for (const k of keys.filter((_, i) => picks.includes(i))) table.remove(copy, k);
  for (const x of [t, copy]) {
    let best: [string, number] | undefined;
    for (const [k, v] of table.entries(x)) if (!best || v < best[1]) best = [k, v];
    expect(table.argMin(x)).toEqual(best);
  }
});
