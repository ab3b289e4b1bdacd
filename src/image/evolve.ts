/**
 * How image and layer events change the state: mechanical, total, rule-free. Whatever is written is
 * reached through `writable`/`table.edit` (see core/table.ts); lookups only read.
 */
import type { Draft } from 'immer';
import * as table from '../core/table.js';
import { freezeDeep, peek, writable } from '../core/table.js';
import type { ImageEvent, LayerEvent } from '../events.js';
import type { Digest, Unsavable } from '../layer/changeset.js';
import { chainIds } from '../layer/digest.js';
import type { Image, Layer, State } from '../state.js';
import { type ImageConfig, imageConfigOf } from './config.js';

type D = Draft<State>;

export function evolveLayer(s: D, e: LayerEvent): void {
  switch (e.type) {
    case 'LayerRegistered': {
      if (table.get(peek(s, 'layers'), e.chainId)) return;
      const layer: Layer = {
        chainId: e.chainId,
        diffId: e.diffId,
        parent: e.parent,
        size: e.size,
        // never written again: frozen now, so the live path's produce has nothing of it to scan
        changes: freezeDeep(new Map(e.changes)),
        stored: e.stored === true,
        unsavable: unsavableOf(e),
        refs: 0,
      };
      table.set(writable(s, 'layers'), e.chainId, layer as Draft<Layer>);
      const parent = e.parent ? table.edit(writable(s, 'layers'), e.parent) : undefined;
      if (parent) parent.refs++;
      return;
    }
    case 'LayerDeleted': {
      const layer = table.get(peek(s, 'layers'), e.chainId);
      if (!layer) return;
      table.remove(writable(s, 'layers'), e.chainId);
      const parent = layer.parent ? table.edit(writable(s, 'layers'), layer.parent) : undefined;
      if (parent) parent.refs--;
      return;
    }
  }
}

/**
 * An image config's reading and its ChainIDs (a JSON parse and a sha256 per layer). A command's
 * ImageCreated is evolved twice, in decide's private state and by apply, with the same bytes: the
 * last few readings are kept, frozen (never written again, and shared by every state holding the image).
 */
function readConfig(json: string): { readonly config: ImageConfig; readonly chain: readonly Digest[] } {
  let known = readings.get(json);
  if (known === undefined) {
    const config = freezeDeep(imageConfigOf(json));
    known = { config, chain: freezeDeep(chainIds(config.rootfs.diff_ids as Digest[])) };
    if (readings.size >= KEPT_READINGS) readings.delete(readings.keys().next().value!);
    readings.set(json, known);
  }
  return known;
}
const readings = new Map<string, { readonly config: ImageConfig; readonly chain: readonly Digest[] }>();
const KEPT_READINGS = 64;

export function evolveImage(s: D, e: ImageEvent, at: number): void {
  switch (e.type) {
    case 'ImageCreated': {
      if (table.get(peek(s, 'images'), e.id)) return;
      const { config, chain } = readConfig(e.json);
      const img: Image = {
        id: e.id,
        json: e.json,
        config,
        chain,
        parent: e.parent,
        children: [],
        builtLocally: e.builtLocally,
        created: Date.parse(config.created),
        lastTagTime: null,
      };
      table.set(writable(s, 'images'), e.id, img as Draft<Image>);
      const parent = e.parent ? table.edit(writable(s, 'images'), e.parent) : undefined;
      if (parent) writable(parent, 'children').push(e.id);
      const top = chain[chain.length - 1];
      const layer = top ? table.edit(writable(s, 'layers'), top) : undefined;
      if (layer) layer.refs++;
      return;
    }
    case 'ImageTagged': {
      table.set(writable(s, 'tags'), e.ref, e.id);
      // load writes the reference store directly: LastTagTime is only set by a tag operation
      const img = e.quiet === true ? undefined : table.edit(writable(s, 'images'), e.id);
      if (img) img.lastTagTime = at;
      return;
    }
    case 'ImageUntagged':
      if (table.get(peek(s, 'tags'), e.ref) === e.id) table.remove(writable(s, 'tags'), e.ref);
      return;
    case 'ImageParentSet': {
      const images = writable(s, 'images');
      const img = table.edit(images, e.id);
      if (!img) return;
      const old = img.parent ? table.edit(images, img.parent) : undefined;
      if (old) old.children = old.children.filter((c) => c !== e.id);
      img.parent = e.parent;
      const parent = table.edit(images, e.parent);
      if (parent && !parent.children.includes(e.id)) writable(parent, 'children').push(e.id);
      return;
    }
    case 'ImageDeleted': {
      const img = table.get(peek(s, 'images'), e.id);
      if (!img) return;
      const images = writable(s, 'images');
      table.remove(images, e.id);
      const parent = img.parent ? table.edit(images, img.parent) : undefined;
      if (parent) parent.children = parent.children.filter((c) => c !== e.id);
      // moby: deleting an image removes the parent link of its children
      for (const child of img.children) {
        const c = table.edit(images, child);
        if (c) c.parent = null;
      }
      const top = img.chain[img.chain.length - 1];
      const layer = top ? table.edit(writable(s, 'layers'), top) : undefined;
      if (layer) layer.refs--;
      return;
    }
  }
}

/** What a LayerRegistered says tar-split cannot read back; a log from before `unsavable` named the entry a whiteout's data made unopenable. */
export function unsavableOf(e: Extract<LayerEvent, { type: 'LayerRegistered' }>): Unsavable | null {
  if (e.unsavable !== undefined) return e.unsavable;
  return e.missingPayload === undefined ? null : { open: e.missingPayload, errno: 'ENOENT' };
}
