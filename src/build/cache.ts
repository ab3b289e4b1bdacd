/**
 * The classic builder's local cache (moby 20.10 image/cache/cache.go getLocalCachedImage and
 * compare.go; builder/dockerfile/imageprobe.go): a step hits when a child of the current image that
 * this engine built has a container_config equal to the step's on the fields 20.10 compares. The
 * newest match wins; after the first miss in a stage every probe misses.
 */
import * as table from '../core/table.js';
import type { ContainerConfig } from '../image/config.js';
import type { Digest } from '../layer/changeset.js';
import type { Image, State } from '../state.js';

const sameList = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean => {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
};

const size = (o: object | null | undefined): number => (o ? Object.keys(o).length : 0);

/**
 * compare.go as of 20.10: Image, Hostname, WorkingDir, Shell, OnBuild and StopSignal are NOT
 * compared (later engines compare more); OpenStdin on either side never matches.
 */
export function sameConfig(a: ContainerConfig, b: ContainerConfig): boolean {
  if (a.OpenStdin || b.OpenStdin) return false;
  if (a.AttachStdout !== b.AttachStdout || a.AttachStderr !== b.AttachStderr || a.User !== b.User || a.Tty !== b.Tty) return false;
  if (size(a.Labels) !== size(b.Labels) || size(a.ExposedPorts) !== size(b.ExposedPorts) || size(a.Volumes) !== size(b.Volumes)) return false;
  if (!sameList(a.Cmd, b.Cmd) || !sameList(a.Env, b.Env) || !sameList(a.Entrypoint, b.Entrypoint)) return false;
  for (const [k, v] of Object.entries(a.Labels ?? {})) if (b.Labels?.[k] !== v) return false;
  for (const k of Object.keys(a.ExposedPorts ?? {})) if (!(k in (b.ExposedPorts ?? {}))) return false;
  for (const k of Object.keys(a.Volumes ?? {})) if (!(k in (b.Volumes ?? {}))) return false;
  return true;
}

/**
 * The cached image for a step, if any. `parent` '' is FROM scratch: every parentless image is a
 * candidate, which is the one probe that looks at the whole image store (as moby's does).
 */
export function probe(s: State, parent: Digest | '', config: ContainerConfig): Digest | undefined {
  const candidates: Image[] = [];
  if (parent === '') {
    for (const img of table.values(s.images)) if (img.parent === null) candidates.push(img);
  } else {
    for (const id of table.get(s.images, parent)?.children ?? []) {
      const img = table.get(s.images, id);
      if (img) candidates.push(img);
    }
  }
  let match: Image | undefined;
  for (const img of candidates) {
    if (!img.builtLocally || !sameConfig(img.config.container_config, config)) continue;
    if (match === undefined || match.created < img.created) match = img;
  }
  return match?.id;
}
