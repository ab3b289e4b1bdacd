/**
 * The rules every reachable state of the model obeys, as named checks: each is `(state) => string[]`,
 * the violations it finds (empty when the state is sound), every message naming the rule it breaks.
 * `invariants.check(state)` runs them all; it is what a state between two commands must satisfy.
 * `invariants.everyEvent(state)` leaves out `unreferencedLayers`, the one rule that holds only between
 * commands (a layer a command registers is referenced by the image the same command creates a few
 * events later), so it holds after every event of the log: a state is only ever a fold of the log.
 * Each rule is written out in docs/rules.md, by the id every message of it starts with (`[LAYER-2] …`).
 */
import { type Digest, type Envelope, type State, chainIds, sha256, table } from '../index.js';

export type Invariant = (state: State) => string[];

/** ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)), ChainID(L0) = DiffID(L0) (image-spec config.md) */
const nextChainId = (parent: Digest | null, diffId: Digest): Digest => (parent === null ? diffId : sha256(`${parent} ${diffId}`));

/** A table's entries, and a violation of rule `id` if its size disagrees with them. */
function entriesOf<V>(id: string, name: string, t: table.Table<V>, out: string[]): Map<string, V> {
  const m = new Map(table.entries(t));
  if (m.size !== t.size) out.push(`[${id}] ${name} table size ${t.size} but ${m.size} entries`);
  return m;
}

/** LAYER-1, ID-2 (layer/layer_store.go): keyed by ChainID, which is the ChainID of (parent, DiffID); parents present, no cycles. */
const layers: Invariant = (s) => {
  const out: string[] = [];
  const all = entriesOf('LAYER-1', 'layers', s.layers, out);
  for (const [key, l] of all) {
    if (key !== l.chainId) out.push(`[LAYER-1] layer stored under ${key} has chainId ${l.chainId}`);
    if (nextChainId(l.parent, l.diffId) !== l.chainId) out.push(`[ID-2] layer ${l.chainId} is not the ChainID of (${l.parent}, ${l.diffId})`);
    if (l.parent !== null && !all.has(l.parent)) out.push(`[LAYER-1] layer ${l.chainId} has missing parent ${l.parent}`);
    let n = 0;
    for (let p: Digest | null = l.parent; p !== null; p = all.get(p)?.parent ?? null) {
      if (++n > all.size) {
        out.push(`[LAYER-1] layer ${l.chainId} has a cyclic parent chain`);
        break;
      }
    }
  }
  return out;
};

/** ID-3, ID-2, LAYER-2, ID-4 (image/store.go): ImageID = sha256(config), its layers are its diff_ids' ChainIDs and present, parents and children agree. */
const images: Invariant = (s) => {
  const out: string[] = [];
  const all = entriesOf('ID-3', 'images', s.images, out);
  const layerTable = new Map(table.entries(s.layers));
  for (const [key, img] of all) {
    if (key !== img.id) out.push(`[ID-3] image stored under ${key} has id ${img.id}`);
    if (sha256(img.json) !== img.id) out.push(`[ID-3] image ${img.id} is not the sha256 of its config`);
    const expected = chainIds(img.config.rootfs.diff_ids as Digest[]);
    if (JSON.stringify(expected) !== JSON.stringify(img.chain)) out.push(`[ID-2] image ${img.id} chain is not the ChainIDs of its diff_ids`);
    img.chain.forEach((c, i) => {
      const l = layerTable.get(c);
      if (!l) out.push(`[LAYER-2] image ${img.id} references missing layer ${c}`);
      else if (l.parent !== (i === 0 ? null : img.chain[i - 1])) out.push(`[ID-2] image ${img.id} layer ${i} has parent ${l.parent}`);
    });
    if (img.parent !== null) {
      const p = all.get(img.parent);
      if (!p) out.push(`[ID-4] image ${img.id} has missing parent ${img.parent}`);
      else if (!p.children.includes(img.id)) out.push(`[ID-4] image ${img.id} is not among its parent's children`);
    }
    if (new Set(img.children).size !== img.children.length) out.push(`[ID-4] image ${img.id} lists a child twice`);
    for (const ch of img.children) {
      const c = all.get(ch);
      if (!c) out.push(`[ID-4] image ${img.id} has missing child ${ch}`);
      else if (c.parent !== img.id) out.push(`[ID-4] image ${img.id} lists child ${ch} whose parent is ${c.parent}`);
    }
    let n = 0;
    for (let p = img.parent; p !== null; p = all.get(p)?.parent ?? null) {
      if (++n > all.size) {
        out.push(`[ID-4] image ${img.id} has a cyclic parent chain`);
        break;
      }
    }
  }
  return out;
};

/** RMI-1 (reference/store.go): every tag names an image that exists. */
const tags: Invariant = (s) => {
  const out: string[] = [];
  for (const [ref, id] of table.entries(s.tags)) if (table.get(s.images, id) === undefined) out.push(`[RMI-1] tag ${ref} points at missing image ${id}`);
  return out;
};

/** NAME-1 (daemon/names.go): one name per container, reserved for it alone. */
const names: Invariant = (s) => {
  const out: string[] = [];
  const containers = entriesOf('NAME-1', 'containers', s.containers, out);
  const all = entriesOf('NAME-1', 'names', s.names, out);
  if (all.size !== containers.size) out.push(`[NAME-1] ${all.size} names for ${containers.size} containers`);
  for (const [n, id] of all) if (containers.get(id)?.name !== n) out.push(`[NAME-1] name ${n} points at ${id}, which is not named so`);
  for (const c of containers.values()) if (all.get(c.name) !== c.id) out.push(`[NAME-1] container ${c.id} name ${c.name} is not reserved for it`);
  return out;
};

/** LIFE-1 (daemon/container/state.go): the state flags agree; LAYER-2: a container pins its image's top layer. */
const containers: Invariant = (s) => {
  const out: string[] = [];
  for (const [key, c] of table.entries(s.containers)) {
    if (key !== c.id) out.push(`[LIFE-1] container stored under ${key} has id ${c.id}`);
    if (c.layer !== null && table.get(s.layers, c.layer) === undefined) out.push(`[LAYER-2] container ${c.id} pins missing layer ${c.layer}`);
    const img = table.get(s.images, c.image);
    if (img && c.layer !== (img.chain[img.chain.length - 1] ?? null)) out.push(`[LAYER-2] container ${c.id} layer is not its image's top layer`);
    const st = c.state;
    // paused and restarting containers are Running; a stopped one has no pid
    if (st.paused && !st.running) out.push(`[LIFE-1] container ${c.id} paused but not running`);
    if (st.restarting && !st.running) out.push(`[LIFE-1] container ${c.id} restarting but not running`);
    if (st.paused && st.restarting) out.push(`[LIFE-1] container ${c.id} both paused and restarting`);
    if (!st.running && st.pid !== 0) out.push(`[LIFE-1] container ${c.id} not running with pid ${st.pid}`);
    if (st.restarting && st.pid !== 0) out.push(`[LIFE-1] container ${c.id} restarting with pid ${st.pid}`);
    if (st.running && !st.restarting && st.pid <= 0) out.push(`[LIFE-1] container ${c.id} running without a pid`);
    if (c.process !== null && (!st.running || st.restarting)) out.push(`[LIFE-1] container ${c.id} has a process but is not running`);
    if (st.running && st.startedAt === null) out.push(`[LIFE-1] container ${c.id} running but never started`);
  }
  return out;
};

/** TIME-4, the model's own timers: only a running container waits on one. */
const timers: Invariant = (s) => {
  const out: string[] = [];
  for (const [id] of table.entries(s.timers)) {
    const c = table.get(s.containers, id);
    if (!c) out.push(`[TIME-4] timer for missing container ${id}`);
    else if (!c.state.running) out.push(`[TIME-4] timer for container ${id} that is not running`);
  }
  return out;
};

/** LAYER-2 (layer/layer_store.go): an image's top layer, a container's RW layer and a child layer each hold one reference. */
const refcounts: Invariant = (s) => {
  const out: string[] = [];
  const refs = new Map<Digest, number>();
  const inc = (d: Digest | null | undefined): void => {
    if (d) refs.set(d, (refs.get(d) ?? 0) + 1);
  };
  for (const img of table.values(s.images)) inc(img.chain[img.chain.length - 1]);
  for (const c of table.values(s.containers)) inc(c.layer);
  for (const l of table.values(s.layers)) inc(l.parent);
  for (const l of table.values(s.layers)) if (l.refs !== (refs.get(l.chainId) ?? 0)) out.push(`[LAYER-2] layer ${l.chainId} refs ${l.refs}, expected ${refs.get(l.chainId) ?? 0}`);
  return out;
};

/** LAYER-3, between commands (layer/layer_store.go releaseLayer cascades at zero): a layer nobody references is gone. */
const unreferencedLayers: Invariant = (s) => {
  const out: string[] = [];
  for (const l of table.values(s.layers)) if (l.refs <= 0) out.push(`[LAYER-3] layer ${l.chainId} has no references but still exists`);
  return out;
};

const EVERY_EVENT = { layers, images, tags, names, containers, timers, refcounts } as const;
const ALL = { ...EVERY_EVENT, unreferencedLayers } as const;

export type InvariantName = keyof typeof ALL;

const run = (set: Readonly<Record<string, Invariant>>, s: State): string[] => Object.values(set).flatMap((inv) => inv(s));

export const invariants: Readonly<Record<InvariantName, Invariant>> & {
  /** every invariant: what a state between two commands satisfies */
  check(state: State): string[];
  /** every invariant that holds after each event, in the middle of a command too */
  everyEvent(state: State): string[];
  /** the log itself: sequence numbers 1..n in order (STORE-1), model time never going back (TIME-1) */
  log(envelopes: readonly Envelope[]): string[];
} = {
  ...ALL,
  check: (s) => run(ALL, s),
  everyEvent: (s) => run(EVERY_EVENT, s),
  log: (envelopes) => {
    const out: string[] = [];
    envelopes.forEach((e, i) => {
      if (e.seq !== i + 1) out.push(`[STORE-1] envelope ${i} has seq ${e.seq}`);
      const prev = envelopes[i - 1];
      if (prev && e.at < prev.at) out.push(`[TIME-1] envelope ${e.seq} at ${e.at} is before its predecessor (${prev.at})`);
    });
    return out;
  },
};
