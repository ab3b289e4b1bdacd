/**
 * Finding an image as daemon/images/image.go GetImage does: a 64-hex id or `sha256:` digest by id;
 * otherwise a reference looked up among the tags; failing that, a unique id prefix.
 */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import type { Digest } from '../layer/changeset.js';
import type { Image, State } from '../state.js';
import { isReference, parseReference, refString } from './reference.js';

export interface Found {
  readonly image: Image;
  /** the `repo:tag` the argument named, when it was a reference rather than an id */
  readonly ref: string | null;
}

export function findImage(s: State, arg: string): Found | DockerError {
  const full = /^(?:sha256:)?([a-f0-9]{64})$/.exec(arg);
  if (full) {
    const image = table.get(s.images, `sha256:${full[1]}`);
    return image ? { image, ref: null } : { code: 'no_such_image', ref: arg };
  }
  if (arg.startsWith('sha256:')) {
    const byPrefix = searchPrefix(s, arg.slice(7));
    return byPrefix ? { image: byPrefix, ref: null } : { code: 'no_such_image', ref: arg };
  }
  const parsed = parseReference(arg);
  if (!isReference(parsed)) return { code: 'invalid_reference', ref: arg, cause: parsed };
  const ref = refString(parsed);
  const id = table.get(s.tags, ref);
  const tagged = id ? table.get(s.images, id) : undefined;
  if (tagged) return { image: tagged, ref };
  const byPrefix = /^[a-f0-9]+$/.test(arg) ? searchPrefix(s, arg) : undefined;
  if (byPrefix) return { image: byPrefix, ref: null };
  return { code: 'no_such_image', ref };
}

/** digestset.Lookup: the image whose hex id starts with `hex`, 'ambiguous' when several do. */
export function lookupPrefix(s: State, hex: string): Image | 'ambiguous' | undefined {
  if (hex === '' || !/^[a-f0-9]+$/.test(hex)) return undefined;
  const matches = [...table.withPrefix(s.images, `sha256:${hex}`)];
  return matches.length > 1 ? 'ambiguous' : matches[0]?.[1];
}

/** GetImage's prefix search: ambiguous or absent gives nothing. */
function searchPrefix(s: State, hex: string): Image | undefined {
  const found = lookupPrefix(s, hex);
  return found === 'ambiguous' ? undefined : found;
}

export const tagsOf = (s: State, id: Digest): string[] =>
  [...table.entries(s.tags)].filter(([, v]) => v === id).map(([k]) => k).sort();
