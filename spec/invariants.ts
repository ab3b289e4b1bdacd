/**
 * The state invariants every property checks: one function, `violations(state)`, returning the list
 * of violated invariants (empty when the state is sound). Each invariant cites its rule.
 *
 * `violations` holds after EVERY event (a state is only ever a fold of the log, so every prefix of the
 * log must be a sound state); `quiescentViolations` adds what holds only between commands (a layer
 * registered by a command is referenced by the image the same command creates a few events later).
 */
import { types } from 'node:util';
import * as table from '../src/core/table.js';
import type { Envelope } from '../src/events.js';
import type { Digest } from '../src/layer/changeset.js';
import { chainIds, sha256, nextChainId } from '../src/layer/digest.js';
import type { State } from '../src/state.js';

export function violations(s: State): string[] {
  const out: string[] = [];
  const bad = (m: string): void => {
    out.push(m);
  };

  // --- layers (moby-rules.md §6 "Layer store", §7 ChainID formula) ---
  const layers = new Map([...table.entries(s.layers)]);
  if (layers.size !== s.layers.size) bad(`layers table size ${s.layers.size} but ${layers.size} entries`);
  for (const [key, l] of layers) {
    if (key !== l.chainId) bad(`layer stored under ${key} has chainId ${l.chainId}`);
    // ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)), ChainID(L0) = DiffID(L0)
    if (nextChainId(l.parent, l.diffId) !== l.chainId) bad(`layer ${l.chainId} is not the ChainID of (${l.parent}, ${l.diffId})`);
    if (l.parent !== null && !layers.has(l.parent)) bad(`layer ${l.chainId} has missing parent ${l.parent}`);
    // acyclic: following parents ends within |layers| steps
    let n = 0;
    for (let p: Digest | null = l.parent; p !== null; p = layers.get(p)?.parent ?? null) {
      if (++n > layers.size) {
        bad(`layer ${l.chainId} has a cyclic parent chain`);
        break;
      }
    }
  }

  // --- images (moby-rules.md §7 ImageID = sha256(config), §8 image store parents/children) ---
  const images = new Map([...table.entries(s.images)]);
  if (images.size !== s.images.size) bad(`images table size ${s.images.size} but ${images.size} entries`);
  for (const [key, img] of images) {
    if (key !== img.id) bad(`image stored under ${key} has id ${img.id}`);
    if (sha256(img.json) !== img.id) bad(`image ${img.id} is not the sha256 of its config`);
    const expected = chainIds(img.config.rootfs.diff_ids as Digest[]);
    if (JSON.stringify(expected) !== JSON.stringify(img.chain)) bad(`image ${img.id} chain is not the ChainIDs of its diff_ids`);
    img.chain.forEach((c, i) => {
      const l = layers.get(c);
      if (!l) return bad(`image ${img.id} references missing layer ${c}`);
      if (l.parent !== (i === 0 ? null : img.chain[i - 1])) bad(`image ${img.id} layer ${i} has parent ${l.parent}`);
    });
    if (img.parent !== null) {
      const p = images.get(img.parent);
      if (!p) bad(`image ${img.id} has missing parent ${img.parent}`);
      else if (!p.children.includes(img.id)) bad(`image ${img.id} is not among its parent's children`);
    }
    if (new Set(img.children).size !== img.children.length) bad(`image ${img.id} lists a child twice`);
    for (const ch of img.children) {
      const c = images.get(ch);
      if (!c) bad(`image ${img.id} has missing child ${ch}`);
      else if (c.parent !== img.id) bad(`image ${img.id} lists child ${ch} whose parent is ${c.parent}`);
    }
    // image parent chains are acyclic
    let n = 0;
    for (let p = img.parent; p !== null; p = images.get(p)?.parent ?? null) {
      if (++n > images.size) {
        bad(`image ${img.id} has a cyclic parent chain`);
        break;
      }
    }
  }
  for (const [ref, id] of table.entries(s.tags)) if (!images.has(id)) bad(`tag ${ref} points at missing image ${id}`);

  // --- containers (moby-rules.md §2 state flags, §3 create/rm, §6 RW layers) ---
  const containers = new Map([...table.entries(s.containers)]);
  if (containers.size !== s.containers.size) bad(`containers table size ${s.containers.size} but ${containers.size} entries`);
  const names = new Map([...table.entries(s.names)]);
  if (names.size !== s.names.size) bad(`names table size ${s.names.size} but ${names.size} entries`);
  if (names.size !== containers.size) bad(`${names.size} names for ${containers.size} containers`);
  for (const [n, id] of names) if (containers.get(id)?.name !== n) bad(`name ${n} points at ${id}, which is not named so`);
  for (const [key, c] of containers) {
    if (key !== c.id) bad(`container stored under ${key} has id ${c.id}`);
    if (names.get(c.name) !== c.id) bad(`container ${c.id} name ${c.name} is not reserved for it`);
    if (c.layer !== null && !layers.has(c.layer)) bad(`container ${c.id} pins missing layer ${c.layer}`);
    const img = images.get(c.image);
    if (img && c.layer !== (img.chain[img.chain.length - 1] ?? null)) bad(`container ${c.id} layer is not its image's top layer`);
    const st = c.state;
    // state.go: paused and restarting containers are Running; a stopped one has no pid
    if (st.paused && !st.running) bad(`container ${c.id} paused but not running`);
    if (st.restarting && !st.running) bad(`container ${c.id} restarting but not running`);
    if (st.paused && st.restarting) bad(`container ${c.id} both paused and restarting`);
    if (!st.running && st.pid !== 0) bad(`container ${c.id} not running with pid ${st.pid}`);
    if (st.restarting && st.pid !== 0) bad(`container ${c.id} restarting with pid ${st.pid}`);
    if (st.running && !st.restarting && st.pid <= 0) bad(`container ${c.id} running without a pid`);
    if (c.process !== null && (!st.running || st.restarting)) bad(`container ${c.id} has a process but is not running`);
    if (st.running && st.startedAt === null) bad(`container ${c.id} running but never started`);
  }
  for (const [id] of table.entries(s.timers)) {
    const c = containers.get(id);
    if (!c) bad(`timer for missing container ${id}`);
    else if (!c.state.running) bad(`timer for container ${id} that is not running`);
  }

  // --- refcounts (moby-rules.md §6: images, RW layers and child layers each hold one reference) ---
  const refs = new Map<Digest, number>();
  const inc = (d: Digest | null | undefined): void => {
    if (d) refs.set(d, (refs.get(d) ?? 0) + 1);
  };
  for (const img of images.values()) inc(img.chain[img.chain.length - 1]);
  for (const c of containers.values()) inc(c.layer);
  for (const l of layers.values()) inc(l.parent);
  for (const l of layers.values()) if (l.refs !== (refs.get(l.chainId) ?? 0)) bad(`layer ${l.chainId} refs ${l.refs}, expected ${refs.get(l.chainId) ?? 0}`);
  return out;
}

/** Between commands: additionally, a layer nobody references has been deleted (layer_store.go releaseLayer cascades at 0). */
export function quiescentViolations(s: State): string[] {
  const out = violations(s);
  for (const l of table.values(s.layers)) if (l.refs <= 0) out.push(`layer ${l.chainId} has no references but still exists`);
  return out;
}

/** The log itself: seq numbers 1..n in order, model time never goes backwards. */
export function logViolations(log: readonly Envelope[]): string[] {
  const out: string[] = [];
  log.forEach((e, i) => {
    if (e.seq !== i + 1) out.push(`envelope ${i} has seq ${e.seq}`);
    const prev = log[i - 1];
    if (prev && e.at < prev.at) out.push(`envelope ${e.seq} at ${e.at} is before its predecessor (${prev.at})`);
  });
  return out;
}

/**
 * state.ts: "Plain data, so immer can draft it and JSON can show it"; events.ts: the log is the
 * source of truth. Neither may hold a live immer draft (a Proxy) of some other state: the paths of
 * the first few proxies found.
 */
export function proxyViolations(root: unknown, where = '$', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (out.length >= 5 || root === null || typeof root !== 'object' || seen.has(root)) return out;
  if (types.isProxy(root)) {
    out.push(`${where} is a Proxy`);
    return out;
  }
  seen.add(root);
  if (root instanceof Map) for (const [k, v] of root) proxyViolations(v, `${where}.get(${JSON.stringify(k)})`, out, seen);
  else if (ArrayBuffer.isView(root)) return out;
  else for (const [k, v] of Object.entries(root)) proxyViolations(v, `${where}.${k}`, out, seen);
  return out;
}
