/**
 * `docker system df`: what the daemon counts (daemon/disk_usage.go SystemDiskUsage: the images
 * `images` lists, with their containers and shared sizes, daemon/images/images.go; every layer of
 * theirs once, LayerDiskUsage; every container with its RW layer's size) and how the 20.10 client
 * sums and prints it (cli/command/formatter/disk_usage.go). strata has no volumes and no BuildKit
 * cache: both are empty, as on an engine that has none.
 */
import * as table from '../core/table.js';
import { humanSize } from '../core/time.js';
import { goSlice, goStruct } from '../go/reflect.js';
import { fullRef, splitRef } from '../image/reference.js';
import { tagsOf } from '../image/resolve.js';
import type { Digest } from '../layer/changeset.js';
import { type Container, type State, statusOf } from '../state.js';
import { type ImageRow, imageRow } from './images.js';
import { imageSize } from './inspect.js';
import { containerSize, contextJson, imageColumns, psRow } from './ps.js';

/** One image the daemon counts, as types.ImageSummary has it with its extra attributes. */
export interface ImageUsage extends ImageRow {
  /** VirtualSize: every layer of the image */
  readonly size: number;
  /** SharedSize: its layers that another counted image has too */
  readonly sharedSize: number;
  /** how many containers (any status) were created from it */
  readonly containers: number;
}

export interface ContainerUsage {
  readonly container: Container;
  /** SizeRw: its RW layer */
  readonly sizeRw: number;
  /** running, paused or restarting (the client's isActive) */
  readonly active: boolean;
}

export interface DiskUsage {
  /** LayersSize: every layer of the counted images, once */
  readonly layersSize: number;
  /** newest first */
  readonly images: readonly ImageUsage[];
  /** newest first */
  readonly containers: readonly ContainerUsage[];
}

/** A row of the summary: how many, how many in use, their size, what removing the unused ones would free. */
export interface UsageTotals {
  readonly total: number;
  readonly active: number;
  readonly size: number;
  readonly reclaimable: number;
}

/**
 * The daemon's answer. The images are those `images` lists (an untagged image with children, a
 * build's intermediate, is left out, and so are the layers only it would hold), each once, named by
 * its first tag in the reference store's order (the full names', `docker.io/library/…`).
 */
export function diskUsage(s: State): DiskUsage {
  const counted = [...table.values(s.images)]
    .map((image) => ({ image, tags: tagsOf(s, image.id) }))
    .filter(({ image, tags }) => tags.length > 0 || image.children.length === 0)
    .sort((a, b) => b.image.created - a.image.created || (a.image.id < b.image.id ? -1 : 1));
  const refs = new Map<Digest, number>();
  for (const { image } of counted) for (const id of image.chain) refs.set(id, (refs.get(id) ?? 0) + 1);
  const layerSize = (id: Digest): number => table.get(s.layers, id)?.size ?? 0;
  let layersSize = 0;
  for (const id of refs.keys()) layersSize += layerSize(id);
  const users = new Map<string, number>();
  for (const c of table.values(s.containers)) users.set(c.image, (users.get(c.image) ?? 0) + 1);
  const images = counted.map(({ image, tags }): ImageUsage => {
    const first = [...tags].sort((a, b) => (fullRef(a) < fullRef(b) ? -1 : fullRef(a) > fullRef(b) ? 1 : 0))[0];
    const { repo, tag } = first === undefined ? { repo: '<none>', tag: '<none>' } : splitRef(first);
    let sharedSize = 0;
    for (const id of image.chain) if ((refs.get(id) ?? 0) > 1) sharedSize += layerSize(id);
    return { image, repo, tag, size: imageSize(s, image), sharedSize, containers: users.get(image.id) ?? 0 };
  });
  // the daemon's container list (`ps -a`): every status, newest first
  const containers = [...table.values(s.containers)]
    .sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1))
    .map((c) => {
      const status = statusOf(c.state);
      return { container: c, sizeRw: containerSize(s, c).rw, active: status === 'running' || status === 'paused' || status === 'restarting' };
    });
  return { layersSize, images, containers };
}

/**
 * The client's sums (diskUsageImagesContext, diskUsageContainersContext): an image in use frees
 * nothing of what only it has (its size less what it shares); a container in use frees nothing.
 */
export function usageTotals(du: DiskUsage): { readonly images: UsageTotals; readonly containers: UsageTotals } {
  let used = 0;
  for (const i of du.images) if (i.containers > 0) used += i.size - i.sharedSize;
  let size = 0;
  let idle = 0;
  for (const c of du.containers) {
    size += c.sizeRw;
    if (!c.active) idle += c.sizeRw;
  }
  return {
    images: { total: du.images.length, active: du.images.filter((i) => i.containers > 0).length, size: du.layersSize, reclaimable: du.layersSize - used },
    containers: { total: du.containers.length, active: du.containers.filter((c) => c.active).length, size, reclaimable: idle },
  };
}

/** RECLAIMABLE: the bytes, and their share of the size in whole percents (Go's integer division) when there is a size. */
export function reclaimableText(t: UsageTotals): string {
  const bytes = humanSize(t.reclaimable, 4);
  return t.size > 0 ? `${bytes} (${Math.trunc((t.reclaimable * 100) / t.size)}%)` : bytes;
}

const NONE: UsageTotals = { total: 0, active: 0, size: 0, reclaimable: 0 };

/** One row of the summary: the context type the client runs the template on, and its methods' strings. */
function summaryRow(type: string, name: string, t: UsageTotals, reclaimable = reclaimableText(t)): object {
  return contextJson(goStruct(type, { Type: name, TotalCount: String(t.total), Active: String(t.active), Size: humanSize(t.size, 4), Reclaimable: reclaimable }));
}

/** The summary's four rows: images, containers, local volumes (none), the build cache (none: its RECLAIMABLE has no percentage). */
export function dfRows(s: State): object[] {
  const t = usageTotals(diskUsage(s));
  return [
    summaryRow('*formatter.diskUsageImagesContext', 'Images', t.images),
    summaryRow('*formatter.diskUsageContainersContext', 'Containers', t.containers),
    summaryRow('*formatter.diskUsageVolumesContext', 'Local Volumes', NONE),
    summaryRow('*formatter.diskUsageBuilderContext', 'Build Cache', NONE, humanSize(0, 4)),
  ];
}

const DF_TABLE = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const DF_HEADER = new Map<string, string>([
  ['Type', 'TYPE'], ['TotalCount', 'TOTAL'], ['Active', 'ACTIVE'], ['Size', 'SIZE'], ['Reclaimable', 'RECLAIMABLE'],
]);
/** NewDiskUsageFormat(`raw`, false) */
const DF_RAW = 'type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n';

// `-v`: a table for each kind, or the user's template over all of them at once

const DF_IMAGES_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.VirtualSize}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
const DF_CONTAINERS_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';
const DF_VOLUMES_TABLE = 'table {{.Name}}\t{{.Links}}\t{{.Size}}';
const DF_BUILD_CACHE_TABLE = 'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}';
/** newVolumeContext's titles */
const VOLUMES_HEADER = new Map<string, string>([
  ['Name', 'VOLUME NAME'], ['Driver', 'DRIVER'], ['Scope', 'SCOPE'], ['Mountpoint', 'MOUNTPOINT'], ['Labels', 'LABELS'], ['Links', 'LINKS'], ['Size', 'SIZE'],
]);
/** newBuildCacheContext's titles */
const BUILD_CACHE_HEADER = new Map<string, string>([
  ['ID', 'CACHE ID'], ['Parent', 'PARENT'], ['CacheType', 'CACHE TYPE'], ['Size', 'SIZE'], ['CreatedSince', 'CREATED'],
  ['LastUsedSince', 'LAST USED'], ['UsageCount', 'USAGE'], ['InUse', 'IN USE'], ['Shared', 'SHARED'], ['Description', 'DESCRIPTION'],
]);

/**
 * NewDiskUsageFormat(`raw`, true): each object under its kind, in the raw formats of images (with
 * digests), containers (with sizes), volumes and build cache records.
 */
const DF_VERBOSE_RAW =
  '{{range .Images}}type: Image\nrepository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n\n{{end -}}\n' +
  '{{range .Containers}}type: Container\ncontainer_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\n' +
  'state: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\nsize: {{.Size}}\\n\n{{end -}}\n' +
  '{{range .Volumes}}type: Volume\nname: {{.Name}}\\ndriver: {{.Driver}}\\n\n{{end -}}\n' +
  '{{range .BuildCache}}type: Build Cache\nbuild_cache_id: {{.ID}}\nparent_id: {{.Parent}}\ntype: {{.Type}}\ndescription: {{.Description}}\n' +
  'created_at: {{.CreatedSince}}\nlast_used_at: {{.LastUsedSince}}\nusage_count: {{.UsageCount}}\nin_use: {{.InUse}}\nshared: {{.Shared}}\n\n{{end -}}';

/** The client's formats and column titles for `system df`: the summary's, and with `-v` each kind's. */
export const DF = {
  table: DF_TABLE,
  header: DF_HEADER,
  raw: DF_RAW,
  verboseRaw: DF_VERBOSE_RAW,
  imagesTable: DF_IMAGES_TABLE,
  containersTable: DF_CONTAINERS_TABLE,
  volumesTable: DF_VOLUMES_TABLE,
  volumesHeader: VOLUMES_HEADER,
  buildCacheTable: DF_BUILD_CACHE_TABLE,
  buildCacheHeader: BUILD_CACHE_HEADER,
} as const;

/** `-v`'s objects: an image row per counted image, a container row per container (without its virtual size), no volume, no cache record. */
export interface VerboseRows {
  readonly images: object[];
  readonly containers: object[];
}

/** The rows `-v` shows; `trunc`: the format is a table (ids and commands shortened), as the client decides. */
export function dfVerboseRows(s: State, now: number, trunc: boolean): VerboseRows {
  const du = diskUsage(s);
  const image = imageColumns(s, !trunc);
  return {
    images: du.images.map((i) => imageRow(s, i, now, !trunc, { containers: i.containers, sharedSize: i.sharedSize })),
    containers: du.containers.map((c) => psRow(s, c.container, now, !trunc, { rw: c.sizeRw, rootFs: 0 }, image)),
  };
}

/** The value a `-v` template runs on (formatter's diskUsageContext). */
export function dfVerboseValue(rows: VerboseRows): object {
  return goStruct('*formatter.diskUsageContext', {
    Images: goSlice('[]*formatter.imageContext', rows.images),
    Containers: goSlice('[]*formatter.ContainerContext', rows.containers),
    Volumes: goSlice('[]*formatter.volumeContext', []),
    BuildCache: goSlice('[]*formatter.buildCacheContext', []),
  });
}

/** `-v`'s build cache line: the size of the records not shared (none here). */
export const buildCacheLine = (): string => `Build cache usage: ${humanSize(0, 4)}\n\n`;
