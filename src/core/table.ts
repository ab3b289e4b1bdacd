/**
 * A keyed collection split into small shards, three levels deep (16 x 16 x 16). immer copies an
 * object on its first write in a produce, so one big object of 10,000 containers would make every
 * command O(n); here a command copies four objects of a few keys each, whatever the size. (Objects
 * with hundreds of keys are also where V8 falls back to slow dictionary properties.) Ids shard by
 * their first three hex digits, which are uniform; names and tags by a hash.
 */
type Leaf<V> = { readonly [key: string]: V };
type Level<T> = { readonly [digit: string]: T };

export interface Table<V> {
  readonly size: number;
  readonly shards: Level<Level<Level<Leaf<V>>>>;
}

export const emptyTable = <V>(): Table<V> => ({ size: 0, shards: {} });

type M<T> = { [k: string]: T };
type Mutable<V> = { size: number; shards: M<M<M<M<V>>>> };

const ID = /^(?:sha256:)?([0-9a-f])([0-9a-f])([0-9a-f])[0-9a-f]{9,}$/;
const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export function shardOf(key: string): [string, string, string] {
  const m = ID.exec(key);
  if (m) return [m[1]!, m[2]!, m[3]!];
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  const x = h >>> 0;
  return [`~${(x & 15).toString(16)}`, ((x >> 4) & 15).toString(16), ((x >> 8) & 15).toString(16)];
}

function leaf<V>(t: Table<V>, key: string): Leaf<V> | undefined {
  const [a, b, c] = shardOf(key);
  const l1 = own(t.shards, a) ? t.shards[a] : undefined;
  const l2 = l1 && own(l1, b) ? l1[b] : undefined;
  return l2 && own(l2, c) ? l2[c] : undefined;
}

export function get<V>(t: Table<V>, key: string): V | undefined {
  const shard = leaf(t, key);
  return shard && own(shard, key) ? shard[key] : undefined;
}

export function set<V>(t: Table<V>, key: string, value: V): void {
  const m = t as Mutable<V>;
  const [a, b, c] = shardOf(key);
  const shard = (((m.shards[a] ??= {})[b] ??= {})[c] ??= {});
  if (!own(shard, key)) m.size++;
  shard[key] = value;
}

export function remove<V>(t: Table<V>, key: string): void {
  const shard = leaf(t, key) as M<V> | undefined;
  if (!shard || !own(shard, key)) return;
  delete shard[key];
  (t as Mutable<V>).size--;
}

function* leaves<V>(t: Table<V>): Generator<Leaf<V>> {
  for (const l1 of Object.values(t.shards)) for (const l2 of Object.values(l1)) yield* Object.values(l2);
}

export function* values<V>(t: Table<V>): Generator<V> {
  for (const shard of leaves(t)) yield* Object.values(shard);
}

export function* entries<V>(t: Table<V>): Generator<[string, V]> {
  for (const shard of leaves(t)) yield* Object.entries(shard);
}

/** Id keys starting with a hex prefix: only the shards that prefix can reach are scanned. */
export function* withPrefix<V>(t: Table<V>, prefix: string): Generator<[string, V]> {
  const digits = (/^(?:sha256:)?([0-9a-f]{0,3})/.exec(prefix)?.[1] ?? '').split('');
  let level: Iterable<unknown> = [t.shards];
  for (let i = 0; i < 3; i++) {
    const d = digits[i];
    const next: unknown[] = [];
    for (const o of level as Iterable<M<unknown>>) {
      if (d === undefined) next.push(...Object.values(o));
      else if (own(o, d)) next.push(o[d]);
    }
    level = next;
  }
  for (const shard of level as Iterable<Leaf<V>>) for (const [k, v] of Object.entries(shard)) if (k.startsWith(prefix)) yield [k, v];
}
