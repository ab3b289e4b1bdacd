/**
 * A keyed collection split into small shards. immer copies an object on its first write in a
 * produce, so one big object of 10,000 containers would make every command O(n); with shards a
 * command copies only the shard it touches. Ids shard by their first hex digits, names by a hash.
 */
export interface Table<V> {
  readonly size: number;
  readonly shards: { readonly [shard: string]: { readonly [key: string]: V } };
}

export const emptyTable = <V>(): Table<V> => ({ size: 0, shards: {} });

type Mutable<V> = { size: number; shards: { [shard: string]: { [key: string]: V } } };

const HEX = /^(?:sha256:)?([0-9a-f]{2})/;

export function shardOf(key: string): string {
  const m = HEX.exec(key);
  if (m) return m[1]!;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `~${((h >>> 0) & 0xff).toString(16).padStart(2, '0')}`;
}

export function get<V>(t: Table<V>, key: string): V | undefined {
  const shard = t.shards[shardOf(key)];
  return shard && Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined;
}

export function set<V>(t: Table<V>, key: string, value: V): void {
  const m = t as Mutable<V>;
  const s = shardOf(key);
  const shard = (m.shards[s] ??= {});
  if (!Object.prototype.hasOwnProperty.call(shard, key)) m.size++;
  shard[key] = value;
}

export function remove<V>(t: Table<V>, key: string): void {
  const m = t as Mutable<V>;
  const s = shardOf(key);
  const shard = m.shards[s];
  if (!shard || !Object.prototype.hasOwnProperty.call(shard, key)) return;
  delete shard[key];
  m.size--;
}

export function* values<V>(t: Table<V>): Generator<V> {
  for (const shard of Object.values(t.shards)) yield* Object.values(shard);
}

export function* entries<V>(t: Table<V>): Generator<[string, V]> {
  for (const shard of Object.values(t.shards)) yield* Object.entries(shard);
}

/** Keys starting with a hex prefix: only the matching shard is scanned when the prefix has 2+ digits. */
export function* withPrefix<V>(t: Table<V>, prefix: string): Generator<[string, V]> {
  const m = HEX.exec(prefix);
  const shards = m ? [t.shards[m[1]!] ?? {}] : Object.values(t.shards);
  for (const shard of shards) for (const [k, v] of Object.entries(shard)) if (k.startsWith(prefix)) yield [k, v];
}
