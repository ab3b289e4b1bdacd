/**
 * moby's pkg/symlink: FollowSymlinkInScope and its evalSymlinksInScope, over a tree the model
 * holds. Every symlink on the path is resolved as if the root were `/` (an absolute target starts
 * again from the root, `..` never climbs above it), a missing component is accepted as it is, and
 * any other failed lstat is an error. The daemon resolves this way the paths of a container (`cp`,
 * the working directory), a build's sources and destinations, and the files of an archive it loads.
 */
import type { DockerError } from '../core/errors.js';
import { goClean } from '../go/path.js';

/** What a tree holds at a path: its type, and a symlink's target. */
export interface ScopeNode {
  readonly type: string;
  readonly target?: string;
}

/** The node at a path relative to the root ('' is the root; no leading slash), symlinks not followed; undefined when nothing is there. */
export type NodeAt = (rel: string) => ScopeNode | undefined;

/** lstat(2) of a path relative to the root: ENOENT for a missing ancestor, ENOTDIR for one that is not a directory. */
export function lstatAt<N extends ScopeNode>(nodeAt: (rel: string) => N | undefined, rel: string): N | 'ENOENT' | 'ENOTDIR' {
  let at = -1;
  while ((at = rel.indexOf('/', at + 1)) >= 0) {
    const n = nodeAt(rel.slice(0, at));
    if (n === undefined) return 'ENOENT';
    if (n.type !== 'dir') return 'ENOTDIR';
  }
  return nodeAt(rel) ?? 'ENOENT';
}

export type InScope =
  /** the resolved path relative to the root, clean, '' for the root itself */
  | { readonly ok: true; readonly path: string }
  /** more than 255 components and link targets read */
  | { readonly ok: false; readonly reason: 'loop' }
  /** lstat of `at` (relative to the root) failed other than with "does not exist" */
  | { readonly ok: false; readonly reason: 'errno'; readonly errno: 'ENOTDIR'; readonly at: string };

/** evalSymlinksInScope's walk of `path`, relative to the root (a leading slash or none, cleaned here). */
export function evalInScope(nodeAt: NodeAt, path: string): InScope {
  let rest = goClean(`/${path}`);
  // Go keeps `b` as written and cleans it with each component; only components that are no symlink
  // are appended, so the clean path resolved so far is the same thing
  let resolved = '';
  for (let n = 0; rest !== ''; n++) {
    if (n > 255) return { ok: false, reason: 'loop' };
    const i = rest.indexOf('/');
    const p = i < 0 ? rest : rest.slice(0, i);
    rest = i < 0 ? '' : rest.slice(i + 1);
    if (p === '') continue;
    const clean = goClean(`/${resolved}/${p}`);
    if (clean === '/') {
      // never lstat the root itself
      resolved = '';
      continue;
    }
    const rel = clean.slice(1);
    const st = lstatAt(nodeAt, rel);
    if (st === 'ENOTDIR') return { ok: false, reason: 'errno', errno: st, at: rel };
    if (st === 'ENOENT' || st.type !== 'symlink') {
      resolved = rel;
      continue;
    }
    const target = st.target ?? '';
    if (target.startsWith('/')) resolved = '';
    rest = rest === '' ? target : `${target}/${rest}`;
  }
  return { ok: true, path: resolved };
}

export type ScopeError = Extract<DockerError, { code: 'scope_outside' | 'scope_loop' | 'path_error' }>;

/**
 * FollowSymlinkInScope(path, root), both absolute host paths: the resolved host path, or the
 * error the daemon returns (its texts name host paths).
 */
export function followSymlinkInScope(path: string, root: string, nodeAt: NodeAt): string | ScopeError {
  const full = goClean(path);
  const top = goClean(root);
  if (full === top) return full;
  if (!full.startsWith(top)) return { code: 'scope_outside', path: full, root: top };
  // the root "/a" and the path "/ab" share a prefix and still the path is not inside
  const inside = top === '/' ? full : full.slice(top.length);
  if (!inside.startsWith('/')) return { code: 'scope_outside', path: inside, root: top };
  const r = evalInScope(nodeAt, inside);
  const below = (rel: string): string => (top === '/' ? `/${rel}` : rel === '' ? top : `${top}/${rel}`);
  if (r.ok) return below(r.path);
  if (r.reason === 'loop') return { code: 'scope_loop', path: full };
  return { code: 'path_error', op: 'lstat', path: below(r.at), errno: r.errno };
}
