/**
 * A read-only filesystem tree as the copier sees one: the build context, another image (COPY
 * --from) or the image being built. Paths are relative to the tree's root, without a leading slash;
 * '' is the root itself. The layer union view adapts to it directly:
 *   { node: (p) => lookup(stack, p), list: (d) => list(stack, d), read: readBlob }
 */
import type { DockerError } from '../core/errors.js';
import type { Digest, Node } from '../layer/changeset.js';
import { goClean } from '../go/path.js';
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

/** lstat(2) through a view whose intermediate components are already resolved. */
type Lstat = { readonly node: Node } | { readonly errno: 'ENOENT' | 'ENOTDIR' };

function lstat(view: FsView, path: string): Lstat {
  const parts = path === '' ? [] : path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const n = view.node(parts.slice(0, i).join('/'));
    if (n === undefined) return { errno: 'ENOENT' };
    if (n.type !== 'dir') return { errno: 'ENOTDIR' };
  }
  const n = view.node(path);
  return n === undefined ? { errno: 'ENOENT' } : { node: n };
}

export type Scoped =
  | { readonly ok: true; readonly path: string }
  /** The joined path leaves the root before any symlink is read. */
  | { readonly ok: false; readonly reason: 'outside' }
  /** lstat of a component failed other than "does not exist" (`lstat <root>/<at>: not a directory`). */
  | { readonly ok: false; readonly reason: 'errno'; readonly errno: 'ENOTDIR'; readonly at: string }
  | { readonly ok: false; readonly reason: 'loop' };

/**
 * symlink.FollowSymlinkInScope(filepath.Join(root, path), root): every symlink resolved inside the
 * root (absolute targets from the root, `..` stopping at it), missing components accepted.
 */
export function followSymlinkInScope(view: FsView, path: string): Scoped {
  const joined = goClean(path.replace(/^\/+/, ''));
  if (joined === '..' || joined.startsWith('../')) return { ok: false, reason: 'outside' };
  let rest = joined === '.' ? '' : joined;
  let resolved = ''; // b: always a clean path inside the root
  for (let n = 0; rest !== ''; n++) {
    if (n > 255) return { ok: false, reason: 'loop' };
    const i = rest.indexOf('/');
    const p = i < 0 ? rest : rest.slice(0, i);
    rest = i < 0 ? '' : rest.slice(i + 1);
    if (p === '') continue;
    const clean = goClean(`/${resolved}/${p}`);
    if (clean === '/') {
      resolved = '';
      continue;
    }
    const rel = clean.slice(1);
    const st = lstat(view, rel);
    if ('errno' in st) {
      if (st.errno === 'ENOENT') {
        resolved = rel;
        continue;
      }
      return { ok: false, reason: 'errno', errno: st.errno, at: rel };
    }
    if (st.node.type !== 'symlink') {
      resolved = rel;
      continue;
    }
    if (st.node.target.startsWith('/')) resolved = '';
    rest = rest === '' ? st.node.target : `${st.node.target}/${rest}`;
  }
  return { ok: true, path: resolved };
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
