/**
 * A keyed collection split into small shards, three levels deep (16 x 16 x 16). immer copies an
 * object on its first write in a produce, so one big object of 10,000 containers would make every
 * command O(n); here a command copies three 16-slot arrays and one small Map, whatever the size.
 * Ids shard by their first three hex digits, which are uniform; names and tags by a hash.
 *
 * Levels are arrays and leaves are Maps, not objects keyed by digits and ids: V8 keeps integer-like
 * keys as elements, and a frozen object's elements become a dictionary that copies ten times slower;
 * objects keyed by ids, with deletes, go to dictionary mode too, and every level and leaf has its own
 * hidden class, so each access was a megamorphic lookup. An array index and a Map lookup are neither.
 *
 * The writers (`set`, `remove`, `edit`) take a table that is writable in one of the ways evolve is
 * given the state (see `writable`); `get`, `values`, `entries` and `withPrefix` only read.
 */
import { isDraft } from 'immer';

/** A level is 16 slots (32 at the top: ids, then hashed keys), each a level below, a leaf, or null. */
type Level<T> = readonly (T | null)[];
type Leaf<V> = ReadonlyMap<string, V>;

export interface Table<V> {
  readonly size: number;
  readonly shards: Level<Level<Level<Leaf<V>>>>;
}

const level = <T>(n = 16): (T | null)[] => new Array<T | null>(n).fill(null);

export const emptyTable = <V>(): Table<V> => ({ size: 0, shards: level(32) });

type Mutable<V> = { size: number; shards: (((Map<string, V> | null)[] | null)[] | null)[] };

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789abcdef'.charCodeAt(i)] = i;
/** 0-15 for a lowercase hex digit's char code, else -1 */
const hexValue = (c: number): number => (c < 128 ? HEX[c]! : -1);

const HASHED = 1 << 12;

/**
 * Where `key` lives, as a number: three hex digits, and the HASHED bit. An id — 64 hex digits, after
 * `sha256:` for a digest — is placed by its first three digits, which are uniform; any other key by
 * a hash of it. (Looking at the length and three characters, not at all 64, keeps this cheap: it is
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
  return HASHED | (h & 0xfff);
}

const index0 = (w: number): number => ((w & HASHED) !== 0 ? 16 : 0) | ((w >> 8) & 15);
const index1 = (w: number): number => (w >> 4) & 15;
const index2 = (w: number): number => w & 15;

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
 * - on an immer draft (apply, the live path): the value's draft (a proxy, never frozen), and immer
 *   copies what is written;
 * - on a private state that shares frozen parts with a live one (decide's Work, a replay from a
 *   state): a frozen value is shared, so it is copied into `o` first — copy on write, without proxies;
 * - on a private state that shares nothing (a replay from zero): nothing is frozen, written in place.
 * This needs every state that others may hold to be deeply frozen: immer's results are, and
 * `freezeState` (evolve.ts) makes any other one so.
 */
export function writable<T extends object, K extends keyof T>(o: T, k: K): T[K] {
  const v = o[k];
  if (v === null || typeof v !== 'object' || !Object.isFrozen(v)) return v;
  const copy = (v instanceof Map ? new Map(v as Map<unknown, unknown>) : Array.isArray(v) ? v.slice() : { ...v }) as T[K];
  (o as { [key in K]: T[K] })[k] = copy;
  return copy;
}

/** The value at `key`, for reading only: through a draft, nothing is drafted. */
export function get<V>(t: Table<V>, key: string): V | undefined {
  const w = slot(key);
  if (isDraft(t)) {
    const l1 = peek(peek(t, 'shards'), index0(w));
    const l2 = l1 && peek(l1, index1(w));
    const shard = l2 && peek(l2, index2(w));
    // a leaf already drafted in this produce: reading its draft drafts the value, which is harmless
    return shard?.get(key);
  }
  return t.shards[index0(w)]?.[index1(w)]?.[index2(w)]?.get(key);
}

/** The leaf of slot `w`, as it is, or undefined. */
const leafAt = <V>(t: Table<V>, w: number): Map<string, V> | undefined =>
  (t as Mutable<V>).shards[index0(w)]?.[index1(w)]?.[index2(w)] ?? undefined;

/**
 * The leaf of slot `w`, writable, made if missing. What is not frozen is never under something
 * frozen (a state is frozen whole, and copies are made top down), so a leaf that is not frozen
 * needs no look at the levels above it: only a frozen or missing one takes the path from the top.
 */
function writableLeaf<V>(t: Table<V>, w: number, leaf = leafAt(t, w)): Map<string, V> {
  if (leaf && !Object.isFrozen(leaf)) return leaf;
  const l0 = writable(t as Mutable<V>, 'shards');
  const l1 = writable(l0, index0(w)) ?? (l0[index0(w)] = level());
  const l2 = writable(l1, index1(w)) ?? (l1[index1(w)] = level());
  return writable(l2, index2(w)) ?? (l2[index2(w)] = new Map());
}

export function set<V>(t: Table<V>, key: string, value: V): void {
  const leaf = writableLeaf(t, slot(key));
  const before = leaf.size;
  leaf.set(key, value);
  if (leaf.size !== before) (t as Mutable<V>).size++;
}

/** The value at `key`, writable (see `writable`), or undefined. */
export function edit<V extends object>(t: Table<V>, key: string): V | undefined {
  const w = slot(key);
  let leaf = leafAt(t, w);
  let v = leaf?.get(key);
  if (v === undefined) return undefined;
  if (!Object.isFrozen(v)) return v;
  leaf = writableLeaf(t, w, leaf);
  v = { ...v };
  leaf.set(key, v);
  return v;
}

export function remove<V>(t: Table<V>, key: string): void {
  const w = slot(key);
  const leaf = leafAt(t, w);
  if (!leaf?.has(key)) return;
  writableLeaf(t, w, leaf).delete(key);
  (t as Mutable<V>).size--;
}

function* leaves<V>(t: Table<V>): Generator<Leaf<V>> {
  for (const l1 of t.shards) if (l1) for (const l2 of l1) if (l2) for (const leaf of l2) if (leaf) yield leaf;
}

export function* values<V>(t: Table<V>): Generator<V> {
  for (const leaf of leaves(t)) yield* leaf.values();
}

export function* entries<V>(t: Table<V>): Generator<[string, V]> {
  for (const leaf of leaves(t)) yield* leaf.entries();
}

/** Id keys starting with a hex prefix: only the leaves that prefix can reach are scanned. */
export function* withPrefix<V>(t: Table<V>, prefix: string): Generator<[string, V]> {
  const digits = /^(?:sha256:)?([0-9a-f]{0,3})/.exec(prefix)?.[1] ?? '';
  // ids are in the first half of the top level; the second half holds hashed keys
  let level: readonly unknown[] = [t.shards.slice(0, 16)];
  for (let i = 0; i < 3; i++) {
    const next: unknown[] = [];
    for (const o of level as readonly (readonly unknown[])[]) {
      if (i < digits.length) next.push(o[hexValue(digits.charCodeAt(i))]);
      else next.push(...o);
    }
    level = next.filter((x) => x !== null && x !== undefined);
  }
  for (const leaf of level as readonly Leaf<V>[]) for (const [k, v] of leaf) if (k.startsWith(prefix)) yield [k, v];
}
