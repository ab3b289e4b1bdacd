/**
 * What a container's filesystem is a union of, read from the state alone: light enough for the read
 * verbs (`diff`, `export`), which must not load the process runtime.
 */
import * as table from '../core/table.js';
import type { Changeset, Digest } from '../layer/changeset.js';
import { initLayer } from '../layer/init-layer.js';
import { type OwnerNames, containerOwnerNames } from '../layer/owner-names.js';
import { lookup } from '../layer/union.js';
import type { Container, State } from '../state.js';

/** The read-only layers under a container, top first, by the layer graph (they outlive a deleted image). */
export function lowerStack(s: State, top: Digest | null): Changeset[] {
  const out: Changeset[] = [];
  for (let id = top; id; ) {
    const layer = table.get(s.layers, id);
    if (!layer) break;
    out.push(layer.changes);
    id = layer.parent;
  }
  return out;
}

/** What a container's RW layer sits on: its init layer, then the image's layers. */
export function containerBase(s: State, c: Container): Changeset[] {
  return [initLayer(c.created), ...lowerStack(s, c.layer)];
}

/** How the daemon's archiver names the owners of the container's files (export, cp out), or why the model cannot say. */
export function ownerNamesOf(s: State, c: Container, blob: (d: Digest) => Uint8Array): OwnerNames | string {
  const stack = [c.rw, ...containerBase(s, c)];
  return containerOwnerNames((p) => lookup(stack, p), blob);
}
