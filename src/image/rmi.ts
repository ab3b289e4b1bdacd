/**
 * docker rmi (daemon/images/image_delete.go ImageDelete, imageDeleteHelper, checkImageDeleteConflict):
 * hard conflicts (child images, a running container) can never be forced; soft ones (other tags, a
 * stopped container) yield to -f. Deleting an image prunes its untagged, unused parents.
 */
import type { DockerError } from '../core/errors.js';
import type { ImageConflictReason } from '../core/errors/engine.js';
import type { PruneFilters } from '../core/filters.js';
import * as table from '../core/table.js';
import type { Work } from '../core/work.js';
import { isError } from '../container/resolve.js';
import { releaseLayers } from '../container/runtime.js';
import type { Digest } from '../layer/changeset.js';
import type { Container, Image, State } from '../state.js';
import { findImage, tagsOf } from './resolve.js';

/** One item of the engine's report (types.ImageDeleteResponseItem): a reference untagged, or an image or layer deleted. */
export type DeleteRecord = { readonly untagged: string } | { readonly deleted: string };

type Conflict = { readonly hard: boolean; readonly used: boolean; readonly reason: ImageConflictReason };

const HARD = 1;
const ACTIVE_REFERENCE = 2;
const STOPPED_CONTAINER = 4;
const SOFT = ACTIVE_REFERENCE | STOPPED_CONTAINER;

/** The first container (oldest first, for a stable answer) using the image and matching the filter. */
function firstUser(s: State, id: Digest, pred: (c: Container) => boolean): Container | undefined {
  let best: Container | undefined;
  for (const c of table.values(s.containers)) {
    if (c.image === id && pred(c) && (!best || c.created < best.created)) best = c;
  }
  return best;
}

function conflictOf(s: State, img: Image, mask: number): Conflict | undefined {
  if (mask & HARD) {
    if (img.children.length > 0) return { hard: true, used: false, reason: { kind: 'children' } };
    const running = firstUser(s, img.id, (c) => c.state.running);
    if (running) return { hard: true, used: true, reason: { kind: 'running', container: running.id } };
  }
  if (mask & ACTIVE_REFERENCE && tagsOf(s, img.id).length > 0) {
    return { hard: false, used: false, reason: { kind: 'referenced' } };
  }
  if (mask & STOPPED_CONTAINER) {
    const stopped = firstUser(s, img.id, (c) => !c.state.running);
    if (stopped) return { hard: false, used: true, reason: { kind: 'stopped', container: stopped.id } };
  }
  return undefined;
}

const toError = (img: Image, c: Conflict): DockerError => ({ code: 'image_conflict', image: img.id, forced: c.hard, reason: c.reason });

/** isImageIDPrefix: an argument that is a prefix of the id (with or without `sha256:`) names the image by id. */
const isIdPrefix = (id: string, arg: string): boolean => id.startsWith(arg) || id.slice(7).startsWith(arg);

function untag(w: Work, id: Digest, ref: string, out: DeleteRecord[]): void {
  w.emit({ type: 'ImageUntagged', id, ref });
  out.push({ untagged: ref });
}

export function rmi(w: Work, arg: string, force: boolean, prune: boolean): DeleteRecord[] | DockerError {
  const found = findImage(w.state, arg);
  if (isError(found)) return found;
  const img = found.image;
  const out: DeleteRecord[] = [];
  const refs = tagsOf(w.state, img.id);
  let quiet = false;
  if (found.ref !== null && !isIdPrefix(img.id, arg)) {
    if (!force && refs.length === 1) {
      const user = firstUser(w.state, img.id, () => true);
      if (user) return { code: 'image_conflict_ref', ref: arg, container: user.id, image: img.id };
    }
    untag(w, img.id, found.ref, out);
    if (refs.length > 1) return out;
    quiet = true;
  } else if (refs.length === 1) {
    const conflict = conflictOf(w.state, img, HARD | (force ? 0 : STOPPED_CONTAINER));
    if (conflict) return toError(img, conflict);
    for (const r of refs) untag(w, img.id, r, out);
  }
  const err = deleteImage(w, img.id, force, prune, quiet, out);
  return err ?? out;
}

/** imageDeleteHelper */
function deleteImage(w: Work, id: Digest, force: boolean, prune: boolean, quiet: boolean, out: DeleteRecord[]): DockerError | undefined {
  const img = table.get(w.state.images, id);
  if (!img) return undefined;
  const conflict = conflictOf(w.state, img, HARD | (force ? 0 : SOFT));
  if (conflict) {
    const dangling = tagsOf(w.state, id).length === 0 && img.children.length === 0;
    if (quiet && (!dangling || conflict.used)) return undefined;
    return toError(img, conflict);
  }
  const parent = img.parent;
  for (const r of tagsOf(w.state, id)) untag(w, id, r, out);
  w.emit({ type: 'ImageDeleted', id });
  out.push({ deleted: id });
  for (const chainId of releaseLayers(w, img.chain[img.chain.length - 1] ?? null)) out.push({ deleted: chainId });
  if (!prune || !parent) return undefined;
  return deleteImage(w, parent, false, true, true, out);
}

/** docker image prune [-a] (daemon/images/image_prune.go). */
export function imagePrune(w: Work, all: boolean, filters?: PruneFilters): { records: DeleteRecord[]; reclaimed: number } {
  // The 20.10 CLI always adds dangling=<!all> to the user's filters (parsePruneFilters reads it)
  const danglingOnly = filters?.dangling ?? !all;
  const records: DeleteRecord[] = [];
  const sizes = new Map<string, number>();
  for (const l of table.values(w.state.layers)) sizes.set(l.chainId, l.size);
  const candidates = [...table.values(w.state.images)]
    .filter((img) => (danglingOnly ? img.children.length === 0 && tagsOf(w.state, img.id).length === 0 : true))
    .filter((img) => (filters?.before(img.created) ?? true) && (filters?.labels(img.config.config.Labels) ?? true))
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  for (const img of candidates) {
    if (!table.get(w.state.images, img.id)) continue;
    const refs = tagsOf(w.state, img.id);
    const targets = refs.length > 0 ? refs : [img.id.slice(7)];
    for (const t of targets) {
      const mark = w.mark();
      const r = rmi(w, t, false, true);
      if (isError(r)) {
        w.rewind(mark); // a conflict deletes nothing: prune skips that image
        continue;
      }
      records.push(...r);
    }
  }
  let reclaimed = 0;
  for (const r of records) if ('deleted' in r) reclaimed += sizes.get(r.deleted) ?? 0;
  return { records, reclaimed };
}
