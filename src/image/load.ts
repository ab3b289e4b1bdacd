/**
 * docker load (image/tarexport/load.go, 20.10), given the archive as read by archive/read.ts. Entry
 * by entry: each layer whose ChainID is not registered is registered from its file and must have
 * the DiffID the config says; the image is created from the exact config bytes (so its id is
 * unchanged; an image already here stays as it is); each RepoTag is moved onto it, silently (no
 * `tag` event); one `load` event. Then parents are linked, only between images of this archive,
 * and only where the child's history is the parent's plus one entry.
 *
 * A failing entry leaves nothing of itself (its new layers are released), but entries before it
 * stay loaded and their lines printed: the engine streams as it goes (observed). What the model
 * cannot represent, met where the engine would get to it, refuses the whole load: a refusal keeps
 * none of the events emitted so far.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import type { Digest } from '../layer/changeset.js';
import { nextChainId, sha256 } from '../layer/digest.js';
import type { LoadArchive, LoadEntry } from './archive/read.js';
import type { HistoryEntry } from './config.js';
import { registerLayerTar } from './create.js';

/** One message of load's stream, which the CLI prints as a line (or, for `loadedIds`, one line per id). */
export type LoadRecord =
  /** `The image <ref> already exists, renaming the old one with ID <previous> to empty string` */
  | { readonly renamed: string; readonly previous: string }
  /** `Loaded image: <name>` */
  | { readonly loaded: string }
  /** `Loaded image ID: <id>` for each id; no id at all is an empty message (an empty line) */
  | { readonly loadedIds: readonly string[] };

export interface Loaded {
  readonly records: LoadRecord[];
  readonly error?: DockerError;
}

/** The layers of one entry, to register in order; or the engine's error (nothing of the entry kept). */
function loadLayers(w: Work, entry: LoadEntry): (() => void)[] | DockerError {
  let parent: Digest | null = null;
  const pending: (() => void)[] = [];
  const fresh = new Set<Digest>();
  for (const [i, diffId] of entry.diffIds.entries()) {
    const layer = entry.layers[i];
    if (!layer) return { code: 'model_bug', message: 'a layer of the manifest was not read' };
    if ('error' in layer) return layer.error;
    const chainId = nextChainId(parent, diffId);
    if (!table.get(w.state.layers, chainId) && !fresh.has(chainId)) {
      const file = layer.file;
      if (!('diffId' in file)) return file;
      if (file.diffId !== diffId) return { code: 'invalid_diff_id', index: i, expected: diffId, got: file.diffId };
      const below = parent;
      pending.push(() => registerLayerTar(w, below, file));
      fresh.add(chainId);
    }
    parent = chainId;
  }
  return pending;
}

/** checkValidParent: the child's history is the parent's plus exactly one entry (or both have none). */
function validParent(w: Work, id: Digest, parentId: Digest): boolean {
  const img = table.get(w.state.images, id);
  const parent = table.get(w.state.images, parentId);
  if (!img || !parent) return false;
  const h = img.config.history;
  const p = parent.config.history;
  if (h.length === 0 && p.length === 0) return true;
  if (h.length - p.length !== 1) return false;
  const same = (a: HistoryEntry, b: HistoryEntry | undefined): boolean =>
    b !== undefined &&
    a.created === b.created &&
    (a.author ?? '') === (b.author ?? '') &&
    (a.created_by ?? '') === (b.created_by ?? '') &&
    (a.comment ?? '') === (b.comment ?? '') &&
    (a.empty_layer ?? false) === (b.empty_layer ?? false);
  return p.every((entry, i) => same(entry, h[i]));
}

export function load(w: Work, archive: LoadArchive): Loaded | DockerError {
  if (archive.error) return archive.error;
  if (archive.silent) return { records: [] };

  const records: LoadRecord[] = [];
  /** the engine's error ends the load after what it did; what the model cannot hold refuses it all */
  const stop = (e: DockerError): Loaded | DockerError => (e.code === 'unsupported' ? e : { records, error: e });
  const ids: string[] = [];
  let tagged = 0;
  const links: [Digest, string][] = [];
  for (const entry of archive.entries) {
    if (entry.error) return stop(entry.error);
    const layers = loadLayers(w, entry);
    if (!Array.isArray(layers)) return stop(layers);
    // image.Store.Create, once the layers are in: more non-empty history entries than layers is refused
    if (entry.history > entry.diffIds.length) return { records, error: { code: 'history_too_long' } };
    if (entry.unmodelled) return stop(entry.unmodelled);
    for (const register of layers) register();
    const id = sha256(entry.json);
    if (!table.get(w.state.images, id)) {
      w.emit({ type: 'ImageCreated', id, json: entry.json, parent: null, builtLocally: false, action: 'load' });
    }
    ids.push(id);
    tagged = 0;
    for (const t of entry.repoTags) {
      if ('error' in t) return stop(t.error);
      if ('ref' in t) {
        const previous = table.get(w.state.tags, t.ref);
        if (previous !== undefined && previous !== id) {
          records.push({ renamed: t.ref, previous });
        }
        w.emit({ type: 'ImageTagged', id, ref: t.ref, quiet: true });
      }
      // a name the reference store refuses (a digest in it, `sha256` as repository) is printed all the same
      records.push({ loaded: t.shown });
      tagged++;
    }
    links.push([id, entry.parent]);
    w.emit({ type: 'ImageLoaded', id });
  }
  // validatedParentLinks: a parent only if it is one of the images just loaded (and not the image itself)
  for (const [id, parent] of links) {
    if (parent === '' || !links.some(([other]) => other === parent && other !== id)) continue;
    const parentId = parent as Digest;
    if (!validParent(w, id, parentId)) return { records, error: { code: 'invalid_parent', parent: parentId, id } };
    w.emit({ type: 'ImageParentSet', id, parent: parentId });
  }
  // one stream message with every id, printed only when the last entry had no tag
  if (tagged === 0) records.push({ loadedIds: ids });
  return { records };
}
