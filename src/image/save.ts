/**
 * docker save (image/tarexport/save.go parseNames, 20.10): which images an archive holds and under
 * which tags. The archive itself is written from the state by archive/write.ts; here the names are
 * resolved, and one `save` event is logged per image. One bad name fails the whole save, before any
 * event (observed).
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import type { Digest, Unsavable } from '../layer/changeset.js';
import type { State } from '../state.js';
import type { SavedImage } from './archive/write.js';
import { hasTag, parseReference, refString, splitRef } from './reference.js';
import { lookupPrefix } from './resolve.js';
import { sha256 } from '../layer/digest.js';
import { goClean } from '../go/path.js';

const FULL_ID = /^(?:sha256:)?([a-f0-9]{64})$/;

/** is.Search: a unique prefix of an id, with or without `sha256:`. */
function search(s: State, term: string): Digest | DockerError {
  const found = lookupPrefix(s, term.startsWith('sha256:') ? term.slice(7) : term);
  if (found === 'ambiguous') return { code: 'ambiguous_digest' };
  return found ? found.id : { code: 'no_such_image', ref: term };
}

export function selectImages(s: State, names: readonly string[]): SavedImage[] | DockerError {
  const selected = new Map<Digest, string[]>();
  const add = (id: Digest, ref: string | null): DockerError | undefined => {
    if (!table.get(s.images, id)) return { code: 'image_config_missing', image: id };
    const refs = selected.get(id) ?? [];
    selected.set(id, refs);
    if (ref !== null && !refs.includes(ref)) refs.push(ref);
    return undefined;
  };
  for (const name of names) {
    // ParseAnyReference: a full id, with or without its algorithm, is a digest, never a name
    const full = FULL_ID.exec(name);
    if (full) {
      const err = add(`sha256:${full[1]}`, null);
      if (err) return err;
      continue;
    }
    if (name.includes('@')) {
      // a canonical reference: the reference store holds no digests here (no registry)
      const named = parseReference(name.slice(0, name.indexOf('@')));
      if ('code' in named) return { code: 'invalid_reference', ref: name, cause: named };
      return { code: 'reference_not_exist' };
    }
    const parsed = parseReference(name);
    if ('code' in parsed) return { code: 'invalid_reference', ref: name, cause: parsed };
    if (parsed.repo === 'sha256' || !hasTag(name)) {
      // a name alone: every tag of the repository; none, then an id prefix (`sha256:ab` parses as repo sha256)
      const tags = parsed.repo === 'sha256' ? [] : [...table.entries(s.tags)].filter(([ref]) => splitRef(ref).repo === parsed.repo);
      tags.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [ref, id] of tags) {
        const err = add(id, ref);
        if (err) return err;
      }
      if (tags.length === 0) {
        const id = search(s, name);
        if (typeof id !== 'string') return id;
        const err = add(id, null);
        if (err) return err;
      }
      continue;
    }
    const ref = refString(parsed);
    const id = table.get(s.tags, ref);
    if (id === undefined) return { code: 'reference_not_exist' };
    const err = add(id, ref);
    if (err) return err;
  }
  for (const id of selected.keys()) {
    const chain = table.get(s.images, id)?.chain ?? [];
    if (chain.length === 0) return { code: 'empty_export' };
    for (const chainId of chain) {
      const unsavable = table.get(s.layers, chainId)?.unsavable;
      if (unsavable) return unsavableError(chainId, unsavable);
    }
  }
  // Parent only when the parent is saved too (validatedParentLinks)
  return [...selected].map(([id, refs]) => {
    const parent = table.get(s.images, id)?.parent ?? null;
    return { id, refs, parent: parent !== null && parent !== id && selected.has(parent) ? parent : null };
  });
}

export function save(w: Work, names: readonly string[]): SavedImage[] | DockerError {
  const images = selectImages(w.state, names);
  if (!Array.isArray(images)) return images;
  for (const img of images) w.emit({ type: 'ImageSaved', id: img.id });
  return images;
}

/**
 * tar-split's failure at an entry it cannot read back from the layer's diff directory (cache ids are
 * random in the engine; the model's is made from the ChainID). Through a symlink to the host, what
 * it finds is the host's, which the model does not know.
 */
function unsavableError(chainId: Digest, u: Unsavable): DockerError {
  const path = (name: string): string => `/var/lib/docker/overlay2/${sha256(`cache-id ${chainId}`).slice(7)}/diff/${goClean(name).replace(/^\//, '')}`;
  if ('open' in u) return { code: 'path_error', op: 'open', path: path(u.open), errno: u.errno };
  if ('read' in u) return { code: 'path_error', op: 'read', path: path(u.read), errno: 'EISDIR' };
  if ('checksum' in u) return { code: 'layer_checksum_failed', name: u.checksum };
  return { code: 'unsupported', message: `strata: docker save of a layer whose entry ${JSON.stringify(u.host)} tar-split reads back through a symlink to the host's own files is not modelled` };
}
