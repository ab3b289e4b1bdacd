/**
 * A container's filesystem as its processes see it: the image's layers with the read-write layer on
 * top, implementing the ShFs contract with overlay2's copy-up rules. Writes go to `rw` (a working
 * copy the caller owns); `touched` records which RW paths changed so the caller can emit them as
 * one event. New contents are kept in `blobs` until the caller stores them.
 *
 * `readOnly` (run --read-only: the rootfs mounted ro): every change fails with EROFS, where the
 * kernel checks the mount, after the path walk and, for creations, after it found the name taken.
 *
 * `cred`: the process the calls are made for, checked as Linux checks it (fs/namei.c): search (x) on
 * every directory a path is looked up in, the last one too; read or write on what is opened; write
 * and search on the directory an entry is made in or taken out of, and the sticky bit there (EPERM);
 * ownership for chmod (EPERM), ownership or write for a touch. What it makes is its own (its gid, or
 * the directory's when that is set-group-ID, which a new directory inherits). A write by anyone but
 * root drops set-user-ID, and set-group-ID from a group-executable file. Root is checked as docker's
 * root: only execution needs an x bit.
 */
import { createHash } from 'node:crypto';
import { type Cred, type Errno, ROOT, type ShFs, type Stat } from '../sh/fs.js';
import { type Change, type Changeset, type Digest, type Node, WHITEOUT, baseOf, parentOf } from './changeset.js';
import { blocksBelow, join, list, lookup } from './union.js';

const MAX_SYMLINKS = 40;

/**
 * What each path is in a stack of read-only layers, by the stack (an array nobody changes: see
 * container/runtime.ts, which hands each container the same one): the layers under a RW layer never
 * change, so a lookup there is made once.
 */
/**
 * The components of a path, last first; empty ones dropped, and `.` too when asked (a symlink's
 * target keeps them: `x/.` there makes x a directory that must exist, as it does for the kernel).
 */
function components(path: string, dropDots: boolean): string[] {
  const out: string[] = [];
  for (let end = path.length; end > 0; ) {
    const start = path.lastIndexOf('/', end - 1);
    const c = path.slice(start + 1, end);
    if (c !== '' && !(dropDots && c === '.')) out.push(c);
    end = start;
  }
  return out;
}

const lowerLookups = new WeakMap<readonly Changeset[], Map<string, Node | null>>();

const MAY_EXEC = 1;
const MAY_WRITE = 2;
const MAY_READ = 4;
const S_ISUID = 0o4000;
const S_ISGID = 0o2000;
const S_ISVTX = 0o1000;

/**
 * generic_permission for `cred` on `n`: the owner's bits for its owner, else the group's for a member
 * of its group, else the others'. Root overrides everything but the x bits of a file.
 */
export function permits(cred: Cred, n: Node, mask: number): boolean {
  if (cred.uid === 0) return n.type === 'dir' || (mask & MAY_EXEC) === 0 || (n.mode & 0o111) !== 0;
  const bits = (n.uid ?? 0) === cred.uid ? n.mode >> 6 : inGroup(cred, n.gid ?? 0) ? n.mode >> 3 : n.mode;
  return (bits & mask) === mask;
}

/** in_group_p: the process's gid or one of its supplementary groups. */
const inGroup = (cred: Cred, gid: number): boolean => cred.gid === gid || cred.groups.includes(gid);

export class Vfs implements ShFs {
  readonly touched = new Set<string>();
  readonly blobs = new Map<Digest, Uint8Array>();
  private readonly stack: Changeset[];

  constructor(
    private readonly rw: Map<string, Change>,
    private readonly lower: readonly Changeset[],
    private readonly nowSeconds: number,
    private readonly readBlob: (d: Digest) => Uint8Array,
    private readonly readOnly = false,
    readonly cred: Cred = ROOT,
  ) {
    this.stack = [rw, ...lower];
  }

  /** May the process do `mask` to the directory at canonical `dir` (which exists)? */
  private may(dir: string, mask: number): boolean {
    const n = this.node(dir);
    return n === undefined || permits(this.cred, n, mask);
  }

  /** may_delete's checks of the directory: write and search on it, then its sticky bit. */
  private mayDelete(path: string, victim: Node): Errno | undefined {
    const dir = parentOf(path);
    const d = this.node(dir);
    if (d === undefined || this.cred.uid === 0) return undefined;
    if (!permits(this.cred, d, MAY_WRITE | MAY_EXEC)) return 'EACCES';
    if ((d.mode & S_ISVTX) !== 0 && (victim.uid ?? 0) !== this.cred.uid && (d.uid ?? 0) !== this.cred.uid) return 'EPERM';
    return undefined;
  }

  /** What the process makes in `dir` is its own: its uid, its gid or a set-group-ID directory's (inherited by a directory). */
  private owned(dir: string, node: Node): Node {
    const d = this.node(dir);
    const sgid = d?.type === 'dir' && (d.mode & S_ISGID) !== 0;
    const gid = sgid ? (d.gid ?? 0) : this.cred.gid;
    const mode = sgid && node.type === 'dir' ? node.mode | S_ISGID : node.mode;
    return { ...node, mode, ...(this.cred.uid !== 0 ? { uid: this.cred.uid } : {}), ...(gid !== 0 ? { gid } : {}) };
  }

  /** should_remove_suid: a write by a process without CAP_FSETID clears set-user-ID, and set-group-ID if the group may execute. */
  private killPrivs(n: Node): Node {
    if (this.cred.uid === 0 || n.type !== 'file') return n;
    const kill = (n.mode & S_ISUID) | ((n.mode & (S_ISGID | 0o010)) === (S_ISGID | 0o010) ? S_ISGID : 0);
    return kill === 0 ? n : { ...n, mode: n.mode & ~kill };
  }

  /** The RW paths this process changed: their new entries, and the ones it took out of the RW layer. */
  changes(): { set: [string, Change][]; removed: string[] } {
    const set: [string, Change][] = [];
    const removed: string[] = [];
    for (const path of [...this.touched].sort()) {
      const c = this.rw.get(path);
      if (c) set.push([path, c]);
      else removed.push(path);
    }
    return { set, removed };
  }

  // ---- resolution -------------------------------------------------------------------------

  /** lookup(this.stack, path): the RW layer, then the layers under it, whose answers are kept. */
  private node(path: string): Node | undefined {
    const c = this.rw.get(path);
    if (c) return c.type === 'whiteout' ? undefined : c;
    return blocksBelow(this.rw, path) ? undefined : this.lowerNode(path);
  }

  /** overlayfs's pure upper directory: made in the RW layer, over nothing or opaquely. */
  private pureUpper(path: string): boolean {
    const c = this.rw.get(path);
    return c?.type === 'dir' && (c.opaque === true || this.lowerNode(path) === undefined);
  }

  private lowerNode(path: string): Node | undefined {
    let seen = lowerLookups.get(this.lower);
    if (seen === undefined) lowerLookups.set(this.lower, (seen = new Map()));
    let n = seen.get(path);
    if (n === undefined) seen.set(path, (n = lookup(this.lower, path) ?? null));
    return n ?? undefined;
  }

  /**
   * Resolve an absolute path to a canonical relative one, following symlinks (the last one only if
   * asked). Each directory a name is looked up in must be searchable (`search`: the process's walk).
   */
  resolve(path: string, followLast: boolean, search = this.cred.uid !== 0): string | { errno: Errno } {
    const pending = components(path, true); // the next component last: taken with pop()
    let prefix = ''; // the components resolved so far, joined by '/'
    let hops = 0;
    while (pending.length > 0) {
      const comp = pending.pop()!;
      if (search && !this.may(prefix, MAY_EXEC)) return { errno: 'EACCES' };
      if (comp === '..') {
        prefix = parentOf(prefix);
        continue;
      }
      if (comp === '.') continue;
      const cur = prefix === '' ? comp : `${prefix}/${comp}`;
      const n = this.node(cur);
      const last = pending.length === 0;
      if (!n) {
        if (last) {
          prefix = cur;
          continue;
        }
        return { errno: 'ENOENT' };
      }
      if (n.type === 'symlink' && (!last || followLast)) {
        if (++hops > MAX_SYMLINKS) return { errno: 'ELOOP' };
        if (n.target.startsWith('/')) prefix = '';
        pending.push(...components(n.target, false));
        continue;
      }
      if (n.type !== 'dir' && !last) return { errno: 'ENOTDIR' };
      prefix = cur;
    }
    return prefix;
  }

  private stat_(p: string): Stat | Errno {
    const n = this.node(p);
    if (!n) return 'ENOENT';
    const size = n.type === 'file' ? n.size : n.type === 'symlink' ? n.target.length : 0;
    return { type: n.type, mode: n.mode, size, mtime: n.mtime };
  }

  lstat(path: string): Stat | Errno {
    const p = this.resolve(path, false);
    return typeof p === 'string' ? this.stat_(p) : p.errno;
  }

  stat(path: string): Stat | Errno {
    const p = this.resolve(path, true);
    return typeof p === 'string' ? this.stat_(p) : p.errno;
  }

  readFile(path: string): Uint8Array | Errno {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    // open(O_RDONLY) needs read permission, a directory's too; reading a directory is EISDIR
    if (!permits(this.cred, n, MAY_READ)) return 'EACCES';
    if (n.type === 'dir') return 'EISDIR';
    if (n.type !== 'file') return 'EINVAL';
    return this.content(n);
  }

  private content(n: Extract<Node, { type: 'file' }>): Uint8Array {
    return this.blobs.get(n.digest) ?? this.readBlob(n.digest);
  }

  readlink(path: string): string | Errno {
    const p = this.resolve(path, false);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    return n.type === 'symlink' ? n.target : 'EINVAL';
  }

  readdir(path: string): readonly string[] | Errno {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    if (n.type !== 'dir') return 'ENOTDIR';
    if (!permits(this.cred, n, MAY_READ)) return 'EACCES';
    return list(this.stack, p, true);
  }

  chdir(path: string): Errno | undefined {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    if (n.type !== 'dir') return 'ENOTDIR';
    return permits(this.cred, n, MAY_EXEC) ? undefined : 'EACCES';
  }

  mayExec(path: string): Errno | undefined {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    return n.type === 'file' && permits(this.cred, n, MAY_EXEC) ? undefined : 'EACCES';
  }

  // ---- writes -----------------------------------------------------------------------------

  /** Resolve the parent of a path to create: it must be an existing directory. */
  private parentDir(path: string): { dir: string; name: string } | Errno {
    const p = this.resolve(path, false);
    if (typeof p !== 'string') return p.errno;
    if (p === '') return 'EEXIST';
    const dir = parentOf(p);
    const d = this.node(dir);
    if (!d) return 'ENOENT';
    if (d.type !== 'dir') return 'ENOTDIR';
    return { dir, name: baseOf(p) };
  }

  private set(path: string, c: Change): void {
    this.rw.set(path, c);
    this.touched.add(path);
  }

  private drop(path: string): void {
    if (this.rw.delete(path)) this.touched.add(path);
  }

  /** overlay2 copies every ancestor directory up before it changes anything below it. */
  private copyUpParents(path: string): void {
    const chain: string[] = [];
    for (let d = parentOf(path); d !== ''; d = parentOf(d)) chain.unshift(d);
    for (const d of chain) {
      if (this.rw.has(d)) continue;
      const n = this.lowerNode(d);
      if (n?.type === 'dir') this.set(d, { ...withoutOpaque(n) });
    }
  }

  /** A change of entries in `dir`: copy it up and bump its mtime, as the kernel does. */
  private dirChanged(dir: string): void {
    if (dir === '') return;
    this.copyUpParents(join(dir, 'x'));
    const n = this.node(dir);
    if (n?.type === 'dir') this.set(dir, { ...n, mtime: this.nowSeconds });
  }

  /** Put a new node at `path`, where nothing is visible now. A whited-out directory comes back opaque. */
  private create(path: string, node: Node): void {
    this.copyUpParents(path);
    const hidden = this.rw.get(path)?.type === 'whiteout' && this.lowerNode(path)?.type === 'dir';
    this.set(path, node.type === 'dir' && hidden ? { ...node, opaque: true } : node);
    this.dirChanged(parentOf(path));
  }

  /** Remove whatever is visible at `path` (and below it) from the view. */
  private remove(path: string): void {
    for (const key of [...this.rw.keys()]) if (key.startsWith(`${path}/`)) this.drop(key);
    if (this.lowerNode(path)) {
      this.copyUpParents(path);
      this.set(path, WHITEOUT);
    } else {
      this.drop(path);
    }
    this.dirChanged(parentOf(path));
  }

  private store(data: Uint8Array): { digest: Digest; size: number } {
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}` as Digest;
    if (!this.blobs.has(digest)) this.blobs.set(digest, data);
    return { digest, size: data.length };
  }

  writeFile(path: string, data: Uint8Array, append: boolean): Errno | undefined {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (n?.type === 'dir') return 'EISDIR';
    if (n?.type === 'file' && this.readOnly) return 'EROFS';
    if (n?.type === 'file') {
      if (!permits(this.cred, n, MAY_WRITE)) return 'EACCES';
      const content = append ? concat(this.content(n), data) : data;
      // a truncation or a write drops privileges; an open for appending alone does not
      const kept = append && data.length === 0 ? n : this.killPrivs(n);
      this.copyUpParents(p);
      this.set(p, { ...kept, ...this.store(content), mtime: this.nowSeconds });
      return undefined;
    }
    const parent = this.parentDir(`/${p}`);
    if (isErrno(parent)) return parent;
    if (this.readOnly) return 'EROFS';
    if (!this.may(parent.dir, MAY_WRITE)) return 'EACCES';
    this.create(p, this.owned(parent.dir, { type: 'file', mode: 0o644, mtime: this.nowSeconds, ...this.store(data) }));
    return undefined;
  }

  writeAt(path: string, data: Uint8Array, at: number | 'append'): void {
    const p = this.resolve(path, true, false);
    if (typeof p !== 'string' || data.length === 0) return;
    const n = this.node(p);
    if (n?.type !== 'file') return;
    const old = this.content(n);
    let content: Uint8Array;
    if (at === 'append') content = concat(old, data);
    else {
      content = new Uint8Array(Math.max(old.length, at + data.length));
      content.set(old);
      content.set(data, at);
    }
    this.copyUpParents(p);
    this.set(p, { ...this.killPrivs(n), ...this.store(content), mtime: this.nowSeconds });
  }

  mkdir(path: string): Errno | undefined {
    const parent = this.parentDir(path);
    if (isErrno(parent)) return parent;
    const p = join(parent.dir, parent.name);
    if (this.node(p)) return 'EEXIST';
    if (this.readOnly) return 'EROFS';
    if (!this.may(parent.dir, MAY_WRITE)) return 'EACCES';
    this.create(p, this.owned(parent.dir, { type: 'dir', mode: 0o755, mtime: this.nowSeconds }));
    return undefined;
  }

  unlink(path: string): Errno | undefined {
    const p = this.resolve(path, false);
    if (typeof p !== 'string') return p.errno;
    // do_unlinkat and do_rmdir take the mount for writing before they look the last name up
    if (this.readOnly) return 'EROFS';
    const n = this.node(p);
    if (!n) return 'ENOENT';
    // may_delete: the directory's permissions, then what the victim is
    const denied = this.mayDelete(p, n);
    if (denied !== undefined) return denied;
    if (n.type === 'dir') return 'EISDIR';
    this.remove(p);
    return undefined;
  }

  rmdir(path: string): Errno | undefined {
    const p = this.resolve(path, false);
    if (typeof p !== 'string') return p.errno;
    if (this.readOnly && p !== '') return 'EROFS';
    const n = this.node(p);
    if (!n) return 'ENOENT';
    const denied = p === '' ? undefined : this.mayDelete(p, n);
    if (denied !== undefined) return denied;
    if (n.type !== 'dir') return 'ENOTDIR';
    if (p === '') return 'EINVAL';
    if (list(this.stack, p, true).length > 0) return 'ENOTEMPTY';
    this.remove(p);
    return undefined;
  }

  symlink(target: string, path: string): Errno | undefined {
    const parent = this.parentDir(path);
    if (isErrno(parent)) return parent;
    const p = join(parent.dir, parent.name);
    if (this.node(p)) return 'EEXIST';
    if (this.readOnly) return 'EROFS';
    if (!this.may(parent.dir, MAY_WRITE)) return 'EACCES';
    // a set-group-ID directory's gid, never its mode bit: that is for directories
    this.create(p, this.owned(parent.dir, { type: 'symlink', mode: 0o777, mtime: this.nowSeconds, target }));
    return undefined;
  }

  chmod(path: string, mode: number): Errno | undefined {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    if (this.readOnly) return 'EROFS';
    const { uid } = this.cred;
    if (uid !== 0 && (n.uid ?? 0) !== uid) return 'EPERM';
    // setattr_prepare: set-group-ID is dropped for a file of a group the process is not in
    const kept = uid !== 0 && !inGroup(this.cred, n.gid ?? 0) ? mode & ~S_ISGID : mode;
    this.copyUpParents(p);
    this.set(p, { ...n, mode: kept & 0o7777 });
    return undefined;
  }

  touch(path: string): Errno | undefined {
    const p = this.resolve(path, true);
    if (typeof p !== 'string') return p.errno;
    const n = this.node(p);
    if (!n) return 'ENOENT';
    if (this.readOnly) return 'EROFS';
    // utimes(NULL): the owner, or anyone who may write it
    if (this.cred.uid !== 0 && (n.uid ?? 0) !== this.cred.uid && !permits(this.cred, n, MAY_WRITE)) return 'EACCES';
    this.copyUpParents(p);
    this.set(p, { ...n, mtime: this.nowSeconds });
    return undefined;
  }

  rename(from: string, to: string): Errno | undefined {
    const src = this.resolve(from, false);
    if (typeof src !== 'string') return src.errno;
    // do_renameat2 takes the mount for writing once both parents are found, before either name's lookup
    if (this.readOnly) {
      const parent = this.parentDir(to);
      return isErrno(parent) ? parent : 'EROFS';
    }
    const node = this.node(src);
    if (!node) return 'ENOENT';
    const parent = this.parentDir(to);
    if (isErrno(parent)) return parent;
    const dst = join(parent.dir, parent.name);
    if (dst === src) return undefined;
    if (node.type === 'dir' && (dst + '/').startsWith(src + '/')) return 'EINVAL';
    // vfs_rename: may_delete of the source, then may_delete of the target or may_create in its
    // directory, then (moving a directory elsewhere) write on it, for its `..`
    const denied = this.mayDelete(src, node);
    if (denied !== undefined) return denied;
    const existing = this.node(dst);
    if (existing) {
      const taken = this.mayDelete(dst, existing);
      if (taken !== undefined) return taken;
      if (existing.type === 'dir' && node.type !== 'dir') return 'EISDIR';
      if (existing.type !== 'dir' && node.type === 'dir') return 'ENOTDIR';
    } else if (!this.may(parent.dir, MAY_WRITE)) return 'EACCES';
    if (node.type === 'dir' && parent.dir !== parentOf(src) && !permits(this.cred, node, MAY_WRITE)) return 'EACCES';
    // ovl_rename: a directory with anything of it below the RW layer cannot be moved (no redirect_dir).
    // busybox mv then copies it and removes it, which for root leaves what a rename leaves; a copy by
    // anyone else owns what it makes, which the caller is told by this error
    if (node.type === 'dir' && this.cred.uid !== 0 && !this.pureUpper(src)) return 'EXDEV';
    if (existing?.type === 'dir' && list(this.stack, dst, true).length > 0) return 'ENOTEMPTY';
    // Collect the subtree first: removing the source changes the view.
    const subtree: [string, Node][] = [['', node]];
    if (node.type === 'dir') this.collect(src, '', subtree);
    if (existing) this.remove(dst);
    this.remove(src);
    for (const [rel, n] of subtree) {
      const path = rel === '' ? dst : `${dst}/${rel}`;
      if (rel === '') this.create(path, withoutOpaque(n));
      else this.set(path, withoutOpaque(n));
    }
    return undefined;
  }

  // ---- the untar of `docker cp` (container/cp.ts): nodes with the attributes a tar gives ----

  /** The clock the writes are stamped with, in seconds. */
  get now(): number {
    return this.nowSeconds;
  }

  /** The node at a canonical relative path ('' is the root), no symlink followed. */
  at(rel: string): Node | undefined {
    return this.node(rel);
  }

  /** Keep a file's bytes with the layer's new contents: its digest and size. */
  keep(data: Uint8Array): { digest: Digest; size: number } {
    return this.store(data);
  }

  /** Put `node` at `rel`, where nothing is visible now: parents copied up, the parent's mtime bumped. */
  place(rel: string, node: Node): void {
    this.create(rel, node);
  }

  /** Give what is at `rel` new attributes (a chmod, chown or utimes: overlay2 copies it up first). */
  restat(rel: string, node: Node): void {
    this.copyUpParents(rel);
    const cur = this.rw.get(rel);
    const opaque = cur?.type === 'dir' && cur.opaque === true && node.type === 'dir';
    this.set(rel, opaque ? { ...node, opaque: true } : withoutOpaque(node));
  }

  /** Remove what is visible at `rel` and below it (os.RemoveAll). */
  removeAll(rel: string): void {
    this.remove(rel);
  }

  private collect(root: string, rel: string, out: [string, Node][]): void {
    const dir = rel === '' ? root : `${root}/${rel}`;
    for (const name of list(this.stack, dir, true)) {
      const r = rel === '' ? name : `${rel}/${name}`;
      const n = this.node(`${root}/${r}`);
      if (!n) continue;
      out.push([r, n]);
      if (n.type === 'dir') this.collect(root, r, out);
    }
  }
}

const ERRNOS = new Set<string>(['ENOENT', 'EEXIST', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EACCES', 'EPERM', 'EINVAL', 'ELOOP', 'EROFS', 'EXDEV']);
export const isErrno = (v: unknown): v is Errno => typeof v === 'string' && ERRNOS.has(v);

function withoutOpaque(n: Node): Node {
  if (n.type !== 'dir' || !n.opaque) return n;
  const { opaque: _opaque, ...rest } = n;
  return rest;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
