/** `docker diff`, read from a state. */
import type { DockerError } from '../core/errors.js';
import { findContainer, isError } from '../container/resolve.js';
import { containerBase } from '../container/stack.js';
import { type DiffEntry, diff } from '../layer/diff.js';
import type { State } from '../state.js';

/** `docker diff REF`: the container's read-write layer against what lies under it, or why not (no such container). */
export function containerDiff(s: State, ref: string): DiffEntry[] | DockerError {
  const c = findContainer(s, ref);
  return isError(c) ? c : diff(c.rw, containerBase(s, c));
}
