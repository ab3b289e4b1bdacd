/**
 * A keyed collection split into small shards, three levels deep (16 x 16 x 16). immer copies an
 * object on its first write in a produce, so one big object of 10,000 containers would make every
 * command O(n); here a command copies three 16-slot levels and one small Map, whatever the size.
 * Ids shard by their first three hex digits, which are uniform; names and tags by a hash.
 *
 * The shape is chosen for V8, whose copies of frozen things are slow paths (Node 20: a spread of a
 * frozen object or a slice of a frozen array costs 10 to 50 times its unfrozen copy):
 * - a level is an object with every one of its 16 slots, `_0`…`_f`, null when empty: one hidden
 *   class for all levels, copied by a literal (as fast frozen as not); keys are never array
 *   indices, which a frozen object keeps as dictionary elements, and levels are not arrays, which
 *   immer copies with `slice`;
 * - a leaf is a Map: objects keyed by ids, with deletes, fall into dictionary mode.
 *
 * The writers (`set`, `remove`, `edit`) take a table that is writable in one of the ways evolve is
 * given the state (see `writable`); `get`, `values`, `entries` and `withPrefix` only read.
 */
import { isDraft } from 'immer';

const DIGITS = [...'0123456789abcdef'];
type Digit = `_${'0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'a' | 'b' | 'c' | 'd' | 'e' | 'f'}`;
const KEYS = DIGITS.map((d) => `_${d}`) as Digit[];

type Level<T> = { readonly [K in Digit]: T | null };
type Leaf<V> = ReadonlyMap<string, V>;

export interface Table<V> {
  readonly size: number;
  readonly shards: Level<Level<Level<Leaf<V>>>>;
  /**
   * Only while a replay from zero builds the table (`building`, then `built`): every entry in one
   * Map, as a hand-written reducer would hold them. Nobody else sees such a table, and nothing needs
   * its shards before the replay ends, so they are made once then, from the final entries.
   */
  readonly all?: Map<string, V>;
}

type W<T> = { -readonly [K in keyof T]: T[K] };
type Mutable<V> = { size: number; shards: W<Level<W<Level<W<Level<Map<string, V>>>>>>> };

// Literals, so that every level shares one hidden class and a copy never takes V8's slow path.
const level = <T>(l: Level<T> | null): W<Level<T>> => ({
  _0: l?._0 ?? null, _1: l?._1 ?? null, _2: l?._2 ?? null, _3: l?._3 ?? null, _4: l?._4 ?? null, _5: l?._5 ?? null, _6: l?._6 ?? null, _7: l?._7 ?? null,
  _8: l?._8 ?? null, _9: l?._9 ?? null, _a: l?._a ?? null, _b: l?._b ?? null, _c: l?._c ?? null, _d: l?._d ?? null, _e: l?._e ?? null, _f: l?._f ?? null,
});

export const emptyTable = <V>(): Table<V> => ({ size: 0, shards: level(null) });

/** An empty table to build privately (see `all`). */
export const building = <V>(): Table<V> => ({ size: 0, shards: level(null), all: new Map() });

/** The table `building` made, with its entries in shards; any other table as it is. */
export function built<V>(t: Table<V>): Table<V> {
  if (t.all === undefined) return t;
  const out = emptyTable<V>();
  for (const [k, v] of t.all) set(out, k, v);
  return out;
}

const HEX = new Int8Array(128).fill(-1);
DIGITS.forEach((d, i) => (HEX[d.charCodeAt(0)] = i));
/** 0-15 for a lowercase hex digit's char code, else -1 */
const hexValue = (c: number): number => (c < 128 ? HEX[c]! : -1);

/**
 * Where `key` lives, as a number of three hex digits. An id — 64 hex digits, after `sha256:` for a
 * digest — is placed by its first three digits, which are uniform; any other key by a hash of it. (Looking at the length and three characters, not at all 64, keeps this cheap: it is
 * computed on every access.)
 */
function slot(key: string): number {
  const start = key.length === 64 ? 0 : key.length === 71 && key.startsWith('sha256:') ? 7 : -1;
  if (start >= 0) {
    const a = hexValue(key.charCodeAt(start));
    const b = hexValue(key.charCodeAt(start + 1));
    const c = hexValue(key.charCodeAt(start + 2));
    if ((a | b | c) >= 0) return (a << 8) | (b << 4) | c;
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h & 0xfff;
}

const key0 = (w: number): Digit => KEYS[(w >> 8) & 15]!;
const key1 = (w: number): Digit => KEYS[(w >> 4) & 15]!;
const key2 = (w: number): Digit => KEYS[w & 15]!;

/**
 * `o[k]` as it is now, without drafting it. Through an immer draft a property read creates a proxy
 * for the value (and copies `o` to hold it); the property's descriptor gives the value itself.
 */
export function peek<T extends object, K extends keyof T>(o: T, k: K): T[K] {
  return isDraft(o) ? (Reflect.getOwnPropertyDescriptor(o, k as PropertyKey)?.value as T[K]) : o[k];
}

/**
 * `o[k]`, ready to be written, where `o` is writable. evolve is run three ways, and this is the one
 * place that tells them apart, by whether the value is frozen:
 * - a frozen value is shared with states others hold, so it is copied into `o` first, copy on write:
 *   on immer's root draft (apply, the live path), where immer records the new value as any recipe's
 *   assignment, and on a private state (decide's Work, a replay from a state) alike. The value is
 *   read with `peek`, so immer drafts nothing below the root: a proxy per level, leaf and record
 *   would cost several times what the copies cost;
 * - a value that is not frozen was copied in this run (or is a draft some reader made), and is
 *   written as it is; on a private state that shares nothing (a replay from zero), nothing is frozen.
 * What is not frozen is never under something frozen (a state is frozen whole, and copies are made
 * top down). This needs every state that others may hold to be deeply frozen: `freezeState`
 * (evolve.ts) makes apply's and replay's results so.
 */
export function writable<T extends object, K extends keyof T>(o: T, k: K): T[K] {
  const v = peek(o, k);
  if (v === null || typeof v !== 'object' || !Object.isFrozen(v)) return v;
  const copy = (v instanceof Map ? new Map(v as Map<unknown, unknown>) : Array.isArray(v) ? [...(v as unknown[])] : { ...v }) as T[K];
  (o as { [key in K]: T[K] })[k] = copy;
  return copy;
}

/** `writable` for a level slot: a frozen level is copied by its literal; a missing one is made. */
function writableLevel<L extends object, K extends keyof L, T>(o: L, k: K, copy: (l: T | null) => T): T {
  const v = o[k] as T | null;
  if (v !== null && !Object.isFrozen(v)) return v;
  const made = copy(v);
  (o as { [key in K]: unknown })[k] = made;
  return made;
}

/** The leaf of slot `w`, as it is, or undefined. */
function leafAt<V>(t: Table<V>, w: number): Leaf<V> | undefined {
  const l1 = t.shards[key0(w)];
  const l2 = l1 && l1[key1(w)];
  return (l2 && l2[key2(w)]) ?? undefined;
}

/** The value at `key`, for reading only: through a draft, nothing is drafted. */
export function get<V>(t: Table<V>, key: string): V | undefined {
  if (t.all !== undefined) return t.all.get(key);
  const w = slot(key);
  if (!isDraft(t)) return leafAt(t, w)?.get(key);
  const l1 = peek(peek(t, 'shards'), key0(w));
  const l2 = l1 && peek(l1, key1(w));
  const leaf = l2 && peek(l2, key2(w));
  // a leaf already drafted in this produce: reading its draft drafts the value, which is harmless
  return leaf?.get(key);
}

/**
 * The leaf of slot `w`, writable, made if missing. A leaf that is not frozen is private, and so is
 * the path to it (see `writable`): only a frozen or missing one takes the path from the top.
 */
function writableLeaf<V>(t: Table<V>, w: number, leaf = leafAt(t, w)): Map<string, V> {
  if (leaf && !Object.isFrozen(leaf)) return leaf as Map<string, V>;
  const m = t as Mutable<V>;
  if (isDraft(m)) {
    // through immer: the drafts of the path, as any recipe writes them
    const l1 = (m.shards[key0(w)] ??= level(null));
    const l2 = (l1[key1(w)] ??= level(null));
    return (l2[key2(w)] ??= new Map());
  }
  type L2 = W<Level<Map<string, V>>>;
  type L1 = W<Level<L2>>;
  const l0 = writableLevel<Mutable<V>, 'shards', W<Level<L1>>>(m, 'shards', level);
  const l1 = writableLevel<W<Level<L1>>, Digit, L1>(l0, key0(w), level);
  const l2 = writableLevel<L1, Digit, L2>(l1, key1(w), level);
  return writable(l2, key2(w)) ?? (l2[key2(w)] = new Map());
}

export function set<V>(t: Table<V>, key: string, value: V): void {
  const leaf = t.all ?? writableLeaf(t, slot(key));
  const before = leaf.size;
  leaf.set(key, value);
  if (leaf.size !== before) (t as Mutable<V>).size++;
}

/** The value at `key`, writable (see `writable`), or undefined. */
export function edit<V extends object>(t: Table<V>, key: string): V | undefined {
  const w = t.all === undefined ? slot(key) : -1;
  const found = t.all ?? leafAt(t, w);
  const v = found?.get(key);
  if (v === undefined || !Object.isFrozen(v)) return v;
  const copy = { ...v };
  (t.all ?? writableLeaf(t, w, found)).set(key, copy);
  return copy;
}

export function remove<V>(t: Table<V>, key: string): void {
  if (t.all !== undefined) {
    if (t.all.delete(key)) (t as Mutable<V>).size--;
    return;
  }
  const w = slot(key);
  const found = leafAt(t, w);
  if (!found?.has(key)) return;
  const leaf = writableLeaf(t, w, found);
  leaf.delete(key);
  (t as Mutable<V>).size--;
  if (leaf.size === 0) prune(t as Mutable<V>, w);
}

const empty = (l: { readonly [k: string]: unknown }, keys: readonly string[]): boolean => keys.every((k) => l[k] === null);

/**
 * A slot exists only while something is under it, so that the same entries give the same shards
 * whatever came and went before (a replay from zero builds them from the final entries alone). The
 * path to the emptied leaf is writable already (writableLeaf made it so).
 */
function prune<V>(t: Mutable<V>, w: number): void {
  const l1 = t.shards[key0(w)]!;
  const l2 = l1[key1(w)]!;
  l2[key2(w)] = null;
  if (!empty(l2, KEYS)) return;
  l1[key1(w)] = null;
  if (empty(l1, KEYS)) t.shards[key0(w)] = null;
}

/** Each slot of the last level that holds a leaf, in the table's order: its level, its key, the leaf. */
function eachLeaf<L>(l0: Level<Level<Level<L>>>, f: (l2: Level<L>, k2: Digit, leaf: L) => void): void {
  for (const k0 of KEYS) {
    const l1 = l0[k0];
    if (l1 === null) continue;
    for (const k1 of KEYS) {
      const l2 = l1[k1];
      if (l2 === null) continue;
      for (const k2 of KEYS) {
        const leaf = l2[k2];
        if (leaf !== null) f(l2, k2, leaf);
      }
    }
  }
}

/** The table's leaves, in the table's order (an array: a generator here cost more than the walk). */
function leaves<V>(t: Table<V>): Leaf<V>[] {
  const out: Leaf<V>[] = t.all === undefined ? [] : [t.all];
  eachLeaf(t.shards, (_l2, _k2, leaf) => out.push(leaf));
  return out;
}

/** Every entry, in the table's order, as an array. */
export function entryList<V>(t: Table<V>): [string, V][] {
  const out: [string, V][] = [];
  for (const leaf of leaves(t)) for (const e of leaf) out.push(e);
  return out;
}

/** A level with `f` applied to each slot that holds something. */
function mapLevel<A, B>(l: Level<A>, f: (a: A) => B): Level<B> {
  const out = level<B>(null);
  for (const k of KEYS) {
    const v = l[k];
    if (v !== null) out[k] = f(v);
  }
  return out;
}

/** A table as JSON holds it: each leaf, a Map, as its entries. */
export type TableJSON = { readonly size: number; readonly shards: Level<Level<Level<readonly (readonly [string, unknown])[]>>> };

/** The table as JSON can hold it (TableJSON), with `value` applied to each value on the way. */
export function tableToJSON<V>(t: Table<V>, value: (v: V) => unknown = (v) => v): TableJSON {
  const b = built(t);
  return { size: b.size, shards: mapLevel(b.shards, (l1) => mapLevel(l1, (l2) => mapLevel(l2, (leaf) => Array.from(leaf, ([k, v]) => [k, value(v)] as const)))) };
}

/**
 * The table tableToJSON made, from what JSON.parse made of it, rebuilt in place (its leaves become
 * Maps again), with `value` applied to each value. Nobody else holds what JSON.parse returned.
 */
export function tableFromJSON<V>(json: TableJSON, value?: (v: unknown) => V): Table<V> {
  eachLeaf(json.shards as Level<Level<Level<[string, unknown][] | Map<string, unknown>>>>, (l2, k2, leaf) => {
    const entries = leaf as [string, unknown][];
    if (value !== undefined) for (const e of entries) e[1] = value(e[1]);
    (l2 as W<Level<unknown>>)[k2] = new Map(entries);
  });
  return json as unknown as Table<V>;
}

const minima = new WeakMap<object, number>();

/**
 * The least value of a table of numbers (Infinity when empty). Frozen levels and leaves are shared
 * between states and never change, so each one's minimum is remembered: after a command writes a
 * few entries, only the unfrozen path to them is looked at again, whatever the table's size.
 */
export function minValue(t: Table<number>): number {
  let min = Infinity;
  if (t.all !== undefined) for (const v of t.all.values()) if (v < min) min = v;
  const m = minOf(t.shards, 0);
  return m < min ? m : min;
}

/**
 * The least value of the entries whose keys are not in `except` (a few keys): only the paths to
 * those keys are looked into, every other part answers from its remembered minimum.
 */
export function minValueExcept(t: Table<number>, except: ReadonlySet<string>): number {
  if (except.size === 0) return minValue(t);
  let min = Infinity;
  if (t.all !== undefined) for (const [k, v] of t.all) if (!except.has(k) && v < min) min = v;
  const paths = new Set([...except].map(slot));
  const walk = (node: object, depth: number, prefix: number): number => {
    if (depth === 3) {
      let m = Infinity;
      for (const [k, v] of node as Leaf<number>) if (!except.has(k) && v < m) m = v;
      return m;
    }
    let m = Infinity;
    KEYS.forEach((key, i) => {
      const child = (node as Level<object>)[key];
      if (!child) return;
      const at = (prefix << 4) | i;
      const shift = 4 * (2 - depth);
      const onPath = [...paths].some((w) => w >> shift === at);
      const c = onPath ? walk(child, depth + 1, at) : minOf(child, depth + 1);
      if (c < m) m = c;
    });
    return m;
  };
  const m = walk(t.shards, 0, 0);
  return m < min ? m : min;
}

/**
 * The entry with the least value, the first in the table's order among equal ones (as a scan of
 * `entries` keeping the first strictly smaller would find it), or undefined when empty; found by
 * descending into the part whose remembered minimum it is.
 */
export function argMin(t: Table<number>): [string, number] | undefined {
  if (t.all !== undefined) {
    let best: [string, number] | undefined;
    for (const [k, v] of t.all) if (!best || v < best[1]) best = [k, v];
    return best;
  }
  const min = minOf(t.shards, 0);
  if (min === Infinity) return undefined;
  let node: object = t.shards;
  for (let depth = 0; depth < 3; depth++) {
    const next = KEYS.map((key) => (node as Level<object>)[key]).find((child) => child && minOf(child, depth + 1) === min);
    if (!next) return undefined;
    node = next;
  }
  for (const [k, v] of node as Leaf<number>) if (v === min) return [k, v];
  return undefined;
}

function minOf(node: object, depth: number): number {
  const known = minima.get(node);
  if (known !== undefined) return known;
  let min = Infinity;
  if (depth === 3) {
    for (const v of (node as Leaf<number>).values()) if (v < min) min = v;
  } else {
    for (const child of Object.values(node) as (object | null)[]) {
      if (child === null) continue;
      const m = minOf(child, depth + 1);
      if (m < min) min = m;
    }
  }
  if (Object.isFrozen(node)) minima.set(node, min);
  return min;
}

export function* values<V>(t: Table<V>): Generator<V> {
  for (const leaf of leaves(t)) yield* leaf.values();
}

export function* entries<V>(t: Table<V>): Generator<[string, V]> {
  for (const leaf of leaves(t)) yield* leaf.entries();
}

/**
 * Id keys starting with a hex prefix: only the leaves that prefix can reach are scanned. (A key
 * that is not an id may share those leaves, placed there by its hash; it does not start with the
 * prefix of the id it is not, or it is returned as any key that does would be.)
 */
export function* withPrefix<V>(t: Table<V>, prefix: string): Generator<[string, V]> {
  if (t.all !== undefined) {
    for (const [k, v] of t.all) if (k.startsWith(prefix)) yield [k, v];
    return;
  }
  const digits = /^(?:sha256:)?([0-9a-f]{0,3})/.exec(prefix)?.[1] ?? '';
  let reached: readonly { readonly [k: string]: unknown }[] = [t.shards];
  for (let i = 0; i < 3; i++) {
    const next = i < digits.length ? reached.map((o) => o[KEYS[hexValue(digits.charCodeAt(i))]!]) : reached.flatMap((o) => Object.values(o));
    reached = next.filter((x): x is { readonly [k: string]: unknown } => x !== null && x !== undefined);
  }
  for (const leaf of reached as unknown as readonly Leaf<V>[]) for (const [k, v] of leaf) if (k.startsWith(prefix)) yield [k, v];
}

/**
 * Freeze a table that a write made from `prev` (a frozen table), looking only at what differs from
 * `prev`: a slot holding the same level or leaf as `prev` is shared, and is not even touched. A deep
 * freeze would look at every slot of every copied level, whose children lie all over memory: beside
 * 10,000 containers that alone cost a command more than everything else it did.
 */
export function freezeChanged<V>(next: Table<V>, prev: Table<V> | undefined): void {
  if (next === prev || Object.isFrozen(next)) return;
  if (prev === undefined || next.all !== undefined || prev.all !== undefined) return deepFreeze(next);
  freezeLevel(next.shards, prev.shards, 0);
  Object.freeze(next);
}

function freezeLevel(next: object, prev: object | null, depth: number): void {
  if (next === prev || Object.isFrozen(next)) return;
  if (depth === 3) return freezeLeaf(next as Map<string, unknown>, prev as Leaf<unknown> | null);
  Object.freeze(next);
  // Spelled out slot by slot: a loop over the keys is a keyed load per slot, several times slower.
  const n = next as Level<object>;
  const p = (prev ?? EMPTY_LEVEL) as Level<object>;
  const d = depth + 1;
  if (n._0 !== null && n._0 !== p._0) freezeLevel(n._0, p._0, d);
  if (n._1 !== null && n._1 !== p._1) freezeLevel(n._1, p._1, d);
  if (n._2 !== null && n._2 !== p._2) freezeLevel(n._2, p._2, d);
  if (n._3 !== null && n._3 !== p._3) freezeLevel(n._3, p._3, d);
  if (n._4 !== null && n._4 !== p._4) freezeLevel(n._4, p._4, d);
  if (n._5 !== null && n._5 !== p._5) freezeLevel(n._5, p._5, d);
  if (n._6 !== null && n._6 !== p._6) freezeLevel(n._6, p._6, d);
  if (n._7 !== null && n._7 !== p._7) freezeLevel(n._7, p._7, d);
  if (n._8 !== null && n._8 !== p._8) freezeLevel(n._8, p._8, d);
  if (n._9 !== null && n._9 !== p._9) freezeLevel(n._9, p._9, d);
  if (n._a !== null && n._a !== p._a) freezeLevel(n._a, p._a, d);
  if (n._b !== null && n._b !== p._b) freezeLevel(n._b, p._b, d);
  if (n._c !== null && n._c !== p._c) freezeLevel(n._c, p._c, d);
  if (n._d !== null && n._d !== p._d) freezeLevel(n._d, p._d, d);
  if (n._e !== null && n._e !== p._e) freezeLevel(n._e, p._e, d);
  if (n._f !== null && n._f !== p._f) freezeLevel(n._f, p._f, d);
}

const EMPTY_LEVEL: Level<never> = Object.freeze(level<never>(null));

function freezeLeaf(next: Map<string, unknown>, prev: Leaf<unknown> | null): void {
  for (const [k, v] of next) if (prev === null || prev.get(k) !== v) deepFreeze(v);
  Object.setPrototypeOf(next, FROZEN_MAP);
  Object.freeze(next);
}

/** Deep-freeze any plain data in place (frozen parts are not entered), and return it. */
export function freezeDeep<T>(data: T): T {
  deepFreeze(data);
  return data;
}

function throwFrozen(): never {
  throw new TypeError('strata: a frozen collection of the state cannot be changed');
}
const THROWING: PropertyDescriptorMap = { set: { value: throwFrozen }, add: { value: throwFrozen }, delete: { value: throwFrozen }, clear: { value: throwFrozen } };
/**
 * A frozen Map or Set takes one of these as its prototype: Object.freeze alone leaves a collection's
 * mutators working, and defining throwing ones on each instance (as immer's freeze does) costs about
 * a microsecond a collection, most of what freezing a command's changes costs. It is still a Map (or
 * Set) to everyone: its class, its slots and every reader are the same.
 */
const FROZEN_MAP: object = Object.create(Map.prototype, THROWING);
const FROZEN_SET: object = Object.create(Set.prototype, THROWING);

/** What immer would draft (plain objects, arrays, Maps, Sets) is frozen; anything else is left as it is. */
function deepFreeze(o: unknown): void {
  if (o === null || typeof o !== 'object' || Object.isFrozen(o)) return;
  if (Array.isArray(o)) {
    Object.freeze(o);
    for (let i = 0; i < o.length; i++) deepFreeze(o[i]);
  } else if (o instanceof Map || o instanceof Set) {
    Object.setPrototypeOf(o, o instanceof Map ? FROZEN_MAP : FROZEN_SET);
    Object.freeze(o);
    for (const v of o.values()) deepFreeze(v);
  } else {
    const proto: unknown = Object.getPrototypeOf(o);
    if (proto !== Object.prototype && proto !== null) return;
    Object.freeze(o);
    for (const k in o) deepFreeze((o as Record<string, unknown>)[k]);
  }
}
