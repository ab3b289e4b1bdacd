/** ChainIDs of every prefix of a layer stack (OCI image-spec identity; moby layer_store.go). */
import { createHash } from 'node:crypto';
import type { Digest } from './changeset.js';

export const digestOf = (data: Uint8Array | string): Digest =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** ChainID(L0) = DiffID(L0); ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)). */
export const nextChainId = (parent: Digest | null, diffId: Digest): Digest =>
  parent === null ? diffId : digestOf(`${parent} ${diffId}`);

export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  let parent: Digest | null = null;
  for (const d of diffIds) {
    parent = nextChainId(parent, d);
    out.push(parent);
  }
  return out;
}
