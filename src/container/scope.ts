/**
 * Paths in a container's scope, as the daemon resolves them on its mount of the container's
 * filesystem (pkg/symlink FollowSymlinkInScope): `cp`, and the working directory that create and
 * start make (container.SetupWorkingDirectory). Errors name the host path under the overlay2 mount
 * (`/var/lib/docker/overlay2/<mount id>/merged/...`), as the engine's do.
 */
import type { DockerError } from '../core/errors.js';
import { goClean } from '../go/path.js';
import { sha256 } from '../layer/digest.js';
import { followSymlinkInScope, lstatAt } from '../layer/scope.js';
import type { Node } from '../layer/changeset.js';
import { type Stack, lookup } from '../layer/union.js';
import type { Container, State } from '../state.js';
import { containerBase } from './stack.js';

/** The overlay2 mount of the container's filesystem, as the daemon's errors name it. */
export const mergedDir = (c: Container): string => `/var/lib/docker/overlay2/${sha256(c.id).slice('sha256:'.length)}/merged`;

export const hostPath = (c: Container, rel: string): string => (rel === '' ? mergedDir(c) : `${mergedDir(c)}/${rel}`);

export type Lstat = Node | 'ENOENT' | 'ENOTDIR';

/** lstat(2) of a relative path (no trailing slash) in the view: the kernel's errno for a missing or non-directory ancestor. */
export const lstatIn = (stack: Stack, rel: string): Lstat => lstatAt((p) => lookup(stack, p), rel);

/**
 * GetResourcePath: the path, absolute in the container, resolved in its scope on the daemon's mount
 * (layer/scope.ts): relative to the root, or the error naming the host path.
 */
export function followInScope(c: Container, stack: Stack, path: string): string | DockerError {
  const root = mergedDir(c);
  const r = followSymlinkInScope(`${root}${goClean(`/${path}`)}`, root, (p) => lookup(stack, p));
  return typeof r === 'string' ? r.slice(root.length + 1) : r;
}

/**
 * What the daemon's mount of the container shows: its RW layer over its init layer and its image's
 * layers (the network files a start bind-mounts are not in it: cp refuses them, see NETWORK_FILES).
 */
export const stackOf = (state: State, c: Container): Stack => [c.rw, ...containerBase(state, c)];
