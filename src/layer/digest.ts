import { createHash } from 'node:crypto';
import type { Digest } from './changeset.js';

/** Content digest in the OCI form `sha256:<64 lowercase hex>`. */
export const sha256 = (bytes: Uint8Array): Digest => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/**
 * ChainID per the OCI image-spec (config.md, "Layer ChainID"): ChainID(L0) = DiffID(L0),
 * ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)), hashing the full `sha256:` strings.
 * This is the key of /var/lib/docker/image/<driver>/layerdb/sha256/. '' for no layers.
 */
export const chainId = (diffIds: readonly Digest[]): Digest | '' => {
  let chain: Digest | '' = '';
  for (const diffId of diffIds) {
    chain = chain === '' ? diffId : sha256(new TextEncoder().encode(`${chain} ${diffId}`));
  }
  return chain;
};

/** DiffID of the empty layer: the 1024 zero bytes Go's archive/tar writes for an empty archive. */
export const EMPTY_LAYER_DIFF_ID: Digest = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef';
