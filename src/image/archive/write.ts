/**
 * Writing `docker save` archives from the state (no events: decide has logged the save already).
 *
 * - `docker` (the default): Docker 20.10's layout (image/tarexport/save.go): `<v1id>/{VERSION,json,
 *   layer.tar}` per chain position, a DiffID met again stored once and linked, `<imageid>.json` with
 *   the exact config bytes, `manifest.json`, `repositories`.
 * - `oci`: the OCI image layout (image-spec image-layout.md) with Docker 25's `manifest.json` and
 *   `repositories` beside it, as Docker 25 and later write it; every layer is listed in each
 *   manifest, as uncompressed `application/vnd.oci.image.layer.v1.tar`.
 *
 * The engine walks a Go map to order images, and stamps some entries with the time of the save;
 * the model writes images in the order they were asked for and stamps every entry with its image's
 * creation time (or the epoch), so the same images always give the same bytes.
 */
import * as table from '../../core/table.js';
import type { Digest } from '../../layer/changeset.js';
import { sha256 } from '../../layer/digest.js';
import { compareWalkOrder } from '../../go/path.js';
import { type PlainEntry, writeLayerTar, writeTar } from '../../layer/tar-write.js';
import type { Image, Layer, State } from '../../state.js';
import { marshal } from '../../go/json/index.js';
import { fullRef, splitRef } from '../reference.js';
import { v1Layers } from './v1.js';

/** One image of a save, as decide selected it (tarexport parseNames, validatedParentLinks). */
export interface SavedImage {
  readonly id: Digest;
  /** familiar `repo:tag` references the user named it by, in order */
  readonly refs: readonly string[];
  /** its parent, only when the parent is saved too */
  readonly parent: Digest | null;
}

export type ArchiveFormat = 'docker' | 'oci';

const utf8 = new TextEncoder();
const hex = (d: Digest): string => d.slice('sha256:'.length);

/** A layer's tar: the bytes it came in as, or the tar its changes regenerate (as at commit). */
export function layerTar(layer: Layer, blob: (d: Digest) => Uint8Array): Uint8Array {
  return layer.stored ? blob(layer.diffId) : writeLayerTar(layer.changes, blob);
}

/** pkg/system.Chtimes: times before the epoch become the epoch; tar keeps whole seconds. */
const stamp = (img: Image): number => Math.max(0, Math.floor(img.created / 1000));

interface ManifestItem {
  Config: string;
  RepoTags: string[] | null;
  Layers: string[];
  Parent?: string;
}

export function writeImageArchive(
  state: State,
  images: readonly SavedImage[],
  blob: (d: Digest) => Uint8Array,
  format: ArchiveFormat,
): Uint8Array {
  const files = new Map<string, PlainEntry>();
  const put = (e: PlainEntry): void => void files.set(e.name, e);
  const dir = (name: string, mtime: number): void => put({ name: `${name}/`, type: 'dir', mode: 0o755, mtime });
  const file = (name: string, data: Uint8Array | string, mtime: number): void =>
    put({ name, type: 'file', mode: 0o644, mtime, data: typeof data === 'string' ? utf8.encode(data) : data });

  const manifest: ManifestItem[] = [];
  const repositories = new Map<string, Map<string, string>>();
  const ociManifests: object[] = [];
  const tarPaths = new Map<Digest, string>();

  for (const saved of images) {
    const img = table.get(state.images, saved.id);
    if (!img) throw new Error(`strata: image ${saved.id} vanished between decide and save`);
    const mtime = stamp(img);
    const layers = img.chain.map((c) => {
      const l = table.get(state.layers, c);
      if (!l) throw new Error(`strata: layer ${c} of image ${img.id} is missing`);
      return l;
    });
    const paths: string[] = [];
    let top = '';
    if (format === 'docker') {
      const v1 = v1Layers(img.config, img.chain);
      v1.forEach(({ id, json }, i) => {
        const layer = layers[i]!;
        const path = `${id}/layer.tar`;
        paths.push(path);
        top = id;
        if (files.has(`${id}/`)) return;
        dir(id, mtime);
        file(`${id}/VERSION`, '1.0', mtime);
        file(`${id}/json`, json, mtime);
        const first = tarPaths.get(layer.diffId);
        if (first !== undefined) put({ name: path, type: 'symlink', mode: 0o777, mtime, target: `../${first}` });
        else {
          file(path, layerTar(layer, blob), mtime);
          tarPaths.set(layer.diffId, path);
        }
      });
      file(`${hex(img.id)}.json`, img.json, mtime);
    } else {
      dir('blobs', 0);
      dir('blobs/sha256', 0);
      const descriptors = layers.map((layer) => {
        const path = `blobs/sha256/${hex(layer.diffId)}`;
        paths.push(path);
        const existing = files.get(path)?.data;
        const tar = existing ?? layerTar(layer, blob);
        if (!existing) file(path, tar, mtime);
        return { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer.diffId, size: tar.length };
      });
      top = hex(layers.at(-1)?.diffId ?? img.id);
      file(`blobs/sha256/${hex(img.id)}`, img.json, mtime);
      const platform = { architecture: img.config.architecture, os: img.config.os };
      const m = marshal({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: img.id, size: utf8.encode(img.json).length },
        layers: descriptors,
      });
      const digest = sha256(m);
      file(`blobs/sha256/${hex(digest)}`, m, 0);
      const descriptor = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: utf8.encode(m).length };
      if (saved.refs.length === 0) ociManifests.push({ ...descriptor, platform });
      for (const ref of saved.refs) {
        const annotations = { 'io.containerd.image.name': fullRef(ref), 'org.opencontainers.image.ref.name': splitRef(ref).tag };
        ociManifests.push({ ...descriptor, annotations, platform });
      }
    }
    for (const ref of saved.refs) {
      const { repo, tag } = splitRef(ref);
      const tags = repositories.get(repo) ?? new Map<string, string>();
      tags.set(tag, top);
      repositories.set(repo, tags);
    }
    manifest.push({
      Config: format === 'docker' ? `${hex(img.id)}.json` : `blobs/sha256/${hex(img.id)}`,
      RepoTags: saved.refs.length > 0 ? [...saved.refs] : null,
      Layers: paths,
      ...(saved.parent !== null ? { Parent: saved.parent } : {}),
    });
  }

  // json.Encoder ends each document with a newline; Go sorts map keys
  const sorted = <V>(m: ReadonlyMap<string, V>): [string, V][] => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (repositories.size > 0) {
    const repos = Object.fromEntries(sorted(repositories).map(([r, tags]) => [r, Object.fromEntries(sorted(tags))]));
    file('repositories', `${marshal(repos)}\n`, 0);
  }
  file('manifest.json', `${marshal(manifest)}\n`, 0);
  if (format === 'oci') {
    file('oci-layout', '{"imageLayoutVersion":"1.0.0"}', 0);
    file('index.json', marshal({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: ociManifests }), 0);
  }
  // archive.Tar walks the directory: names in filepath.Walk order
  const names = [...files.keys()].sort((a, b) => compareWalkOrder(a.replace(/\/$/, ''), b.replace(/\/$/, '')));
  return writeTar(names.map((n) => files.get(n)!));
}
