/**
 * `docker diff`: the read-write layer compared with the image below it, as Docker 20.10 on overlay2
 * reports it (docs/rules.md LAYER-6; observed on Docker 20.10 and engine runs):
 * - a whiteout is `D` (a deleted directory is one entry);
 * - a path the image does not have is `A`;
 * - a file or symlink the image has is `C`, even for a metadata-only change;
 * - a directory the image has is `C` only when something below it changed, or when it was deleted and
 *   recreated (opaque), in which case the image's entries under it are listed as `D` too.
 *   Touching a directory alone, or creating and deleting a file in it, reports nothing.
 * The engine prints the upper directory's readdir order; the model prints paths sorted.
 */
import type { Changeset } from './changeset.js';
import { type Stack, join, list, lookup } from './union.js';

export type ChangeKind = 'A' | 'C' | 'D';
export interface DiffEntry {
  readonly kind: ChangeKind;
  readonly path: string;
}

export function diff(rw: Changeset, image: Stack): DiffEntry[] {
  const out = new Map<string, ChangeKind>();
  const changedAncestors = (path: string): void => {
    for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
      const dir = path.slice(0, i);
      if (!out.has(dir)) out.set(dir, lookup(image, dir) ? 'C' : 'A');
    }
  };
  for (const [path, change] of rw) {
    const below = lookup(image, path);
    if (change.type === 'whiteout') {
      if (!below) continue;
      out.set(path, 'D');
      changedAncestors(path);
    } else if (!below) {
      out.set(path, 'A');
      changedAncestors(path);
    } else if (change.type !== 'dir' || below.type !== 'dir') {
      out.set(path, 'C');
      changedAncestors(path);
    } else if (change.opaque) {
      out.set(path, 'C');
      changedAncestors(path);
      for (const name of list(image, path)) {
        const child = join(path, name);
        if (!rw.has(child)) out.set(child, 'D');
      }
    }
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, kind]) => ({ kind, path: `/${path}` }));
}
