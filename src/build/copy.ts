/**
 * COPY and ADD of the classic builder of Docker Engine 20.10 (moby builder/dockerfile copy.go,
 * internals.go, copy_unix.go, remotecontext), as pure functions over views:
 *
 *   copySources  the sources against the context (or the COPY --from image) and the hash the
 *                history line and the build cache use: `file:<hex>`, `dir:<hex>`, `multi:<hex>`;
 *   copyOps      what the step writes into the image, as ordered operations;
 *   resolveCopy  both.
 *
 * Hashes (all observed equal on 20.10.24): a file's is its tarsum (tarsum.ts) — the context's as
 * the client sent it (owner 0:0, no names), an image's from its header (owner and the daemon host's
 * names for them); a symlink source hashes as what it points to. A directory's is
 * sha256(sorted hashes of every entry below it and itself, joined by ","), a symlink inside counting
 * as its target's hash and a dangling one as its own path. Several sources: sha256 of their hashes
 * in order (not sorted), joined by ",".
 */
import { catchRaised, type DockerError, raise } from '../core/errors.js';
import type { Digest, Node } from '../layer/changeset.js';
import { sha256 } from '../layer/digest.js';
import { entryError } from '../layer/tar-read.js';
import { readArchive } from './archive.js';
import { type Identity, parseChown } from './chown.js';
import { type BuildContext, contextView } from './context.js';
import { chrooted, type CopyOp, Overlay } from './copy-overlay.js';
import { followSymlinkInScope, type FsView, joinPath, scopedError, walkView } from './fs-view.js';
import { goBase, goClean, goDir, goJoin, goMatch } from '../go/path.js';
import { compareBytes } from '../go/strings.js';
import type { Entry as TarEntry } from '../go/tar/index.js';
import type { AddInstruction, CopyInstruction } from './instructions.js';
import { hashStringSlice, headerMode, tarName, tarsum } from './tarsum.js';

export type { CopyNode, CopyOp } from './copy-overlay.js';

/** Names the daemon's host gives to owners (Go's archive/tar looks them up for COPY --from hashes). */
export interface HostNames {
  user(uid: number): string;
  group(gid: number): string;
}

/** A host that knows root only (observed on the reference host: 0 → root, 65534 → nobody/nogroup, 1000 → its user). */
export const ROOT_ONLY_HOST: HostNames = { user: (uid) => (uid === 0 ? 'root' : ''), group: (gid) => (gid === 0 ? 'root' : '') };

/** Where engine errors place the image root on the host when the caller does not say. */
export const DEFAULT_ROOTFS = '/var/lib/docker/overlay2/<id>/merged';

export interface CopyOptions {
  /** The run config's WorkingDir when the step runs ('' or '/' for the root). */
  readonly workingDir: string;
  /** Seconds since the epoch: mtime of the directories the step creates or adds entries to. */
  readonly now: number;
  /** COPY --from: the stage's or image's filesystem, used instead of the context. */
  readonly from?: FsView;
  readonly hostNames?: HostNames;
  /** The host path of the image root as the engine's errors show it (`<rootfs>/etc/passwd`). */
  readonly rootfs?: string;
}

/** One resolved source (moby's copyInfo). */
export interface CopyInfo {
  /** The source path as matched, relative to its root (symlinks not yet followed). */
  readonly path: string;
  readonly hash: string;
}

export interface CopyPlan {
  /** `file:<hex>`, `dir:<hex>` or `multi:<hex>`: what `#(nop) COPY <hash> in <dest>` shows. */
  readonly hash: string;
  readonly infos: readonly CopyInfo[];
  readonly source: CopySource;
}

export type Outcome<T> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: DockerError };

type Instr = CopyInstruction | AddInstruction;

/** A source tree and its Source.Hash (the context, or the image of COPY --from). */
export interface CopySource {
  readonly view: FsView;
  readonly fromImage: boolean;
  /** Source.Hash(path); undefined when the path cannot be resolved (walks skip it). */
  hash(path: string): string | undefined;
  /** Paths of the context that are hard links of one another: path → first path of the inode. */
  readonly hardlinks: ReadonlyMap<string, string>;
}

/** An error of performCopy's loop, which the engine wraps in "failed to copy files: ". */
function copyFail(cause: DockerError): never {
  return raise({ code: 'copy_files_failed', cause });
}

function unsupported(message: string): never {
  return raise({ code: 'unsupported', message });
}

/** remotecontext archiveContext.Hash: the sum of the entry the path resolves to, else the path itself. */
function contextSource(ctx: BuildContext): CopySource {
  const view = contextView(ctx);
  return {
    view,
    fromImage: false,
    hardlinks: ctx.hardlinks,
    hash: (path) => {
      const r = followSymlinkInScope(view, path);
      if (!r.ok) return undefined;
      return ctx.sums.get(r.path === '' ? '.' : r.path) ?? path;
    },
  };
}

/** remotecontext lazySource.Hash: a tar header built from the file (with owner names) and its bytes. */
function imageSource(view: FsView, names: HostNames): CopySource {
  const sums = new Map<string, string>();
  return {
    view,
    fromImage: true,
    hardlinks: new Map(),
    hash: (path) => {
      const r = followSymlinkInScope(view, path);
      if (!r.ok) return undefined;
      const rel = r.path === '' ? '.' : r.path;
      const node = view.node(r.path);
      if (node === undefined) return rel;
      let sum = sums.get(rel);
      if (sum === undefined) {
        sum = tarsum(imageHeader(rel, node, names), node.type === 'file' ? view.read(node.digest) : undefined, false);
        sums.set(rel, sum);
      }
      return sum;
    },
  };
}

function imageHeader(name: string, node: Node, names: HostNames): Parameters<typeof tarsum>[0] {
  const uid = node.uid ?? 0;
  const gid = node.gid ?? 0;
  const common = { uid, gid, mtime: node.mtime, uname: names.user(uid), gname: names.group(gid) };
  switch (node.type) {
    case 'dir':
      return { ...common, name: tarName(name, true), typeflag: '5', mode: headerMode('dir', node.mode), size: 0, linkname: '' };
    case 'symlink':
      return { ...common, name, typeflag: '2', mode: headerMode('symlink', node.mode), size: 0, linkname: node.target };
    case 'file':
      return { ...common, name, typeflag: '0', mode: headerMode('file', node.mode), size: node.size, linkname: '' };
  }
}

const isURL = (s: string): boolean => s.startsWith('http://') || s.startsWith('https://');

/**
 * createCopyInstruction: every source resolved in order (wildcards in walk order), then the check
 * that several sources go to a directory. Texts observed: "COPY failed: file not found in build
 * context or excluded by .dockerignore: stat nope: file does not exist", "COPY failed: no source
 * files were specified", "COPY failed: forbidden path outside the build context: ../x ()", "COPY
 * failed: source can't be a URL for COPY".
 */
export function copySources(instr: Instr, context: BuildContext | undefined, opts: CopyOptions): Outcome<{ plan: CopyPlan }> {
  const cmd = instr.kind === 'copy' ? 'COPY' : 'ADD';
  const source = opts.from !== undefined ? imageSource(opts.from, opts.hostNames ?? ROOT_ONLY_HOST) : context && contextSource(context);
  const infos: CopyInfo[] = [];
  const resolved = catchRaised(() => {
    for (const orig of instr.sources) {
      if (isURL(orig)) {
        if (instr.kind === 'copy') raise({ code: 'copy_url_source' });
        unsupported(`strata does not model remote sources: ADD of ${orig} needs the network`);
      }
      if (source === undefined) return raise({ code: 'missing_context' });
      infos.push(...calcCopyInfo(source, orig, true));
    }
    if (infos.length === 0) raise({ code: 'no_source_files' });
  });
  if (!resolved.ok) return { ok: false, error: { code: 'copy_failed', instruction: cmd, cause: resolved.error } };
  if (infos.length > 1 && !instr.dest.endsWith('/')) return { ok: false, error: { code: 'copy_dest_not_dir', instruction: cmd } };
  const hash = infos.length === 1 ? infos[0]!.hash : hashStringSlice('multi', infos.map((i) => i.hash));
  return { ok: true, plan: { hash, infos, source: source! } };
}

/** containsWildcards (builder/dockerfile/copy.go): `*`, `?` or `[` not escaped by a backslash. */
export function containsWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

/** A model path (relative to a root, '' for the root itself) from an absolute or relative Go path. */
function relativeToRoot(p: string): string {
  const c = goClean(`/${p}`);
  return c === '/' ? '' : c.slice(1);
}

function calcCopyInfo(source: CopySource, origPath: string, allowWildcards: boolean): CopyInfo[] {
  let p = origPath.startsWith('/') ? origPath.slice(1) : origPath;
  if (p.startsWith('./')) p = p.slice(2);
  if (allowWildcards && containsWildcards(p)) {
    const out: CopyInfo[] = [];
    for (const [path] of walkView(source.view, '')) if (path !== '' && goMatch(p, path) === true) out.push(...calcCopyInfo(source, path, false));
    return out;
  }
  const r = followSymlinkInScope(source.view, p);
  if (!r.ok) raise({ code: 'forbidden_path', path: p });
  const node = source.view.node(r.path);
  if (node === undefined) {
    const stat: DockerError = { code: 'path_error', op: 'stat', path: p, errno: 'ErrNotExist' };
    raise(source.fromImage ? stat : { code: 'source_not_in_context', cause: stat });
  }
  if (node.type !== 'dir') return [{ path: p, hash: `file:${source.hash(p) ?? p}` }];
  const subfiles: string[] = [];
  for (const [path] of walkView(source.view, r.path)) {
    const h = path === '' ? undefined : source.hash(path);
    if (h !== undefined) subfiles.push(h);
  }
  return [{ path: p, hash: hashStringSlice('dir', subfiles.sort(compareBytes)) }];
}

/** normalizeDest: a relative destination joins the WORKDIR (cleaned), keeping a trailing slash. */
export function normalizeDest(workingDir: string, requested: string): string {
  if (requested.startsWith('/')) return requested;
  const dest = goJoin('/', workingDir, requested);
  return requested.endsWith('/') ? `${dest}/` : dest;
}

/**
 * performCopy: --chown resolved against the image, then each source copied in order. Owners: 0:0
 * (or --chown's) for what is copied and the parents created for it; COPY --from without --chown
 * keeps the source's owners. A chown clears set-user-ID, and set-group-ID when group-executable,
 * on non-directories (kernel rule, observed: 4755 → 755, 2745 kept). Modes and mtimes are the
 * source's; a copied directory's own mode is not (the destination is created 0755). ADD extracts
 * local tar archives (gzip or plain) keeping their owners, --chown not applied.
 */
export function copyOps(instr: Instr, plan: CopyPlan, view: FsView, opts: CopyOptions): Outcome<{ ops: CopyOp[] }> {
  const rootfs = opts.rootfs ?? DEFAULT_ROOTFS;
  const dest = normalizeDest(opts.workingDir, instr.dest);
  let identity: Identity | undefined = { uid: 0, gid: 0 };
  if (instr.chown !== '') {
    const parsed = parseChown(instr.chown, view, rootfs);
    if (!parsed.ok) return parsed;
    identity = parsed.value;
  } else if (instr.kind === 'copy' && instr.from !== '') identity = undefined; // preserveOwnership
  const copier = new Copier(plan.source, new Overlay(view, opts.now), rootfs, instr.kind === 'add');
  const copied = catchRaised(() => {
    for (const info of plan.infos) copier.copy(info, dest, identity);
  });
  return copied.ok ? { ok: true, ops: copier.overlay.ops() } : copied;
}

/** Both steps: the hash for the history and the cache, and the operations to apply. */
export function resolveCopy(instr: Instr, context: BuildContext | undefined, view: FsView, opts: CopyOptions): Outcome<{ hash: string; ops: CopyOp[] }> {
  const sources = copySources(instr, context, opts);
  if (!sources.ok) return sources;
  const ops = copyOps(instr, sources.plan, view, opts);
  return ops.ok ? { ok: true, hash: sources.plan.hash, ops: ops.ops } : ops;
}

const withOwner = (n: Node, id: Identity): Node => {
  const { uid: _u, gid: _g, ...rest } = n;
  return { ...rest, ...(id.uid !== 0 ? { uid: id.uid } : {}), ...(id.gid !== 0 ? { gid: id.gid } : {}) } as Node;
};

/** chown(2) on a non-directory drops set-user-ID, and set-group-ID when the group may execute. */
function chowned(n: Node, id: Identity): Node {
  let mode = n.mode;
  if (n.type === 'file') {
    mode &= ~0o4000;
    if (mode & 0o010) mode &= ~0o2000;
  }
  return withOwner({ ...n, mode }, id);
}

class Copier {
  constructor(
    private readonly source: CopySource,
    readonly overlay: Overlay,
    private readonly rootfs: string,
    private readonly decompress: boolean,
  ) {}

  private host(path: string): string {
    return path === '' ? this.rootfs : `${this.rootfs}/${path}`;
  }

  /** performCopyForInfo. */
  copy(info: CopyInfo, dest: string, identity: Identity | undefined): void {
    const src = followSymlinkInScope(this.source.view, info.path);
    if (!src.ok) return copyFail({ code: 'forbidden_path', path: info.path });
    const d = followSymlinkInScope(this.overlay, dest);
    if (!d.ok) return copyFail(scopedError(d, this.rootfs, dest));
    const node = this.source.view.node(src.path);
    if (node === undefined) return copyFail({ code: 'copy_source_not_found', cause: { code: 'path_error', op: 'stat', path: info.path, errno: 'ENOENT' } });
    if (node.type === 'dir') return this.copyDirectory(src.path, d.path, identity);
    if (node.type !== 'file') return unsupported(`strata does not model a COPY source that stays a symlink: ${info.path}`);
    const content = this.source.view.read(node.digest);
    if (this.decompress && !this.source.fromImage) {
      const archive = readArchive(content, info.path);
      if (archive.kind === 'unmodelled') raise(archive.error);
      if (archive.kind === 'archive') return this.untar(archive.entries, archive.error, d.path);
    }
    const destIsDir = this.overlay.node(d.path)?.type === 'dir';
    const target = dest.endsWith('/') || destIsDir ? relativeToRoot(goJoin(`/${d.path}`, goBase(info.path))) : d.path;
    this.copyFile(node, content, target, identity);
  }

  /** copyFile: parents made (owned by the identity, or root when owners are kept), then the file. */
  private copyFile(node: Node & { type: 'file' }, content: Uint8Array, target: string, identity: Identity | undefined): void {
    const parent = goDir(`/${target}`);
    const made = this.mkdirAll(relativeToRoot(parent), identity ?? { uid: 0, gid: 0 });
    if (made !== undefined) copyFail(identity === undefined ? made : { code: 'create_dir_failed', cause: made });
    this.overlay.put(target, { ...node, mode: node.mode & 0o7777 }, content);
    if (identity !== undefined) this.overlay.update(target, (n) => chowned(n, identity));
  }

  /**
   * MkdirAll / MkdirAllAndChownNew with 0755: the missing directories, owned by `owner`; the error
   * when a component is not a directory.
   */
  private mkdirAll(dir: string, owner: Identity): DockerError | undefined {
    const parts = dir === '' ? [] : dir.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      const n = this.overlay.node(p);
      if (n === undefined) this.overlay.put(p, withOwner({ type: 'dir', mode: 0o755, mtime: this.overlay.now }, owner));
      else if (n.type !== 'dir') return { code: 'path_error', op: 'mkdir', path: this.host(p), errno: 'ENOTDIR' };
    }
    return undefined;
  }

  /** copyDirectory: the directory's contents (not itself) into dest, then the chown of what was copied. */
  private copyDirectory(src: string, dest: string, identity: Identity | undefined): void {
    const destExists = this.overlay.node(dest)?.type === 'dir';
    const made = this.mkdirAll(dest, { uid: 0, gid: 0 });
    if (made !== undefined) copyFail({ code: 'copy_dir_failed', cause: made });
    const entries = [...walkView(this.source.view, src)].slice(1);
    this.refuseHardlinks(entries.map(([p]) => p), src);
    const copied = entries.map(([path, node]): [string, Node] => [joinPath(dest, src === '' ? path : path.slice(src.length + 1)), node]);
    for (const [target, node] of copied) {
      const existing = this.overlay.node(target);
      if (node.type === 'dir' && existing?.type === 'dir') {
        this.overlay.update(target, (n) => ({ ...withOwner(n, owner(node)), mode: node.mode & 0o7777, mtime: node.mtime }));
      } else if (node.type === 'file') this.overlay.put(target, { ...node, mode: node.mode & 0o7777 }, this.source.view.read(node.digest));
      else this.overlay.put(target, { ...node, mode: node.type === 'dir' ? node.mode & 0o7777 : node.mode });
    }
    // Unpack sets directories' times once everything is written in them
    for (const [target, node] of copied) if (node.type === 'dir') this.overlay.update(target, (n) => ({ ...n, mtime: node.mtime }));
    if (identity === undefined) return;
    // fixPermissions: what was copied, and the destination itself unless it existed
    if (!destExists) this.overlay.update(dest, (n) => chowned(n, identity));
    for (const [target] of copied) this.overlay.update(target, (n) => chowned(n, identity));
  }

  /** The daemon's tar of a directory keeps hard links, which the layer model cannot hold. */
  private refuseHardlinks(paths: readonly string[], src: string): void {
    const seen = new Map<string, string>();
    for (const p of paths) {
      const group = this.source.hardlinks.get(p);
      if (group === undefined) continue;
      const other = seen.get(group);
      if (other !== undefined) unsupported(`strata does not model hard links: copying ${src === '' ? '.' : src} would link ${p} to ${other}`);
      seen.set(group, p);
    }
  }

  /**
   * The directory an archive entry goes into: Unpack makes it (0755, root's) only when lstat says
   * it does not exist (a symlink there is kept, even dangling); the kernel then follows every
   * symlink of the path inside the chroot.
   */
  private untarParent(root: FsView, dest: string, rel: string, fail: (errno: string) => never): string {
    const parentRel = relativeToRoot(goDir(rel));
    const resolved = followSymlinkInScope(root, parentRel);
    if (!resolved.ok) return fail('ENOTDIR');
    const above = followSymlinkInScope(root, relativeToRoot(goDir(parentRel)));
    const missing = parentRel !== '' && above.ok && root.node(joinPath(above.path, goBase(parentRel))) === undefined;
    if (missing && this.mkdirAll(joinPath(dest, resolved.path), { uid: 0, gid: 0 }) !== undefined) fail('ENOTDIR');
    const dir = root.node(resolved.path);
    if (dir === undefined) fail('ENOENT');
    if (dir.type !== 'dir') fail('ENOTDIR');
    return joinPath(dest, resolved.path);
  }

  /**
   * UntarPath into dest (a chroot there): entries cleaned into it, missing parents made 0755 root,
   * owners, modes and times from the archive, directories' times set last.
   */
  private untar(entries: readonly TarEntry[], error: string | undefined, dest: string): void {
    const untarFailed = (cause: DockerError): never => copyFail({ code: 'untar_failed', cause });
    const existing = this.overlay.node(dest);
    if (existing !== undefined && existing.type !== 'dir') {
      // the engine's pivot directory name ends with random digits
      const pivot = `${this.host(dest)}/.pivot_root000000000`;
      untarFailed({ code: 'pivot_dir', cause: { code: 'path_error', op: 'mkdir', path: pivot, errno: 'ENOTDIR' } });
    }
    const made = this.mkdirAll(dest, { uid: 0, gid: 0 });
    if (made !== undefined) copyFail(made);
    const root = chrooted(this.overlay, dest);
    const dirs: [string, number][] = [];
    for (const e of entries) {
      if (e.typeflag === 'g') continue;
      const name = goClean(e.name);
      if (name === '.') continue;
      const rel = relativeToRoot(name);
      if (rel === '') {
        if (e.typeflag !== '5') unsupported(`strata does not model an archive entry replacing the ADD destination: ${e.name}`);
        this.overlay.update(dest, (n) => ({ ...withOwner(n, e), mode: e.mode & 0o7777 }));
        dirs.push([dest, e.mtime]);
        continue;
      }
      const call = e.typeflag === '5' ? 'mkdir' : e.typeflag === '2' ? 'symlink' : 'open';
      const parent = this.untarParent(root, dest, rel, (errno) => untarFailed(entryError(call, e.linkname, `/${rel}`, errno)));
      const target = joinPath(parent, goBase(rel));
      const old = this.overlay.node(target);
      const isDir = e.typeflag === '5';
      if (old !== undefined && !(old.type === 'dir' && isDir)) this.overlay.remove(target);
      const attrs = { mtime: e.mtime, ...(e.uid !== 0 ? { uid: e.uid } : {}), ...(e.gid !== 0 ? { gid: e.gid } : {}) };
      switch (e.typeflag) {
        case '5':
          dirs.push([target, e.mtime]);
          if (old?.type === 'dir') this.overlay.update(target, (n) => ({ ...withOwner(n, e), mode: e.mode & 0o7777 }));
          else this.overlay.put(target, { type: 'dir', mode: e.mode & 0o7777, ...attrs });
          break;
        case '0': {
          const data = new Uint8Array(e.data);
          this.overlay.put(target, { type: 'file', mode: e.mode & 0o7777, ...attrs, size: data.length, digest: sha256(data) as Digest }, data);
          break;
        }
        case '2':
          this.overlay.put(target, { type: 'symlink', mode: 0o777, ...attrs, target: e.linkname });
          break;
        case '1':
          return unsupported(`strata does not model hard links in archives ADD extracts: ${e.name} -> ${e.linkname}`);
        case '3':
        case '4':
        case '6':
          return unsupported(`strata does not model devices or named pipes in archives ADD extracts: ${e.name}`);
        default:
          return untarFailed({ code: 'untar_header_type', typeflag: e.typeflag.charCodeAt(0) });
      }
    }
    if (error !== undefined) untarFailed({ code: 'go_error', error });
    for (const [target, mtime] of dirs) this.overlay.update(target, (n) => ({ ...n, mtime }));
  }
}

const owner = (n: Node): Identity => ({ uid: n.uid ?? 0, gid: n.gid ?? 0 });
