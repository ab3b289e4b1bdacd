/**
 * Whether the model can hold a loaded image config exactly as the engine reads it. The engine
 * decodes the bytes into image.Image with Go's rules (keys matched case-insensitively, the last of
 * duplicate keys wins, a string Cmd is a one-element list, absent keys are zero values); the model
 * reads the same bytes with `imageConfigOf`. A config is loaded only when both readings agree and it
 * uses nothing the model leaves out (health checks, Windows fields); otherwise the load is refused
 * with the reason, never half-modelled.
 */
import { type ContainerConfig, type HistoryEntry, type ImageConfig, imageConfigOf, orderConfig } from '../config.js';

/** container.Config as src/go/json decodes it (Go field names, every field present). */
type GoConfig = ContainerConfig & {
  readonly Healthcheck: unknown;
  readonly NetworkDisabled: boolean;
  readonly MacAddress: string;
  readonly StopTimeout: number | bigint | null;
};

interface GoHistory {
  readonly Created: string;
  readonly Author: string;
  readonly CreatedBy: string;
  readonly Comment: string;
  readonly EmptyLayer: boolean;
}

interface GoV1 {
  readonly Comment: string;
  readonly Created: string;
  readonly Container: string;
  readonly ContainerConfig: GoConfig;
  readonly DockerVersion: string;
  readonly Author: string;
  readonly Config: GoConfig | null;
  readonly Architecture: string;
  readonly Variant: string;
  readonly OS: string;
}

/** image.Image as src/go/json decodes it: the embedded V1Image's fields promoted. */
export type GoImage = GoV1 & {
  readonly RootFS: { readonly Type: string; readonly DiffIDs: readonly string[] | null } | null;
  readonly History: readonly GoHistory[] | null;
  readonly OSVersion: string;
  readonly OSFeatures: readonly string[] | null;
};

const UNMODELLED_CONFIG: readonly (readonly [keyof GoConfig, string])[] = [
  ['Healthcheck', 'health checks (Healthcheck)'],
  ['NetworkDisabled', 'NetworkDisabled'],
  ['MacAddress', 'MacAddress'],
];

function containerConfig(c: GoConfig, where: string): ContainerConfig | string {
  for (const [k, what] of UNMODELLED_CONFIG) {
    const v = c[k];
    if (v !== null && v !== false && v !== '' && v !== undefined) return `${what} in an image's ${where}`;
  }
  const { Healthcheck: _h, NetworkDisabled: _n, MacAddress: _m, StopTimeout, ...rest } = c;
  if (typeof StopTimeout === 'bigint') return `a StopTimeout beyond 2^53 in an image's ${where}`;
  return orderConfig({ ...rest, ...(StopTimeout !== null ? { StopTimeout } : {}) });
}

const history = (h: GoHistory): HistoryEntry => ({
  created: h.Created,
  ...(h.Author ? { author: h.Author } : {}),
  ...(h.CreatedBy ? { created_by: h.CreatedBy } : {}),
  ...(h.Comment ? { comment: h.Comment } : {}),
  ...(h.EmptyLayer ? { empty_layer: true } : {}),
});

/** The engine's reading in the model's shape, or what the model cannot hold. */
function fromGo(img: GoImage): ImageConfig | string {
  if (img.Config === null) return 'image configs without a "config" object';
  if (img.OSVersion !== '' || (img.OSFeatures ?? []).length > 0) return 'os.version / os.features in image configs';
  if (img.RootFS !== null && img.RootFS.Type !== 'layers') return `a rootfs of type ${JSON.stringify(img.RootFS.Type)}`;
  const config = containerConfig(img.Config, 'config');
  if (typeof config === 'string') return config;
  const container_config = containerConfig(img.ContainerConfig, 'container_config');
  if (typeof container_config === 'string') return container_config;
  return {
    architecture: img.Architecture,
    ...(img.Variant ? { variant: img.Variant } : {}),
    ...(img.Author ? { author: img.Author } : {}),
    ...(img.Comment ? { comment: img.Comment } : {}),
    config,
    ...(img.Container ? { container: img.Container } : {}),
    container_config,
    created: img.Created,
    docker_version: img.DockerVersion,
    history: (img.History ?? []).map(history),
    os: img.OS,
    rootfs: { type: 'layers', diff_ids: [...(img.RootFS?.DiffIDs ?? [])] },
  };
}

/** Only what the model reads: empty optional fields dropped, maps ordered. */
function canonical(c: ImageConfig): string {
  return JSON.stringify({
    architecture: c.architecture,
    variant: c.variant ?? '',
    author: c.author ?? '',
    comment: c.comment ?? '',
    config: orderConfig(c.config),
    container: c.container ?? '',
    container_config: orderConfig(c.container_config),
    created: c.created,
    docker_version: c.docker_version,
    history: c.history.map((h) => [h.created, h.author ?? '', h.created_by ?? '', h.comment ?? '', h.empty_layer ?? false]),
    os: c.os,
    diff_ids: c.rootfs.diff_ids,
  });
}

/** undefined when the model holds this config exactly as the engine does; else why not. */
export function modelConfig(img: GoImage, json: string): string | undefined {
  const engine = fromGo(img);
  if (typeof engine === 'string') return engine;
  let model: ImageConfig;
  try {
    model = imageConfigOf(json);
  } catch {
    return 'this image config (the model cannot read it)';
  }
  if (canonical(engine) !== canonical(model)) {
    return 'this image config as written: the engine reads it differently from a plain JSON reading (key case, duplicate keys, value forms or time formats)';
  }
  return undefined;
}
