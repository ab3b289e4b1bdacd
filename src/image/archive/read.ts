/**
 * Reading a `docker load` archive, everything that does not depend on the state (the adaptor side:
 * decide never parses bytes). Docker 20.10 (image/tarexport/load.go) untars the archive into a
 * temporary directory, decodes `manifest.json`, and for each entry reads the config and, for every
 * layer whose ChainID it does not have yet, the layer file; paths go through FollowSymlinkInScope,
 * so symlinks resolve inside the directory and `..` cannot leave it. Which layers are read depends
 * on the state, so every layer named is read here, and load.ts uses what it needs.
 *
 * Error texts are the engine's; they name the temporary directory, which the caller picks (the
 * engine's is `<data-root>/tmp/docker-import-<random>`).
 */
import type { LayerInput } from '../../commands.js';
import type { DockerError } from '../../core/errors.js';
import { type GoType, goDecode, goUnmarshal } from '../../go/json/index.js';
import { type Digest, parentOf } from '../../layer/changeset.js';
import { sha256 } from '../../layer/digest.js';
import { goClean } from '../../go/path.js';
import { followSymlinkInScope } from '../../layer/scope.js';
import { decompress, readLayerTar, walk } from '../../layer/tar-read.js';
import type { OciBlob } from '../../core/errors/archive.js';
import { MANIFEST_TYPE, IMAGE_TYPE } from './go-types.js';
import { type GoImage, modelConfig } from './config-check.js';
import { hasTag, parseReference } from '../reference.js';

/** The engine's failure, or (`unsupported`) something the model does not represent: the load is refused whole. */
export type LoadError = DockerError;

export type LoadLayer =
  /** the path is refused before the layer store is asked anything (scope) */
  | { readonly error: LoadError }
  /** the layer file as read, used only if its ChainID is not registered yet */
  | { readonly file: LayerInput | LoadError };

export interface LoadEntry {
  /** the entry fails before any of its layers: config unreadable, bad JSON, layer count */
  readonly error?: LoadError;
  /** the exact config bytes (their sha256 is the image id) */
  readonly json: string;
  readonly diffIds: readonly Digest[];
  readonly layers: readonly LoadLayer[];
  /** each RepoTag: the reference set (if the store takes it) and the name printed, or why it is refused */
  readonly repoTags: readonly RepoTag[];
  /** history entries that are not empty_layer (image.Store.Create checks them against the layers) */
  readonly history: number;
  readonly parent: string;
  /** the engine would create this image, but the model cannot represent its config: refused whole */
  readonly unmodelled?: LoadError;
}

export type RepoTag = { readonly ref?: string; readonly shown: string } | { readonly error: LoadError };

export interface LoadArchive {
  /** the whole archive fails before any image (untar, manifest) */
  readonly error?: LoadError;
  readonly entries: readonly LoadEntry[];
  /** the legacy path (no manifest.json) succeeded with nothing to load: it prints nothing at all */
  readonly silent?: true;
}

/** What legacyLoadImage reads of a v1 `json` first: struct{ Parent string } */
const LEGACY_PARENT_TYPE: GoType = { kind: 'struct', name: 'struct { Parent string }', fields: [{ go: 'Parent', json: 'Parent', type: { kind: 'string' } }] };

/** `repositories`: map[string]map[string]string (name -> tag -> v1 id) */
const REPOSITORIES_TYPE: GoType = { kind: 'map', elem: { kind: 'map', elem: { kind: 'string' } } };

type Node = { readonly type: 'dir' } | { readonly type: 'file'; readonly data: Uint8Array } | { readonly type: 'symlink'; readonly target: string };
type Tree = Map<string, Node>;

const unsupported = (what: string): LoadError => ({ code: 'unsupported', message: `strata does not model ${what}` });
const untarFailed = (cause: DockerError): LoadError => ({ code: 'untar_failed', cause });

/** chrootarchive.Untar: Unpack without whiteout conversion or tar-split (duplicates: the last wins). */
function untar(bytes: Uint8Array): Tree | LoadError {
  const tar = decompress(bytes);
  if ('code' in tar) return tar.error;
  const tree: Tree = new Map();
  const remove = (p: string): void => {
    tree.delete(p);
    for (const k of [...tree.keys()]) if (k.startsWith(`${p}/`)) tree.delete(k);
  };
  for (const e of walk(tar)) {
    if ('code' in e) return e.error;
    if (e.type === 'pax-global-header') continue;
    const path = goClean(`/${goClean(e.name)}`).slice(1);
    if (path === '') continue;
    for (let a = parentOf(path); a !== ''; a = parentOf(a)) {
      const n = tree.get(a);
      if (n === undefined) tree.set(a, { type: 'dir' });
      else if (n.type === 'file') return untarFailed({ code: 'path_error', op: 'open', path: `/${path}`, errno: 'ENOTDIR' });
      else if (n.type === 'symlink') return unsupported(`archive entries below a symlink: ${JSON.stringify(e.name)}`);
    }
    const existing = tree.get(path);
    if (e.type === 'directory') {
      if (existing?.type !== 'dir') {
        remove(path);
        tree.set(path, { type: 'dir' });
      }
      continue;
    }
    if (existing !== undefined) remove(path);
    if (e.type === 'symlink') tree.set(path, { type: 'symlink', target: e.linkname });
    else if (e.type === 'file' || e.type === 'contiguous-file') tree.set(path, { type: 'file', data: new Uint8Array(e.data) });
    else if (e.type === 'link') {
      const to = goClean(`/${goClean(e.linkname)}`);
      const target = tree.get(to.slice(1));
      if (target === undefined) return untarFailed({ code: 'link_error', op: 'link', old: to, new: `/${path}`, errno: 'ENOENT' });
      if (target.type !== 'file') return unsupported(`hard links to anything but a file: ${JSON.stringify(e.name)}`);
      tree.set(path, target);
    } else return unsupported(`${e.type ?? 'unknown'} entries in an image archive: ${JSON.stringify(e.name)}`);
  }
  return tree;
}

/**
 * tarexport's safePath: FollowSymlinkInScope(join(tmp, p), tmp) (layer/scope.ts), the path inside the
 * directory (no leading slash, '' for the directory itself), symlinks resolved as if the directory
 * were the root.
 */
function inScope(tree: Tree, tmp: string, p: string): string | LoadError {
  const r = followSymlinkInScope(goClean(`${tmp}/${p}`), tmp, (rel) => tree.get(rel));
  return typeof r === 'string' ? r.slice(tmp.length + 1) : r;
}

/** os.ReadFile of a path already in scope. */
function readFile(tree: Tree, tmp: string, p: string): Uint8Array | LoadError {
  const full = p === '' ? tmp : `${tmp}/${p}`;
  for (let a = parentOf(p); a !== ''; a = parentOf(a)) {
    if (tree.get(a)?.type === 'file') return { code: 'path_error', op: 'open', path: full, errno: 'ENOTDIR' };
  }
  const node = p === '' ? ({ type: 'dir' } as const) : tree.get(p);
  if (node === undefined) return { code: 'path_error', op: 'open', path: full, errno: 'ENOENT' };
  if (node.type === 'dir') return { code: 'path_error', op: 'read', path: full, errno: 'EISDIR' };
  if (node.type === 'symlink') return { code: 'path_error', op: 'open', path: full, errno: 'ENOENT' }; // a dangling link
  return node.data;
}

/** A file of the archive by its path, through the scope rules. */
function read(tree: Tree, tmp: string, p: string): Uint8Array | LoadError {
  const at = inScope(tree, tmp, p);
  return typeof at === 'string' ? readFile(tree, tmp, at) : at;
}

const isError = (x: object): x is LoadError => 'code' in x;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function text(bytes: Uint8Array): string | LoadError {
  try {
    return utf8.decode(bytes);
  } catch {
    return unsupported('configs or manifests that are not valid UTF-8 (their bytes could not be kept exactly)');
  }
}

/**
 * RepoTags: reference.ParseNormalizedNamed, and it must carry a tag (NamedTagged). The reference
 * store then refuses, silently, a tag with a digest or with `sha256` as its name, but the line is
 * printed all the same (observed).
 */
function repoTag(tag: string): RepoTag {
  if (/^[a-f0-9]{64}$/.test(tag)) return { error: { code: 'invalid_repository_name', name: tag } };
  const at = tag.indexOf('@');
  const name = at < 0 ? tag : tag.slice(0, at);
  if (at >= 0 && !/^sha256:[a-f0-9]{64}$/.test(tag.slice(at + 1))) return { error: { code: 'invalid_reference_format' } };
  // a 64-hex repository is a name here (docker tag refuses it, load does not)
  const parsed = parseReference(/^[a-f0-9]{64}:/.test(name) ? `x${name}` : name);
  if ('code' in parsed) return { error: parsed };
  const repo = /^[a-f0-9]{64}:/.test(name) ? parsed.repo.slice(1) : parsed.repo;
  if (!hasTag(name)) return { error: { code: 'invalid_tag', tag } };
  const shown = `${repo}:${parsed.tag}${at >= 0 ? tag.slice(at) : ''}`;
  return at >= 0 || repo === 'sha256' ? { shown } : { ref: `${repo}:${parsed.tag}`, shown };
}

interface GoManifestItem {
  readonly Config: string;
  readonly RepoTags: readonly string[] | null;
  readonly Layers: readonly string[] | null;
  readonly Parent: string;
  readonly LayerSources: Record<string, unknown> | null;
}

/** The archive's top-level directories in the order os.ReadDir gives them (legacy load). */
const topDirs = (tree: Tree): string[] =>
  [...tree].filter(([p, n]) => !p.includes('/') && n.type === 'dir').map(([p]) => p).sort();

async function layerFile(bytes: Uint8Array): Promise<LayerInput | LoadError> {
  const layer = await readLayerTar(bytes);
  return 'code' in layer ? layer.error : layer;
}

/**
 * One image of an archive, as far as it can be read without the state: its config (tarexport: read,
 * image.NewFromJSON, the OS, the layer count) and its layer files, read by `layer(i)`.
 */
async function entry(
  configBytes: Uint8Array | LoadError,
  layerCount: number,
  repoTags: readonly RepoTag[],
  parent: string,
  layer: (i: number) => Promise<LoadLayer>,
): Promise<LoadEntry> {
  const base = { json: '', diffIds: [], layers: [], repoTags, parent, history: 0 };
  if (isError(configBytes)) return { ...base, error: configBytes };
  const img = goUnmarshal(configBytes, IMAGE_TYPE);
  // the model keeps config bytes as text: bytes that are not UTF-8 could not be given back exactly
  const decodedJson = text(configBytes);
  const json = typeof decodedJson === 'string' ? decodedJson : '';
  if ('error' in img) return { ...base, json, error: { code: 'go_error', error: img.error } };
  const goImg = img.value as GoImage;
  if (goImg.RootFS === null) return { ...base, json, error: { code: 'no_rootfs' } };
  const os = goImg.OS;
  if (os !== '' && os !== 'linux') {
    return { ...base, json, error: os === 'windows' ? { code: 'windows_image' } : unsupported(`images for the OS ${JSON.stringify(os)}`) };
  }
  const diffIds = (goImg.RootFS.DiffIDs ?? []) as Digest[];
  if (layerCount !== diffIds.length) {
    return { ...base, json, diffIds, error: { code: 'layers_mismatch', expected: layerCount, got: diffIds.length } };
  }
  const unreadable = typeof decodedJson === 'string' ? undefined : decodedJson;
  const checked = unreadable === undefined ? modelConfig(goImg, json) : undefined;
  const layers: LoadLayer[] = [];
  for (let i = 0; i < layerCount; i++) layers.push(await layer(i));
  const history = (goImg.History ?? []).filter((h) => !h.EmptyLayer).length;
  const why = unreadable ?? (checked === undefined ? undefined : unsupported(checked));
  const unmodelled = why === undefined ? {} : { unmodelled: why };
  return { json, diffIds, layers, repoTags, parent, history, ...unmodelled };
}

export async function readImageArchive(bytes: Uint8Array, tmp = '/var/lib/docker/tmp/docker-import-0'): Promise<LoadArchive> {
  const tree = untar(bytes);
  if (isError(tree)) return { error: tree, entries: [] };
  const get = (p: string): Uint8Array | LoadError => read(tree, tmp, p);

  const manifestAt = inScope(tree, tmp, 'manifest.json');
  if (typeof manifestAt !== 'string') return { error: manifestAt, entries: [] };
  if (tree.get(manifestAt) === undefined) {
    // no manifest.json: the engine falls back to the pre-1.10 layout, one image per directory
    const first = topDirs(tree)[0];
    if (first !== undefined) {
      // legacyLoadImage of the first directory: its json, then (with no parent to load first) its
      // layer.tar; a directory that has both is an image the engine loads, which the model does not
      const legacy = unsupported('archives without manifest.json (the layout of Docker before 1.10)');
      const json = get(`${first}/json`);
      if (isError(json)) return { error: json, entries: [] };
      const v1 = goUnmarshal(json, LEGACY_PARENT_TYPE);
      if ('error' in v1) return { error: { code: 'go_error', error: v1.error }, entries: [] };
      if ((v1.value as { Parent: string }).Parent !== '') return { error: legacy, entries: [] };
      const layer = get(`${first}/layer.tar`);
      return { error: isError(layer) ? layer : legacy, entries: [] };
    }
    // no image directory: only the tags of `repositories` are applied, and none can name a loaded image
    const repos = get('repositories');
    if (isError(repos)) return { error: repos, entries: [] };
    const decoded = goDecode(repos, REPOSITORIES_TYPE);
    if ('error' in decoded) return { error: { code: 'go_error', error: decoded.error }, entries: [] };
    const targets = Object.values((decoded.value ?? {}) as Record<string, Record<string, string> | null>).flatMap((tags) => Object.values(tags ?? {}));
    if (targets.length === 0) return { entries: [], silent: true };
    // the engine walks a Go map: with several tags, which one it names first is its chance
    if (targets.length > 1) return { error: unsupported('archives without manifest.json (the layout of Docker before 1.10)'), entries: [] };
    return { error: { code: 'invalid_target_id', id: String(targets[0]) }, entries: [] };
  }
  const manifestBytes = readFile(tree, tmp, manifestAt);
  if (isError(manifestBytes)) return { error: manifestBytes, entries: [] };
  const decoded = goDecode(manifestBytes, MANIFEST_TYPE);
  if ('error' in decoded) return { error: { code: 'go_error', error: decoded.error }, entries: [] };
  const items = (decoded.value ?? []) as readonly GoManifestItem[];

  const entries: LoadEntry[] = [];
  const files = new Map<string, LayerInput | LoadError>();
  for (const m of items) {
    const repoTags = (m.RepoTags ?? []).map(repoTag);
    if (m.LayerSources !== null && Object.keys(m.LayerSources).length > 0) {
      entries.push({ json: '', diffIds: [], layers: [], repoTags, parent: m.Parent, history: 0, error: unsupported('foreign layers (LayerSources)') });
      continue;
    }
    const layerPaths = m.Layers ?? [];
    entries.push(
      await entry(get(m.Config), layerPaths.length, repoTags, m.Parent, async (i) => {
        const at = inScope(tree, tmp, layerPaths[i] ?? '');
        if (typeof at !== 'string') return { error: at };
        // images share their lower layers (and save links repeated DiffIDs): each file is read once
        let file = files.get(at);
        if (file === undefined) {
          const bytes = readFile(tree, tmp, at);
          file = isError(bytes) ? bytes : await layerFile(bytes);
          files.set(at, file);
        }
        return { file };
      }),
    );
  }
  return { entries };
}

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const INDEXES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const LAYERS = new Set([
  'application/vnd.oci.image.layer.v1.tar',
  'application/vnd.oci.image.layer.v1.tar+gzip',
  'application/vnd.docker.image.rootfs.diff.tar',
  'application/vnd.docker.image.rootfs.diff.tar.gzip',
]);

interface Descriptor {
  readonly mediaType?: string;
  readonly digest?: string;
  readonly size?: number;
  readonly annotations?: Record<string, string>;
}

/** The image name a layout gives a manifest: containerd's full name, else a ref.name that is a whole `name:tag`. */
function ociName(d: Descriptor): RepoTag[] {
  const full = d.annotations?.['io.containerd.image.name'];
  const ref = d.annotations?.['org.opencontainers.image.ref.name'];
  const name = full ?? (ref !== undefined && /^[^:]+:[^:/]+$/.test(ref) ? ref : undefined);
  return name === undefined ? [] : [repoTag(name)];
}

/**
 * `strata load --format oci`, an extension: an OCI image layout without docker's manifest.json, as
 * skopeo and umoci write it (image-spec image-layout.md). Docker 20.10 cannot load one (it takes
 * `blobs` for a pre-1.10 image directory). Its images are found through index.json, every blob is
 * checked against its digest and size, and each image is then loaded exactly as an entry of a
 * manifest.json would be. These errors have no engine text: they are strata's own.
 */
export async function readOciLayout(bytes: Uint8Array, tmp = '/var/lib/docker/tmp/docker-import-0'): Promise<LoadArchive> {
  const tree = untar(bytes);
  if (isError(tree)) return { error: tree, entries: [] };
  const json = (file: 'oci-layout' | 'index.json' | { manifest: string }, bytes: Uint8Array): { readonly value: unknown } | LoadError => {
    try {
      return { value: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
    } catch (e) {
      const which = typeof file === 'string' ? { file } : { file: 'manifest' as const, digest: file.manifest };
      return { code: 'oci_not_json', ...which, error: (e as Error).message } satisfies LoadError;
    }
  };
  const layout = read(tree, tmp, 'oci-layout');
  if (isError(layout)) return { error: { code: 'oci_no_layout_file' }, entries: [] };
  const version = json('oci-layout', layout);
  const v = isError(version) ? undefined : version.value;
  if (typeof v !== 'object' || v === null || !('imageLayoutVersion' in v)) {
    return { error: { code: 'oci_no_layout_version' }, entries: [] };
  }
  const blob = (d: Descriptor | undefined, what: OciBlob): Uint8Array | LoadError => {
    const digest = d?.digest ?? '';
    const m = /^sha256:([a-f0-9]{64})$/.exec(digest);
    if (!m) return { code: 'oci_bad_digest', blob: what, digest };
    const b = read(tree, tmp, `blobs/sha256/${m[1]}`);
    if (isError(b)) return { code: 'oci_blob_missing', blob: what, digest };
    if (sha256(b) !== digest || (d?.size !== undefined && d.size !== b.length)) {
      return { code: 'oci_blob_mismatch', blob: what, digest, size: b.length, actual: sha256(b) };
    }
    return b;
  };
  const indexBytes = read(tree, tmp, 'index.json');
  if (isError(indexBytes)) return { error: { code: 'oci_no_index' }, entries: [] };
  const indexJson = json('index.json', indexBytes);
  if (isError(indexJson)) return { error: indexJson, entries: [] };
  const index = indexJson.value as { manifests?: Descriptor[] };
  const entries: LoadEntry[] = [];
  for (const d of index.manifests ?? []) {
    const repoTags = ociName(d);
    const fail = (error: LoadError): LoadEntry => ({ json: '', diffIds: [], layers: [], repoTags, parent: '', history: 0, error });
    if (INDEXES.has(d.mediaType ?? '')) {
      entries.push(fail(unsupported('nested image indexes (multi-platform images) in an OCI layout')));
      continue;
    }
    if (d.mediaType !== OCI_MANIFEST && d.mediaType !== DOCKER_MANIFEST) {
      entries.push(fail(d.mediaType === undefined ? { code: 'oci_media_type' } : { code: 'oci_media_type', mediaType: d.mediaType }));
      continue;
    }
    const mb = blob(d, 'manifest');
    if (isError(mb)) {
      entries.push(fail(mb));
      continue;
    }
    const manifestJson = json({ manifest: String(d.digest) }, mb);
    if (isError(manifestJson)) {
      entries.push(fail(manifestJson));
      continue;
    }
    const manifest = manifestJson.value as { config?: Descriptor; layers?: Descriptor[] };
    const layers = manifest.layers ?? [];
    entries.push(
      await entry(blob(manifest.config, 'config'), layers.length, repoTags, '', async (i) => {
        const l = layers[i];
        if (!LAYERS.has(l?.mediaType ?? '')) return { error: unsupported(`layers of media type ${JSON.stringify(l?.mediaType)}`) };
        const b = blob(l, i);
        return isError(b) ? { error: b } : { file: await layerFile(b) };
      }),
    );
  }
  return { entries };
}
