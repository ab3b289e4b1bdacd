/** Content digests and the OCI layer identities built from them (image-spec descriptor.md, config.md). */
import { sha256Hex } from '../core/crypto.js';
import type { Digest } from './changeset.js';

/** Content digest in the OCI form `sha256:<64 lowercase hex>` (of bytes, or of a string's UTF-8). */
export const sha256 = (data: Uint8Array | string): Digest => `sha256:${sha256Hex(data)}`;

/**
 * One step of the ChainID recursion (image-spec config.md, "Layer ChainID"; moby layer_store.go):
 * ChainID(L0) = DiffID(L0), ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)), hashing the
 * full `sha256:` strings joined by one space.
 */
export const nextChainId = (parent: Digest | null, diffId: Digest): Digest => (parent === null ? diffId : sha256(`${parent} ${diffId}`));

/** The ChainID of every prefix of a layer stack, bottom first. */
export function chainIds(diffIds: readonly Digest[]): Digest[] {
  const out: Digest[] = [];
  let parent: Digest | null = null;
  for (const d of diffIds) {
    parent = nextChainId(parent, d);
    out.push(parent);
  }
  return out;
}

/** The ChainID of a whole stack (the key of layerdb/sha256/), '' for no layers. */
export const chainId = (diffIds: readonly Digest[]): Digest | '' => chainIds(diffIds).at(-1) ?? '';

/** DiffID of the empty layer: the 1024 zero bytes Go's archive/tar writes for an empty archive. */
export const EMPTY_LAYER_DIFF_ID: Digest = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';
