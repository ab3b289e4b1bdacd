/** `docker images` and `docker history` rows (daemon/images/image_list.go, image_history.go). */
import type { DockerError } from '../core/errors.js';
import * as table from '../core/table.js';
import { humanDuration, humanSize, isoUtc } from '../core/time.js';
import { splitRef } from '../image/reference.js';
import { tagsOf } from '../image/resolve.js';
import { goStruct } from '../go/reflect.js';
import type { Image, State } from '../state.js';
import { imageSize } from './inspect.js';
import { contextJson, ellipsis, goTimeString } from './ps.js';

export interface ImagesOptions {
  readonly all: boolean;
  readonly filters: readonly string[];
  /** a `repo[:tag]` pattern argument */
  readonly reference?: string;
}

export interface ImageRow {
  readonly image: Image;
  readonly repo: string;
  readonly tag: string;
}

/** glob match as path.Match does it for reference filters (`*` within a path segment). */
function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return re.test(text);
}

export function listImages(s: State, o: ImagesOptions): ImageRow[] | DockerError {
  let dangling: boolean | undefined;
  const refs: string[] = o.reference ? [o.reference] : [];
  const labels: string[] = [];
  for (const f of o.filters) {
    const i = f.indexOf('=');
    const key = i < 0 ? f : f.slice(0, i);
    const value = i < 0 ? '' : f.slice(i + 1);
    if (key === 'dangling') {
      // filters.Args.GetBoolOrDefault reports the key with its values as a list.
      if (value !== 'true' && value !== 'false' && value !== '1' && value !== '0') return { code: 'invalid_filter', filter: `${key}=[${value}]` };
      dangling = value === 'true' || value === '1';
    } else if (key === 'reference') refs.push(value);
    else if (key === 'label') labels.push(value);
    else return { code: 'invalid_filter', filter: key };
  }
  const rows: ImageRow[] = [];
  const images = [...table.values(s.images)].sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
  for (const img of images) {
    if (!labels.every((l) => hasLabel(img, l))) continue;
    const tags = tagsOf(s, img.id);
    const isDangling = tags.length === 0 && img.children.length === 0;
    if (dangling === true && !isDangling) continue;
    if (dangling === false && isDangling) continue;
    if (tags.length === 0) {
      if (refs.length > 0) continue;
      if (!o.all && !isDangling) continue;
      rows.push({ image: img, repo: '<none>', tag: '<none>' });
      continue;
    }
    for (const t of tags) {
      const r = splitRef(t);
      if (refs.length > 0 && !refs.some((p) => (p.includes(':') ? globMatch(p, t) : globMatch(p, r.repo)))) continue;
      rows.push({ image: img, repo: r.repo, tag: r.tag });
    }
  }
  return rows;
}

function hasLabel(img: Image, l: string): boolean {
  const labels = img.config.config.Labels ?? {};
  const i = l.indexOf('=');
  return i < 0 ? labels[l] !== undefined : labels[l.slice(0, i)] === l.slice(i + 1);
}

export const IMAGES_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
/** formatter.NewImageFormat: the default table with `--digests` */
export const IMAGES_TABLE_DIGEST = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const IMAGES_HEADER = new Map<string, string>([
  ['Repository', 'REPOSITORY'], ['Tag', 'TAG'], ['Digest', 'DIGEST'], ['ID', 'IMAGE ID'], ['CreatedSince', 'CREATED'],
  // newImageContext: VirtualSize's title is SIZE too (observed on Docker 20.10)
  ['CreatedAt', 'CREATED AT'], ['Size', 'SIZE'], ['Containers', 'CONTAINERS'], ['VirtualSize', 'SIZE'],
  ['SharedSize', 'SHARED SIZE'], ['UniqueSize', 'UNIQUE SIZE'],
]);

/** What `system df -v` tells of an image beside what `images` does: the containers using it, the bytes it shares with other images. */
export interface ImageUsageColumns {
  readonly containers: number;
  readonly sharedSize: number;
}

/**
 * The template context of one row (formatter.imageContext). `usage`: the daemon counted containers
 * and shared sizes (`system df -v`); `images` does not (-1: `N/A`), and it gives every row a digest,
 * where `system df -v` gives none.
 */
export function imageRow(s: State, r: ImageRow, now: number, noTrunc: boolean, usage?: ImageUsageColumns): object {
  const size = imageSize(s, r.image);
  return contextJson(goStruct('*formatter.imageContext', {
    Repository: r.repo,
    Tag: r.tag,
    // the digest a registry gave the repository (RepoDigests): strata has no registry, so none has one
    Digest: usage === undefined ? '<none>' : '',
    ID: noTrunc ? r.image.id : r.image.id.slice(7, 19),
    CreatedSince: `${humanDuration(now - r.image.created)} ago`,
    CreatedAt: goTimeString(r.image.created),
    Size: humanSize(size),
    Containers: usage === undefined ? 'N/A' : String(usage.containers),
    // imageContext.VirtualSize (and SharedSize, UniqueSize): units.HumanSize, four significant digits where Size has three
    VirtualSize: humanSize(size, 4),
    SharedSize: usage === undefined ? 'N/A' : humanSize(usage.sharedSize, 4),
    UniqueSize: usage === undefined ? 'N/A' : humanSize(size - usage.sharedSize, 4),
  }));
}

export interface HistoryRow {
  readonly id: string;
  readonly created: number;
  readonly createdBy: string;
  readonly size: number;
  readonly comment: string;
  readonly tags: readonly string[];
}

/** One row per history entry, newest first; ids walk the local parent chain, `<missing>` beyond it. */
export function historyRows(s: State, img: Image): HistoryRow[] {
  const rows: Omit<HistoryRow, 'id' | 'tags'>[] = [];
  let layer = 0;
  for (const h of img.config.history) {
    let size = 0;
    if (!h.empty_layer) {
      const chainId = img.chain[layer++];
      size = chainId ? table.get(s.layers, chainId)?.size ?? 0 : 0;
    }
    rows.unshift({ created: Math.floor(Date.parse(h.created) / 1000) * 1000, createdBy: h.created_by ?? '', size, comment: h.comment ?? '' });
  }
  const out: HistoryRow[] = [];
  let cur: Image | undefined = img;
  for (const r of rows) {
    out.push({ ...r, id: cur ? cur.id : '<missing>', tags: cur ? tagsOf(s, cur.id) : [] });
    cur = cur?.parent ? table.get(s.images, cur.parent) : undefined;
  }
  return out;
}

export const HISTORY_TABLE = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
/** The default table of `history --human=false` (docker/cli's nonHuman format): times as they are. */
export const HISTORY_TABLE_NOT_HUMAN = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
export const HISTORY_HEADER = new Map<string, string>([
  ['ID', 'IMAGE'], ['CreatedSince', 'CREATED'], ['CreatedAt', 'CREATED AT'], ['CreatedBy', 'CREATED BY'], ['Size', 'SIZE'], ['Comment', 'COMMENT'],
]);

/** A history row as docker/cli's historyContext shows it; `human` false (`-H=false`): times in RFC 3339 and sizes in bytes. */
export function historyRow(r: HistoryRow, now: number, noTrunc: boolean, human = true): object {
  // historyContext.CreatedAt: time.RFC3339 (the client's zone: UTC here, as the engine's tests run)
  const createdAt = `${isoUtc(r.created).slice(0, 19)}Z`;
  return contextJson(goStruct('*image.historyContext', {
    ID: r.id === '<missing>' ? r.id : noTrunc ? r.id : r.id.slice(7, 19),
    CreatedSince: human ? `${humanDuration(now - r.created)} ago` : createdAt,
    CreatedAt: createdAt,
    CreatedBy: noTrunc ? r.createdBy : ellipsis(r.createdBy.replace(/\t/g, ' '), 45),
    Size: human ? humanSize(r.size) : String(r.size),
    Comment: r.comment,
  }));
}
