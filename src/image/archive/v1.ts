/**
 * The legacy v1 image JSON that `docker save` (20.10, image/tarexport/save.go) writes beside each
 * layer, and the v1 id that names the layer's directory (image/v1/imagev1.go CreateID). Every layer
 * but the top one carries only `created` (the epoch, "for pre v1.9 docker") and `os`; the top one
 * carries the image's own V1Image fields. The id hashes that JSON without its id, plus the layer's
 * ChainID and the v1 id below it, so one DiffID gets a different directory at each chain position.
 */
import type { Digest } from '../../layer/changeset.js';
import { sha256 } from '../../layer/digest.js';
import { marshal } from '../../go/json/index.js';
import { type ContainerConfig, emptyConfig, type ImageConfig, orderConfig } from '../config.js';

/** image.V1Image (image/image.go), the fields save fills. */
export interface V1Image {
  readonly id?: string;
  readonly parent?: string;
  readonly comment?: string;
  readonly created: string;
  readonly container?: string;
  readonly container_config: ContainerConfig;
  readonly docker_version?: string;
  readonly author?: string;
  readonly config?: ContainerConfig;
  readonly architecture?: string;
  readonly variant?: string;
  readonly os?: string;
}

export const EPOCH = '1970-01-01T00:00:00Z';

/** The V1Image of a layer below the top: nothing but the epoch and the image's os. */
export const lowerV1 = (os: string): V1Image => ({ created: EPOCH, container_config: emptyConfig(), ...(os ? { os } : {}) });

/** The image's own V1Image, for its top layer. */
export const topV1 = (img: ImageConfig): V1Image => ({
  ...(img.comment ? { comment: img.comment } : {}),
  created: img.created,
  ...(img.container ? { container: img.container } : {}),
  container_config: img.container_config,
  ...(img.docker_version ? { docker_version: img.docker_version } : {}),
  ...(img.author ? { author: img.author } : {}),
  config: img.config,
  ...(img.architecture ? { architecture: img.architecture } : {}),
  ...(img.variant ? { variant: img.variant } : {}),
  ...(img.os ? { os: img.os } : {}),
});

/** json.Marshal(V1Image): struct field order, omitempty on all but created and container_config. */
function fields(v: V1Image): [string, string][] {
  const out: [string, string][] = [];
  const put = (k: string, x: unknown): void => {
    if (x !== undefined && x !== '') out.push([k, marshal(x)]);
  };
  put('id', v.id);
  put('parent', v.parent);
  put('comment', v.comment);
  out.push(['created', marshal(v.created)]);
  put('container', v.container);
  out.push(['container_config', marshal(orderConfig(v.container_config))]);
  put('docker_version', v.docker_version);
  put('author', v.author);
  if (v.config !== undefined) out.push(['config', marshal(orderConfig(v.config))]);
  put('architecture', v.architecture);
  put('variant', v.variant);
  put('os', v.os);
  return out;
}

const object = (entries: readonly [string, string][]): string => `{${entries.map(([k, raw]) => `${marshal(k)}:${raw}`).join(',')}}`;

/** The bytes of `<v1id>/json`. */
export const v1Json = (v: V1Image): string => object(fields(v));

/**
 * CreateID: the V1Image without its id, re-read as a map of raw values, `layer_id` (the ChainID) and
 * `parent` (the v1 digest below, full form) added, marshalled again (keys sorted), hashed.
 */
export function v1Id(v: V1Image, chainId: Digest, parent: Digest | null): Digest {
  const m = new Map(fields({ ...v, id: '' }));
  m.set('layer_id', marshal(chainId));
  if (parent !== null) m.set('parent', marshal(parent));
  const sorted = [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(object(sorted));
}

export interface V1Layer {
  /** hex v1 id: the layer's directory in the archive */
  readonly id: string;
  readonly json: string;
}

/** The v1 directories of an image's layers, bottom first (saveImage's loop). */
export function v1Layers(img: ImageConfig, chain: readonly Digest[]): V1Layer[] {
  const out: V1Layer[] = [];
  let parent: Digest | null = null;
  chain.forEach((chainId, i) => {
    const base = i === chain.length - 1 ? topV1(img) : lowerV1('');
    const id = v1Id(base, chainId, parent);
    const hex = id.slice('sha256:'.length);
    // after CreateID: the id, the parent's hex, and the image's os on every layer
    const v: V1Image = { ...base, id: hex, ...(parent ? { parent: parent.slice('sha256:'.length) } : {}), ...(img.os ? { os: img.os } : {}) };
    out.push({ id: hex, json: v1Json(v) });
    parent = id;
  });
  return out;
}
