/**
 * A read-only filesystem tree as the copier sees one: the build context, another image (COPY
 * --from) or the image being built. Paths are relative to the tree's root, without a leading slash;
 * '' is the root itself. The layer union view adapts to it directly:
 *   { node: (p) => lookup(stack, p), list: (d) => list(stack, d), read: readBlob }
 */
import type { DockerError } from '../core/errors.js';
import type { Digest, Node } from '../layer/changeset.js';
import { goClean } from '../go/path.js';
import { type InScope, evalInScope } from '../layer/scope.js';
import { compareBytes } from '../go/strings.js';

export interface FsView {
  /** The node at `path` exactly (symlinks not followed); undefined when nothing is there. '' is the root. */
  node(path: string): Node | undefined;
  /** The names in directory `dir`. */
  list(dir: string): readonly string[];
  /** A file's content. */
  read(digest: Digest): Uint8Array;
}

export const joinPath = (dir: string, name: string): string => (dir === '' ? name : name === '' ? dir : `${dir}/${name}`);

export type Scoped =
  | InScope
  /** The joined path leaves the root before any symlink is read. */
  | { readonly ok: false; readonly reason: 'outside' };

/**
 * symlink.FollowSymlinkInScope(filepath.Join(root, path), root) (layer/scope.ts) on a view: every
 * symlink resolved inside the root, missing components accepted.
 */
export function followSymlinkInScope(view: FsView, path: string): Scoped {
  const joined = goClean(path.replace(/^\/+/, ''));
  if (joined === '..' || joined.startsWith('../')) return { ok: false, reason: 'outside' };
  return evalInScope((p) => view.node(p), joined === '.' ? '' : joined);
}

/** The engine's error for a failed resolution of `path` below the host directory `rootfs`. */
export function scopedError(failure: Exclude<Scoped, { ok: true }>, rootfs: string, path: string): DockerError {
  const joined = goClean(`${rootfs}/${path}`);
  switch (failure.reason) {
    case 'outside':
      return { code: 'scope_outside', path: joined, root: rootfs };
    case 'errno':
      return { code: 'path_error', op: 'lstat', path: `${rootfs}/${failure.at}`, errno: failure.errno };
    case 'loop':
      return { code: 'scope_loop', path: joined };
  }
}

/** filepath.Walk from `start` (included): lstat order, names sorted bytewise, directories before their contents. */
export function* walkView(view: FsView, start: string): Generator<[string, Node]> {
  const node = view.node(start);
  if (node === undefined) return;
  yield [start, node];
  if (node.type !== 'dir') return;
  for (const name of [...view.list(start)].sort(compareBytes)) yield* walkView(view, joinPath(start, name));
}

/** A view over a map of nodes (parents must be present as directories). */
export function mapView(nodes: ReadonlyMap<string, Node>, blobs: ReadonlyMap<Digest, Uint8Array>): FsView {
  const children = new Map<string, string[]>();
  for (const path of nodes.keys()) {
    const i = path.lastIndexOf('/');
    const dir = i < 0 ? '' : path.slice(0, i);
    const list = children.get(dir);
    if (list) list.push(path.slice(i + 1));
    else children.set(dir, [path.slice(i + 1)]);
  }
  return {
    node: (p) => (p === '' ? ROOT : nodes.get(p)),
    list: (d) => children.get(d) ?? [],
    read: (digest) => {
      const b = blobs.get(digest);
      if (b === undefined) throw new Error(`no blob ${digest}`);
      return b;
    },
  };
}

const ROOT: Node = Object.freeze({ type: 'dir', mode: 0o755, mtime: 0 });
