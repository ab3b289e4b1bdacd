/**
 * Registering layers and images: the steps import, commit (and later build and load) share.
 * A layer is identified by its ChainID; registering one that exists reuses it (layer_store.go).
 */
import type { LayerInput } from '../commands.js';
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import { rfc3339Nano } from '../core/time.js';
import type { Work } from '../core/work.js';
import { type Change, changesetSize, type Digest, type Unsavable } from '../layer/changeset.js';
import { EMPTY_LAYER_DIFF_ID, sha256, nextChainId } from '../layer/digest.js';
import { writeLayerTar } from '../layer/tar-write.js';
import { type ImageConfig, serializeImageConfig } from './config.js';
import { isReference, parseReference, refString } from './reference.js';

/** What a layer that came in as a tar records besides its changes (see LayerRegistered). */
type TarOrigin = { readonly stored: true; readonly unsavable?: Unsavable };

export function registerLayer(w: Work, parent: Digest | null, diffId: Digest, size: number, changes: ReadonlyMap<string, Change>, origin?: TarOrigin): Digest {
  const chainId = nextChainId(parent, diffId);
  if (!table.get(w.state.layers, chainId)) {
    w.emit({ type: 'LayerRegistered', chainId, diffId, parent, size, changes: [...changes], ...origin });
  }
  return chainId;
}

/** A layer that came in as a tar (import, load): its file contents and the tar itself go to the blob store. */
export function registerLayerTar(w: Work, parent: Digest | null, layer: LayerInput): Digest {
  if (!table.get(w.state.layers, nextChainId(parent, layer.diffId))) {
    w.addBlobs(layer.blobs);
    w.addBlobs(new Map([[layer.diffId, layer.tar]]));
  }
  const { unsavable } = layer;
  return registerLayer(w, parent, layer.diffId, layer.size, layer.changes, { stored: true, ...(unsavable !== undefined ? { unsavable } : {}) });
}

/**
 * A read-write changeset committed as a read-only layer over `parent` (layer.Commit): its DiffID is
 * the sha256 of its tar; nothing is registered, and null returned, when that tar is the empty tar.
 */
export function commitLayer(w: Work, parent: Digest | null, changes: ReadonlyMap<string, Change>): Digest | null {
  const diffId = sha256(writeLayerTar(changes, (d) => w.blob(d)));
  if (diffId === EMPTY_LAYER_DIFF_ID) return null;
  registerLayer(w, parent, diffId, changesetSize(changes), changes);
  return diffId;
}

/** Store an image config; the id is the sha256 of its exact bytes. */
export function createImage(w: Work, config: ImageConfig, parent: Digest | null, builtLocally: boolean, action: 'import' | 'commit' | 'build'): Digest {
  const json = serializeImageConfig(config);
  const id = sha256(json);
  w.emit({ type: 'ImageCreated', id, json, parent, builtLocally, action });
  return id;
}

/** Parse a `repo[:tag]` the user wants to apply (commit, import, tag). */
export function parseTarget(text: string): string | DockerError {
  const r = parseReference(text);
  if (!isReference(r)) return { code: 'invalid_reference', ref: text, cause: r };
  return refString(r);
}

/** Point a tag at an image: docker tag always overwrites, leaving the old image untagged. */
export function tagImage(w: Work, id: Digest, ref: string): void {
  w.emit({ type: 'ImageTagged', id, ref });
}

export const timestamp = (w: Work): string => rfc3339Nano(w.now);
