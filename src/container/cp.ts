/**
 * docker cp, the daemon's side (daemon/archive.go, container/archive.go, pkg/archive of 20.10): a
 * path's stat (HEAD /containers/{id}/archive), a path's archive (GET: logs `archive-path`) and a tar
 * extracted into a directory (PUT: logs `extract-to-dir`), all through the container's filesystem as
 * the daemon mounts it (the union view, with the network files once the container has started). An
 * extraction writes the RW layer with overlay2's copy-up (layer/vfs.ts) and is logged as
 * ContainerFsChanged. The client's side (its path rules, the host's files, the tar it sends or
 * unpacks) is the CLI's (cli/cp.ts); what arrives here is the tar already parsed, as import and load
 * get theirs.
 *
 * Paths: the daemon resolves symlinks in the scope of the container's root (pkg/symlink
 * FollowSymlinkInScope), and its errors name the host path under the overlay2 mount
 * (`/var/lib/docker/overlay2/<mount id>/merged/...`).
 */
import type { DockerError } from '../core/errors.js';
import type { Work } from '../core/work.js';
import { goBase, goClean, goDir, goJoin } from '../go/path.js';
import type { Node } from '../layer/changeset.js';
import { type Stack, join, list, lookup } from '../layer/union.js';
import { Vfs } from '../layer/vfs.js';
import type { Container, State } from '../state.js';
import { findContainer, isError } from './resolve.js';
import { recordFs } from './runtime.js';
import { followInScope, hostPath, type Lstat, lstatIn, stackOf } from './scope.js';
import { ownerNamesOf } from './stack.js';

/** One entry of the tar the client sends, as Go's tar reader gives it (the CLI parses it, outside decide). */
export interface CopyEntry {
  readonly name: string;
  readonly type: 'dir' | 'file' | 'symlink' | 'link' | 'pax-global' | 'other';
  /** permission bits (and setuid, setgid, sticky) */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** seconds since the epoch */
  readonly mtime: number;
  readonly linkname: string;
  readonly data?: Uint8Array;
}

/** The tar as read: its entries, and the error reading it stopped at (a stream cut short), if any. */
export interface CopyArchive {
  readonly entries: readonly CopyEntry[];
  readonly error?: DockerError;
}

/** types.ContainerPathStat, as much of it as the client reads. */
export interface PathStat {
  readonly name: string;
  readonly type: Node['type'];
  readonly size: number;
  readonly mode: number;
  readonly mtime: number;
  /** for a symlink: where it leads, resolved in the container's scope, absolute */
  readonly linkTarget: string;
}

/** What an archive-path answers: the stat, and the tar's entries (name as the engine writes it, node). */
export interface PathArchive {
  readonly stat: PathStat;
  readonly entries: readonly (readonly [string, Node])[];
}

/** The files the engine bind-mounts once a container has started (container.NetworkMounts), which the daemon's mount shows too. */
const NETWORK_FILES = ['etc/hostname', 'etc/hosts', 'etc/resolv.conf'] as const;

/** PreserveTrailingDotOrSeparator(filepath.Join("/", path), path). */
function absolute(path: string): string {
  let abs = goClean(`/${path}`);
  if (goBase(abs) !== '.' && goBase(path) === '.' && path !== '') abs += abs.endsWith('/') ? '.' : '/.';
  if (!abs.endsWith('/') && path.endsWith('/')) abs += '/';
  return abs;
}

const started = (c: Container): boolean => c.state.startedAt !== null;

const notModelled = (what: string): DockerError => ({
  code: 'unsupported',
  message: `strata: docker cp ${what} is not modelled (the engine bind-mounts the container's /etc/hostname, /etc/hosts and /etc/resolv.conf once it has started)`,
});

interface Resolved {
  readonly abs: string;
  /** the resolved path of what is named, relative to the root ('' for the root) */
  readonly rel: string;
  /** the host path the daemon lstats (with the trailing `/` or `/.` the user wrote) */
  readonly shown: string;
  readonly node: Node;
}

/** container.ResolvePath then the Lstat of StatPath: the directory part resolved in scope, the last element as written. */
function resolvePath(c: Container, stack: Stack, path: string, ref: string): Resolved | DockerError {
  const abs = absolute(path);
  const cut = abs.lastIndexOf('/');
  const dirPath = abs.slice(0, cut + 1);
  const base = abs.slice(cut + 1);
  const dir = followInScope(c, stack, dirPath);
  if (typeof dir !== 'string') return dir;
  const shown = `${hostPath(c, dir)}/${base}`;
  const rel = base === '' || base === '.' ? dir : join(dir, base);
  const st = base === '' || base === '.' ? lstatDir(stack, dir) : lstatIn(stack, rel);
  if (st === 'ENOENT') return { code: 'container_file_not_found', path, ref };
  if (typeof st === 'string') return { code: 'path_error', op: 'lstat', path: shown, errno: st };
  return { abs, rel, shown, node: st };
}

/** lstat("dir/"): the directory itself, which must be one. */
function lstatDir(stack: Stack, rel: string): Lstat {
  const st = lstatIn(stack, rel);
  return typeof st !== 'string' && st.type !== 'dir' ? 'ENOTDIR' : st;
}

function statOf(c: Container, stack: Stack, r: Resolved): PathStat | DockerError {
  const n = r.node;
  let linkTarget = '';
  if (n.type === 'symlink') {
    const t = followInScope(c, stack, r.abs);
    if (typeof t !== 'string') return t;
    linkTarget = `/${t}`;
  }
  const size = n.type === 'file' ? n.size : n.type === 'symlink' ? n.target.length : 4096;
  return { name: goBase(r.abs), type: n.type, size, mode: n.mode, mtime: n.mtime, linkTarget };
}

/** The paths the network files would shadow, when the container has started: what cp cannot read or write faithfully. */
function touchesNetworkFiles(c: Container, rels: Iterable<string>): string | undefined {
  if (!started(c)) return undefined;
  for (const rel of rels) for (const f of NETWORK_FILES) if (rel === f) return `/${f}`;
  return undefined;
}

/** ContainerStatPath (HEAD): no event. The CLI asks it before it copies into a container, and for -L. */
export function statPath(state: State, ref: string, path: string): PathStat | DockerError {
  const c = findContainer(state, ref);
  if (isError(c)) return c;
  const stack = stackOf(state, c);
  const r = resolvePath(c, stack, path, ref);
  if (isError(r)) return r;
  const shadowed = touchesNetworkFiles(c, [r.rel]);
  if (shadowed !== undefined) return notModelled(`of ${shadowed}`);
  return statOf(c, stack, r);
}

/** ContainerArchivePath (GET): the stat and the entries of the tar; logs `archive-path`. */
export function archivePath(w: Work, c: Container, ref: string, path: string): PathArchive | DockerError {
  const stack = stackOf(w.state, c);
  const r = resolvePath(c, stack, path, ref);
  if (isError(r)) return r;
  const stat = statOf(c, stack, r);
  if (isError(stat)) return stat;
  // TarResourceRebase(resolvedPath, filepath.Base(absPath)): the walk starts at SplitPathDirEntry's base
  const dotted = goBase(r.shown) === '.';
  const include = dotted ? '.' : r.rel === '' ? 'merged' : goBase(r.rel);
  const rebase = goBase(r.abs);
  const replacement = rebase === '/' ? '' : rebase;
  const entries: [string, Node][] = [];
  const add = (relName: string, node: Node): void => {
    let name = dotted && relName !== '.' ? `./${relName}` : relName;
    if (rebase !== '') name = name.replace(include, () => replacement);
    entries.push([node.type === 'dir' && !name.endsWith('/') ? `${name}/` : name, node]);
  };
  const walk = (rel: string, relName: string, node: Node): void => {
    add(relName, node);
    if (node.type !== 'dir') return;
    for (const child of list(stack, rel)) {
      const p = join(rel, child);
      const n = lookup(stack, p);
      if (n) walk(p, dotted ? (relName === '.' ? child : `${relName}/${child}`) : `${relName}/${child}`, n);
    }
  };
  walk(r.rel, dotted ? '.' : include, r.node);
  const shadowed = touchesNetworkFiles(c, r.node.type === 'dir' ? walkedPaths(stack, r.rel) : [r.rel]);
  if (shadowed !== undefined) return notModelled(`of ${shadowed}`);
  const names = ownerNamesOf(w.state, c, (d) => w.blob(d));
  if (typeof names === 'string') return { code: 'unsupported', message: names };
  w.emit({ type: 'ContainerPathArchived', id: c.id });
  return { stat, entries };
}

function walkedPaths(stack: Stack, rel: string): string[] {
  const out = [rel];
  for (const child of list(stack, rel)) {
    const p = join(rel, child);
    if (lookup(stack, p)?.type === 'dir') out.push(...walkedPaths(stack, p));
    else out.push(p);
  }
  return out;
}

/**
 * ContainerExtractToDir (PUT): the destination resolved in scope (its last element too), which must
 * be a directory; then pkg/archive Unpack as the untar chrooted to the container's root runs it there, NoOverwriteDirNonDir
 * set, ownership from the tar (Lchown), modes by chmod, times from the tar (directories' last). What
 * it wrote stays when it fails part-way; only a whole extraction logs `extract-to-dir`.
 */
export function extractToDir(w: Work, c: Container, ref: string, path: string, archive: CopyArchive, copyUIDGID: boolean): { failed?: DockerError } | DockerError {
  const stack = stackOf(w.state, c);
  const vfs = new Vfs(new Map(c.rw), stack.slice(1), Math.floor(w.now / 1000), (d) => w.blob(d));
  const dest = followInScope(c, stack, absolute(path));
  if (typeof dest !== 'string') return dest;
  const st = lstatIn(stack, dest);
  if (st === 'ENOENT') return { code: 'container_file_not_found', path, ref };
  if (typeof st === 'string') return { code: 'path_error', op: 'lstat', path: hostPath(c, dest), errno: st };
  if (st.type !== 'dir') return { code: 'extract_not_directory' };
  // checked after the destination, as containerExtractToDir does; the model has no volumes to write to
  if (c.hostConfig.ReadonlyRootfs === true) return { code: 'rootfs_read_only' };
  const chown = copyUIDGID ? copyOwner(c.config.User ?? '') : undefined;
  if (chown !== undefined && 'code' in chown) return chown;
  const err = unpack(vfs, c, dest, archive, chown);
  if (err !== undefined) {
    recordFs(w, c.id, vfs);
    return { failed: err };
  }
  recordFs(w, c.id, vfs);
  w.emit({ type: 'ContainerArchiveExtracted', id: c.id });
  return {};
}

/**
 * daemon tarCopyOptions, for `cp -a`: the container's user looked up on the daemon's own host
 * (idtools.LookupUser: its /etc/passwd by name, then `getent passwd`), whose ids then own every
 * entry. No user keeps the tar's owners. The model knows one fact of the host: it has root, found
 * by name and, through getent, by uid 0. A user with a colon is no passwd entry's name on any host
 * (getent fails). Any other user only the host can answer for.
 */
function copyOwner(user: string): { readonly uid: 0; readonly gid: 0 } | DockerError | undefined {
  if (user === '') return undefined;
  if (user === 'root' || user === '0') return { uid: 0, gid: 0 };
  if (user.includes(':')) return { code: 'getent_not_found', key: user, database: 'passwd' };
  return { code: 'unsupported', message: `strata: docker cp -a into a container whose user is ${JSON.stringify(user)} is not modelled (the engine looks the user up on its own host; the model knows only root)` };
}

/**
 * Unpack into `dest`, a directory of the container (the untar is chrooted to its root): the first
 * error, or undefined. `chown` (TarOptions.ChownOpts) owns every entry instead of the tar's owners.
 */
function unpack(vfs: Vfs, c: Container, dest: string, archive: CopyArchive, chown?: { readonly uid: number; readonly gid: number }): DockerError | undefined {
  const dirs: [string, number][] = [];
  const untar = (cause: DockerError): DockerError => ({ code: 'untar_failed', cause });
  const destAbs = `/${dest}`;
  for (const e of archive.entries) {
    if (e.type === 'pax-global') continue;
    // the untar is chrooted to the container's root (UntarWithRoot), the destination a path inside it
    const name = goClean(e.name);
    if (e.type === 'link') return unsupportedEntry(e, 'hard links');
    if (e.type === 'other') return unsupportedEntry(e, 'devices, FIFOs and other special files');
    // the parents: MkdirAll 0755 where missing (before the breakout check, as Unpack does); a
    // non-directory or a symlink on the way is not modelled
    if (name !== '/') {
      let at = '';
      for (const part of goJoin(destAbs, goDir(name)).split('/').filter(Boolean)) {
        at = join(at, part);
        const n = vfs.at(at);
        if (n === undefined) {
          if (part.startsWith('.wh.')) return unsupportedEntry(e, 'a name the overlay2 driver reserves for whiteouts');
          vfs.place(at, { type: 'dir', mode: 0o755, mtime: vfs.now });
        } else if (n.type !== 'dir') return unsupportedEntry(e, `an entry below a ${n.type === 'symlink' ? 'symlink' : 'non-directory'}`);
      }
    }
    const abs = goJoin(destAbs, name);
    if (destAbs !== '/' && abs !== destAbs && !abs.startsWith(`${destAbs}/`)) return untar({ code: 'untar_breakout', name, dest: destAbs });
    const rel = abs.slice(1);
    if (goBase(abs).startsWith('.wh.')) return unsupportedEntry(e, 'a name the overlay2 driver reserves for whiteouts');
    const shadowed = touchesNetworkFiles(c, [rel]);
    if (shadowed !== undefined) return notModelled(`into ${shadowed}`);
    const existing = vfs.at(rel);
    const isDir = e.type === 'dir';
    if (existing !== undefined) {
      if (existing.type === 'dir' && !isDir) return untar({ code: 'untar_overwrite', path: abs, dest: destAbs, directory: true });
      if (existing.type !== 'dir' && isDir) return untar({ code: 'untar_overwrite', path: abs, dest: destAbs, directory: false });
      if (existing.type === 'dir' && name === '.') continue;
      if (!(existing.type === 'dir' && isDir)) vfs.removeAll(rel);
    }
    const [uid, gid] = chown === undefined ? [e.uid, e.gid] : [chown.uid, chown.gid];
    const own = { ...(uid !== 0 ? { uid } : {}), ...(gid !== 0 ? { gid } : {}) };
    const mode = e.mode & 0o7777;
    if (isDir) {
      const cur = vfs.at(rel);
      if (rel === '') return unsupportedEntry(e, 'an entry for the container\'s root');
      // createTarFile sets a directory's times at once too: entries made in it later move them, and
      // the times are set again once the archive is read (an untar that fails before keeps these)
      if (cur === undefined) vfs.place(rel, { type: 'dir', mode, mtime: e.mtime, ...own });
      else vfs.restat(rel, { type: 'dir', mode, mtime: e.mtime, ...own });
      dirs.push([rel, e.mtime]);
    } else if (e.type === 'symlink') {
      vfs.place(rel, { type: 'symlink', mode: 0o777, mtime: e.mtime, target: e.linkname, ...own });
    } else {
      const data = e.data ?? new Uint8Array();
      vfs.place(rel, { type: 'file', mode, mtime: e.mtime, ...vfs.keep(data), ...own });
    }
  }
  // directory times last, so that what was created in them does not move them again
  for (const [rel, mtime] of dirs) {
    const n = vfs.at(rel);
    if (n?.type === 'dir') vfs.restat(rel, { ...n, mtime });
  }
  // the stream's own error (a tar cut short) comes as the untar reports it
  return archive.error;
}

const unsupportedEntry = (e: CopyEntry, what: string): DockerError => ({
  code: 'unsupported',
  message: `strata: docker cp of ${what} is not modelled: entry ${JSON.stringify(e.name)}`,
});
