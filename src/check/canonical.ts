/**
 * The abstract state the checker counts: a state with its ids, pids, names and times taken out, and
 * containers, images and layers that are interchangeable counted once (graph.ts).
 *
 * What is kept is everything a later command can see or act on: every container's status flags,
 * exit code and error, whether it ever started or finished, its program, config and restart
 * bookkeeping, its RW layer's entries (paths, types, modes, contents, not mtimes), its process's
 * interpreter state (without its wake-up time) and whether a timer is set for it, which image and
 * layer it uses; every image's config (without its creation time, the id of the container it was
 * committed from and hostnames), tags, whether it was tagged or built here, its parent and top layer;
 * every layer's entries, size and reference count, and its parent. What is dropped: ids and
 * digests (ChainIDs, DiffIDs, image ids: each depends on times), container names, pids, the clock,
 * creation and tag times, sequence numbers, containers' logs (nothing reads them back into the
 * state) and how long a sleeping process has left to sleep.
 */
import type { Change } from '../layer/changeset.js';
import type { ContainerConfig, ImageConfig } from '../image/config.js';
import * as table from '../core/table.js';
import { steadyKey, type ProcState } from '../sh/index.js';
import type { Container, Image, Layer, State } from '../state.js';
import { type GraphObject, canonicalForm, fastHash } from './graph.js';

/** Labels of values that never change once made (frozen, shared between states): computed once each. */
const memo = <K extends object>(f: (k: K) => string): ((k: K) => string) => {
  const cache = new WeakMap<K, string>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = f(k)));
    return v;
  };
};

/** A changeset's entries, sorted by path, without mtimes. */
const changesLabel = memo((changes: ReadonlyMap<string, Change>): string => {
  const entries = [...changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return fastHash(JSON.stringify(entries.map(([path, c]) => [path, { ...c, mtime: undefined }])));
});

/** A container config without its hostname (the container's short id). */
const configLabel = memo((c: ContainerConfig): string => fastHash(JSON.stringify({ ...c, Hostname: undefined })));

/** An image config without times, the committing container's id and hostnames, and its layers (referred to instead). */
const imageConfigLabel = memo((c: ImageConfig): string =>
  fastHash(
    JSON.stringify({
      ...c,
      created: undefined,
      container: undefined,
      config: configLabel(c.config),
      container_config: configLabel(c.container_config),
      history: c.history.map((h) => ({ ...h, created: undefined })),
      rootfs: undefined,
    }),
  ),
);

/** A process's interpreter state without its wake-up time, its container's short id (HOSTNAME) masked. */
const processLabels = new WeakMap<ProcState, string>();
function processLabel(state: ProcState, id: string): string {
  let v = processLabels.get(state);
  if (v === undefined) processLabels.set(state, (v = fastHash(steadyKey(state).split(id.slice(0, 12)).join('#'))));
  return v;
}

/** A container's label, but for whether a timer is set for it (the state's, not the container's). */
const containerLabel = memo((c: Container): string => {
  const s = c.state;
  return fastHash(JSON.stringify([
    s.running, s.paused, s.restarting, s.dead, s.pid !== 0, s.exitCode, s.error, s.startedAt !== null, s.finishedAt !== null,
    c.path, c.args, configLabel(c.config), c.hostConfig, c.imageRef, c.restartCount, c.restartDelay, c.manuallyStopped, c.restartCanceled,
    changesLabel(c.rw), c.process === null ? null : processLabel(c.process.state, c.id),
  ]));
});

const layerLabel = memo((l: Layer): string => `${changesLabel(l.changes)}|${l.size}|${l.stored}|${JSON.stringify(l.unsavable)}|${l.refs}`);

const imageLabel = (img: Image, tags: string): string => `${imageConfigLabel(img.config)}|${tags}|${img.builtLocally}|${img.lastTagTime !== null}`;

/** A table's entries, read once per table: a step leaves most tables of a state as they were (shared). */
const tableEntries = new WeakMap<object, readonly (readonly [string, unknown])[]>();
function entriesOf<V>(t: table.Table<V>): readonly (readonly [string, V])[] {
  let e = tableEntries.get(t);
  if (e === undefined) tableEntries.set(t, (e = table.entryList(t)));
  return e as readonly (readonly [string, V])[];
}

/** Image id -> its tags, sorted, once per tags table. */
const tagsByImage = new WeakMap<object, ReadonlyMap<string, string>>();
function tagsOf(t: table.Table<string>): ReadonlyMap<string, string> {
  let m = tagsByImage.get(t);
  if (m === undefined) {
    const lists = new Map<string, string[]>();
    for (const [ref, id] of entriesOf(t)) lists.set(id, [...(lists.get(id) ?? []), ref]);
    tagsByImage.set(t, (m = new Map([...lists].map(([id, refs]) => [id, refs.sort().join(',')]))));
  }
  return m;
}

/** The state as a graph of its layers, images and containers (graph.ts). */
export function stateGraph(state: State): GraphObject[] {
  const layers = entriesOf(state.layers).map(([, l]) => l);
  const images = entriesOf(state.images).map(([, img]) => img);
  const containers = entriesOf(state.containers).map(([, c]) => c);
  const layerAt = new Map(layers.map((l, i) => [l.chainId as string, i]));
  const imageAt = new Map(images.map((img, i) => [img.id as string, layers.length + i]));
  const tags = tagsOf(state.tags);
  const layerRef = (d: string | null): number => (d === null ? -1 : layerAt.get(d) ?? -1);
  const imageRef = (d: string | null): number => (d === null ? -1 : imageAt.get(d) ?? -1);
  return [
    ...layers.map((l): GraphObject => ({ kind: 'L', label: layerLabel(l), refs: [layerRef(l.parent)] })),
    ...images.map((img): GraphObject => ({
      kind: 'I',
      label: imageLabel(img, tags.get(img.id) ?? ''),
      refs: [imageRef(img.parent), layerRef(img.chain[img.chain.length - 1] ?? null)],
    })),
    ...containers.map((c): GraphObject => ({
      kind: 'C',
      label: `${containerLabel(c)}${table.get(state.timers, c.id) !== undefined}`,
      refs: [imageRef(c.image === '' ? null : c.image), layerRef(c.layer)],
    })),
  ];
}

/** The abstract state's key: equal for two states exactly when they are the same state up to ids, names, times and symmetry. */
export const canonicalKey = (state: State): string => fastHash(canonicalForm(stateGraph(state)));
