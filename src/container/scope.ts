/**
 * Paths in a container's scope, as the daemon resolves them on its mount of the container's
 * filesystem (pkg/symlink FollowSymlinkInScope): `cp`, and the working directory that create and
 * start make (container.SetupWorkingDirectory). Errors name the host path under the overlay2 mount
 * (`/var/lib/docker/overlay2/<mount id>/merged/...`), as the engine's do.
 */
import type { DockerError } from '../core/errors.js';
import { goClean } from '../go/path.js';
import type { Node } from '../layer/changeset.js';
import { sha256 } from '../layer/digest.js';
import { type Stack, join, lookup } from '../layer/union.js';
import type { Container, State } from '../state.js';
import { containerBase } from './stack.js';

/** The overlay2 mount of the container's filesystem, as the daemon's errors name it. */
export const mergedDir = (c: Container): string => `/var/lib/docker/overlay2/${sha256(c.id).slice('sha256:'.length)}/merged`;

export const hostPath = (c: Container, rel: string): string => (rel === '' ? mergedDir(c) : `${mergedDir(c)}/${rel}`);

export type Lstat = Node | 'ENOENT' | 'ENOTDIR';

/** lstat(2) of a relative path (no trailing slash) in the view: the kernel's errno for a missing or non-directory ancestor. */
export function lstatIn(stack: Stack, rel: string): Lstat {
  if (rel === '') return lookup(stack, '')!;
  const parts = rel.split('/');
  let at = '';
  for (let i = 0; i < parts.length - 1; i++) {
    at = join(at, parts[i]!);
    const n = lookup(stack, at);
    if (n === undefined) return 'ENOENT';
    if (n.type === 'symlink') return 'ENOTDIR'; // never reached: resolved paths hold no symlinks but the last
    if (n.type !== 'dir') return 'ENOTDIR';
  }
  return lookup(stack, rel) ?? 'ENOENT';
}

/**
 * pkg/symlink evalSymlinksInScope, on the union view: every symlink followed (the last one too),
 * absolute targets from the container's root, `..` never above it; a missing component is kept as
 * it is. The resolved path relative to the root, or the lstat that failed.
 */
export function followInScope(c: Container, stack: Stack, path: string): string | DockerError {
  let rest = goClean(`/${path}`);
  let b = '';
  for (let n = 0; rest !== ''; n++) {
    if (n > 255) return { code: 'scope_loop', path: `${mergedDir(c)}${goClean(`/${path}`)}` };
    const i = rest.indexOf('/');
    const p = i < 0 ? rest : rest.slice(0, i);
    rest = i < 0 ? '' : rest.slice(i + 1);
    if (p === '') continue;
    const clean = goClean(`/${b}${p}`);
    if (clean === '/') {
      b = '';
      continue;
    }
    const rel = clean.slice(1);
    const st = lstatIn(stack, rel);
    if (st === 'ENOENT' || typeof st !== 'string') {
      if (st === 'ENOENT' || st.type !== 'symlink') {
        b += `${p}/`;
        continue;
      }
      if (st.target.startsWith('/')) b = '';
      rest = `${st.target}/${rest}`;
      continue;
    }
    return { code: 'path_error', op: 'lstat', path: hostPath(c, rel), errno: st };
  }
  return goClean(`/${b}`).slice(1);
}

/**
 * What the daemon's mount of the container shows: its RW layer over its init layer and its image's
 * layers (the network files a start bind-mounts are not in it: cp refuses them, see NETWORK_FILES).
 */
export const stackOf = (state: State, c: Container): Stack => [c.rw, ...containerBase(state, c)];
