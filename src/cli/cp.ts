/**
 * `docker cp`, the client's side (docker/cli 20.10 cli/command/container/cp.go over moby's
 * pkg/archive copy.go): which side is the container (`CONTAINER:PATH`), the path rules (a trailing
 * `/`, `/.` for "the contents of", a destination that exists or not, a file onto a directory, a
 * directory onto a file), the host's files read into the tar the client sends, and the tar the
 * daemon answers unpacked on the host (or written to stdout for `-`). The daemon's side is decided
 * in the model (container/cp.ts): the stat, the archive of a path, the extraction into a directory.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import {
  type CopyArchive,
  type CopyEntry,
  type DockerError,
  type Node,
  type PathStat,
  categoryOf,
  findContainer,
  goBase,
  goClean,
  goDir,
  goJoin,
  isError,
  ownerNamesOf,
  readCopyArchive,
  render,
  statPath,
  type Strata,
  writeCopyTar,
} from '../index.js';
import type { Cli, Opts } from './containers.js';
import { daemon } from './output.js';

interface CopyInfo {
  readonly path: string;
  readonly exists: boolean;
  readonly isDir: boolean;
  readonly rebaseName: string;
}

/** A failure the client reports: an error of its own, or the daemon's answer with the request's `container:path`. */
type Failure = { readonly error: DockerError; readonly ref?: string; readonly path?: string | undefined };

const fail = (error: DockerError, ref?: string, path?: string): Failure => ({ error, ...(ref !== undefined ? { ref, path } : {}) });
const isFailure = (x: unknown): x is Failure => typeof x === 'object' && x !== null && 'error' in x && !('entries' in x);

/** How the client prints a failure: the daemon's 404 as `Error: No such container:path: …`, a model limit as strata's. */
function report(cli: Cli, f: Failure): number {
  const e = f.error;
  if (e.code === 'unsupported' || e.code === 'model_bug') {
    cli.io.err(`${render(e)}\n`);
    return 125;
  }
  if (f.ref !== undefined) {
    if (categoryOf(e) === 'not_found') cli.io.err(`Error: ${render({ code: 'no_such_container_path', ref: f.ref, path: f.path ?? '' })}\n`);
    else cli.io.err(daemon(e));
    return 1;
  }
  cli.io.err(`${render(e)}\n`);
  return 1;
}

// ---- paths, as Go's filepath and pkg/archive see them ---------------------------------------

/** splitCpArg: `CONTAINER:PATH`, unless the argument is an absolute path or starts with `.`. */
function splitCpArg(arg: string): [container: string, path: string] {
  if (arg.startsWith('/')) return ['', arg];
  const i = arg.indexOf(':');
  if (i < 0 || arg.startsWith('.')) return ['', arg];
  return [arg.slice(0, i), arg.slice(i + 1)];
}

const specifiesCurrentDir = (p: string): boolean => goBase(p) === '.';
const hasTrailingSeparator = (p: string): boolean => p.endsWith('/');
const assertsDirectory = (p: string): boolean => hasTrailingSeparator(p) || specifiesCurrentDir(p);

/** archive.PreserveTrailingDotOrSeparator. */
function preserveTrailing(cleaned: string, original: string): string {
  let out = cleaned;
  if (!specifiesCurrentDir(out) && specifiesCurrentDir(original)) {
    if (!hasTrailingSeparator(out)) out += '/';
    out += '.';
  }
  if (!hasTrailingSeparator(out) && hasTrailingSeparator(original)) out += '/';
  return out;
}

/** archive.SplitPathDirEntry. */
function splitPathDirEntry(p: string): [dir: string, base: string] {
  let cleaned = goClean(p);
  if (specifiesCurrentDir(p)) cleaned += '/.';
  return [goDir(cleaned), goBase(cleaned)];
}

const resolveLocalPath = (p: string): string => preserveTrailing(goClean(nodePath.resolve(p)), p);

/** archive.GetRebaseName. */
function getRebaseName(path: string, resolved: string): [string, string] {
  let r = resolved;
  if (specifiesCurrentDir(path) && !specifiesCurrentDir(r)) r += '/.';
  if (hasTrailingSeparator(path) && !hasTrailingSeparator(r)) r += '/';
  return [r, goBase(path) !== goBase(r) ? goBase(path) : ''];
}

/** archive.RebaseArchiveEntries: the first occurrence of `oldBase` in each name (and hard link target) becomes `newBase`. */
function rebase(entries: readonly CopyEntry[], oldBase: string, newBase: string): CopyEntry[] {
  const old = oldBase === '/' ? '' : oldBase;
  const swap = (s: string): string => {
    const i = s.indexOf(old);
    return i < 0 ? s : s.slice(0, i) + newBase + s.slice(i + old.length);
  };
  return entries.map((e) => ({ ...e, name: swap(e.name), ...(e.type === 'link' ? { linkname: swap(e.linkname) } : {}) }));
}

/** archive.PrepareArchiveCopy: the directory to extract into, and the entries renamed for it. */
function prepareArchiveCopy(entries: readonly CopyEntry[], src: CopyInfo, dst: CopyInfo): { dir: string; entries: readonly CopyEntry[] } | Failure {
  const [dstDir, dstBase] = splitPathDirEntry(dst.path);
  const srcBase = src.rebaseName !== '' ? src.rebaseName : splitPathDirEntry(src.path)[1];
  if (dst.exists && dst.isDir) return { dir: dst.path, entries };
  if (dst.exists && src.isDir) return fail({ code: 'copy_sentinel', name: 'cannot_copy_dir' });
  if (!dst.exists && !src.isDir && assertsDirectory(dst.path)) return fail({ code: 'copy_sentinel', name: 'dir_not_exists' });
  return { dir: dstDir, entries: rebase(entries, srcBase, dstBase) };
}

// ---- the host's side ----------------------------------------------------------------------

const errnoOf = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? 'EIO';

function lstat(p: string): fs.Stats | Failure {
  try {
    return fs.lstatSync(p);
  } catch (e) {
    return fail({ code: 'path_error', op: 'lstat', path: p, errno: errnoOf(e) });
  }
}

/** Whether what a symlink leads to is a directory; undefined when it leads nowhere. */
function isDirectory(p: string): boolean | undefined {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return undefined;
  }
}

/**
 * filepath.EvalSymlinks, failing as its Lstat of the first component that is not there, or with a
 * bare ENOTDIR at a component that is not a directory but has more of the path after it (a `/` included).
 */
function evalSymlinks(p: string): string | Failure {
  try {
    return fs.realpathSync.native(p);
  } catch {
    let at = '';
    const parts = goClean(p).split('/').filter(Boolean);
    for (const [i, part] of parts.entries()) {
      at += `/${part}`;
      const st = lstat(at);
      if (isFailure(st)) return st;
      const more = i < parts.length - 1 || hasTrailingSeparator(p);
      if (more && (st.isSymbolicLink() ? isDirectory(at) === false : !st.isDirectory())) return fail({ code: 'errno', errno: 'ENOTDIR' });
    }
    return fail({ code: 'path_error', op: 'lstat', path: goClean(p), errno: 'ENOENT' });
  }
}

/** archive.CopyInfoSourcePath: the host path to archive, resolved as the client resolves it. */
function copyInfoSourcePath(path: string, followLink: boolean): CopyInfo | Failure {
  let resolved: string;
  let rebaseName = '';
  if (followLink) {
    const r = evalSymlinks(path);
    if (isFailure(r)) return r;
    [resolved, rebaseName] = getRebaseName(path, r);
  } else {
    const cut = path.lastIndexOf('/');
    const dir = evalSymlinks(path.slice(0, cut + 1));
    if (isFailure(dir)) return dir;
    resolved = `${dir === '/' ? '' : dir}/${path.slice(cut + 1)}`;
    if (hasTrailingSeparator(path) && goBase(path) !== goBase(resolved)) rebaseName = goBase(path);
  }
  const st = lstat(resolved);
  if (isFailure(st)) return st;
  return { path: resolved, exists: true, isDir: st.isDirectory(), rebaseName };
}

/**
 * archive.TarResource on the host: the entries TarWithOptions writes for the source (the source
 * itself included, in filepath.Walk's order; sockets skipped; a second name of an inode as a hard link).
 */
function tarResource(src: CopyInfo): CopyEntry[] | Failure {
  const st = lstat(src.path);
  if (isFailure(st)) return st;
  const [dir, include] = splitPathDirEntry(src.path);
  const seen = new Map<string, string>();
  const out: CopyEntry[] = [];
  const walk = (full: string, rel: string): void => {
    const s = fs.lstatSync(full);
    if (s.isSocket()) return;
    let name = include === '.' && rel !== '.' ? `./${rel}` : rel;
    if (src.rebaseName !== '') name = name.replace(include, () => (src.rebaseName === '/' ? '' : src.rebaseName));
    const base = { name: s.isDirectory() && !name.endsWith('/') ? `${name}/` : name, mode: s.mode & 0o7777, uid: s.uid, gid: s.gid, mtime: Math.floor(s.mtimeMs / 1000), linkname: '' };
    const inode = `${s.dev}:${s.ino}`;
    if (s.isFile() && s.nlink > 1 && seen.has(inode)) out.push({ ...base, type: 'link', linkname: seen.get(inode)! });
    else if (s.isFile()) {
      if (s.nlink > 1) seen.set(inode, name);
      out.push({ ...base, type: 'file', data: fs.readFileSync(full) });
    } else if (s.isDirectory()) {
      out.push({ ...base, type: 'dir' });
      for (const child of fs.readdirSync(full).sort(byBytes)) walk(`${full}/${child}`, rel === '.' ? child : `${rel}/${child}`);
    } else if (s.isSymbolicLink()) out.push({ ...base, type: 'symlink', linkname: fs.readlinkSync(full) });
    else out.push({ ...base, type: 'other' });
  };
  walk(include === '.' ? dir : goJoin(dir, include), include);
  return out;
}

const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** command.ValidateOutputPath, before the daemon is asked anything. */
function validateOutputPath(p: string): Failure | undefined {
  const dir = goDir(goClean(p));
  if (dir !== '' && dir !== '.') {
    try {
      fs.statSync(dir);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return fail({ code: 'output_dir_missing', dir });
    }
  }
  try {
    fs.statSync(p);
  } catch (e) {
    const errno = errnoOf(e);
    if (errno !== 'ENOENT') return fail({ code: 'path_error', op: 'stat', path: p, errno });
  }
  return undefined;
}

/** archive.CopyInfoDestinationPath on the host: symlinks at the end followed (10 at most), a missing path's parent checked. */
function copyInfoDestinationPath(dst: string): CopyInfo | Failure {
  let p = dst;
  let st: fs.Stats | undefined;
  let errno: string | undefined;
  const look = (): void => {
    try {
      st = fs.lstatSync(p);
      errno = undefined;
    } catch (e) {
      st = undefined;
      errno = errnoOf(e);
    }
  };
  look();
  for (let n = 0; st?.isSymbolicLink() === true; n++) {
    if (n > 10) return fail({ code: 'unsupported', message: `strata: too many symlinks in ${dst}` });
    const target = fs.readlinkSync(p);
    p = target.startsWith('/') ? target : goJoin(splitPathDirEntry(p)[0], target);
    look();
  }
  if (st !== undefined) return { path: p, exists: true, isDir: st.isDirectory(), rebaseName: '' };
  if (errno !== 'ENOENT') return fail({ code: 'path_error', op: 'lstat', path: p, errno: errno ?? 'EIO' });
  const parent = splitPathDirEntry(p)[0];
  try {
    if (!fs.statSync(parent).isDirectory()) return fail({ code: 'copy_sentinel', name: 'not_directory' });
  } catch (e) {
    return fail({ code: 'path_error', op: 'stat', path: parent, errno: errnoOf(e) });
  }
  return { path: p, exists: false, isDir: false, rebaseName: '' };
}

/** archive.Untar on the host (NoLchown, NoOverwriteDirNonDir): files as the user running the client, modes and times from the tar. */
function untarHost(entries: readonly CopyEntry[], dest: string): Failure | undefined {
  const dirs: [string, number][] = [];
  for (const e of entries) {
    if (e.type === 'pax-global') continue;
    const name = goClean(e.name);
    if (e.type === 'link' || e.type === 'other') return fail({ code: 'unsupported', message: `strata: docker cp of hard links and special files is not modelled: entry ${JSON.stringify(e.name)}` });
    try {
      if (!name.endsWith('/')) {
        const parent = goJoin(dest, goDir(name));
        if (!fs.existsSync(parent) && isFailure(lstat(parent))) fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
      }
      const p = goJoin(dest, name);
      const existing = fs.lstatSync(p, { throwIfNoEntry: false });
      if (existing !== undefined) {
        if (existing.isDirectory() && e.type !== 'dir') return fail({ code: 'untar_overwrite', path: p, dest, directory: true });
        if (!existing.isDirectory() && e.type === 'dir') return fail({ code: 'untar_overwrite', path: p, dest, directory: false });
        if (existing.isDirectory() && name === '.') continue;
        if (!(existing.isDirectory() && e.type === 'dir')) fs.rmSync(p, { recursive: true, force: true });
      }
      if (e.type === 'dir') {
        if (existing === undefined) fs.mkdirSync(p, { mode: e.mode });
      } else if (e.type === 'file') fs.writeFileSync(p, e.data ?? new Uint8Array(), { mode: e.mode });
      else fs.symlinkSync(e.linkname, p);
      if (e.type !== 'symlink') {
        fs.chmodSync(p, e.mode);
        fs.utimesSync(p, e.mtime, e.mtime);
      } else fs.lutimesSync(p, e.mtime, e.mtime);
      if (e.type === 'dir') dirs.push([p, e.mtime]);
    } catch (err) {
      const x = err as NodeJS.ErrnoException;
      return fail({ code: 'path_error', op: 'open', path: x.path ?? goJoin(dest, name), errno: errnoOf(err) });
    }
  }
  for (const [p, mtime] of dirs) fs.utimesSync(p, mtime, mtime);
  return undefined;
}

// ---- the two directions ----------------------------------------------------------------------

/** The writer, caught up with its clock (what fell due is logged first, as any command does). */
function engine(cli: Cli): Strata {
  const s = cli.strata();
  s.refresh();
  s.tick();
  return s;
}

/** copyToContainer: stat the destination in the container, read the source (the host's or stdin's tar), extract. */
function copyToContainer(cli: Cli, ref: string, srcArg: string, dstPath: string, followLink: boolean, copyUIDGID: boolean): number | Promise<number> {
  const srcPath = srcArg === '-' ? '-' : resolveLocalPath(srcArg);
  const s = engine(cli);
  let dst: CopyInfo = { path: dstPath, exists: false, isDir: false, rebaseName: '' };
  let st: PathStat | DockerError = statPath(s.state, ref, dstPath);
  if (!isError(st) && st.type === 'symlink') {
    dst = { ...dst, path: st.linkTarget };
    st = statPath(s.state, ref, st.linkTarget);
  }
  if (isError(st) && st.code === 'unsupported') return report(cli, fail(st));
  if (!isError(st)) dst = { ...dst, exists: true, isDir: st.type === 'dir' };
  const send = (dir: string, archive: CopyArchive): number => {
    const d = engine(cli).execute({ type: 'cp_in', ref, path: dir, archive, copyUIDGID });
    return d.error ? report(cli, fail(d.error, ref, dir)) : 0;
  };
  if (srcPath === '-') {
    if (!dst.isDir) return report(cli, fail({ code: 'cp_destination_not_dir', ref, path: dstPath }));
    return cli.io.stdin().then((bytes) => send(dst.path, readCopyArchive(bytes)));
  }
  const src = copyInfoSourcePath(srcPath, followLink);
  if (isFailure(src)) return report(cli, src);
  const entries = tarResource(src);
  if (isFailure(entries)) return report(cli, entries);
  const prepared = prepareArchiveCopy(entries, src, dst);
  if (isFailure(prepared)) return report(cli, prepared);
  return send(prepared.dir, { entries: prepared.entries });
}

/** A node of the daemon's tar as an entry of the stream the client reads. */
function entryOf(name: string, n: Node, blob: (d: Node & { type: 'file' }) => Uint8Array): CopyEntry {
  const own = { mode: n.mode & 0o7777, uid: n.uid ?? 0, gid: n.gid ?? 0, mtime: n.mtime };
  if (n.type === 'file') return { name, type: 'file', ...own, linkname: '', data: blob(n) };
  if (n.type === 'symlink') return { name, type: 'symlink', ...own, linkname: n.target };
  return { name, type: 'dir', ...own, linkname: '' };
}

/** copyFromContainer: check the host destination, archive the path in the container, write the tar or unpack it. */
function copyFromContainer(cli: Cli, ref: string, srcArg: string, dstArg: string, followLink: boolean): number {
  const dstPath = dstArg === '-' ? '-' : resolveLocalPath(dstArg);
  const bad = validateOutputPath(dstPath);
  if (bad !== undefined) return report(cli, bad);
  let srcPath = srcArg;
  let rebaseName = '';
  if (followLink) {
    const st = statPath(engine(cli).state, ref, srcPath);
    if (!isError(st) && st.type === 'symlink') {
      const target = st.linkTarget.startsWith('/') ? st.linkTarget : goJoin(splitPathDirEntry(srcPath)[0], st.linkTarget);
      [srcPath, rebaseName] = getRebaseName(srcPath, target);
    }
  }
  const s = engine(cli);
  const d = s.execute({ type: 'cp_out', ref, path: srcPath });
  if (d.error || d.reply.archived === undefined) return report(cli, fail(d.error ?? { code: 'model_bug', message: 'cp_out answered no archive' }, ref, srcPath));
  const { stat, entries } = d.reply.archived;
  if (dstPath === '-') {
    const c = findContainer(s.state, ref);
    // cp_out refused a path whose owner names cannot be told
    const names = isError(c) ? undefined : ownerNamesOf(s.state, c, (b) => s.blob(b));
    cli.io.outBytes(writeCopyTar(entries, (b) => s.blob(b), typeof names === 'object' ? names : undefined));
    return 0;
  }
  let stream = entries.map(([name, n]) => entryOf(name, n, (f) => s.blob(f.digest)));
  const src: CopyInfo = { path: srcPath, exists: true, isDir: stat.type === 'dir', rebaseName };
  if (rebaseName !== '') stream = rebase(stream, splitPathDirEntry(srcPath)[1], rebaseName);
  const dst = copyInfoDestinationPath(dstPath);
  if (isFailure(dst)) return report(cli, dst);
  const prepared = prepareArchiveCopy(stream, src, dst);
  if (isFailure(prepared)) return report(cli, prepared);
  const failed = untarHost(prepared.entries, prepared.dir);
  return failed === undefined ? 0 : report(cli, failed);
}

export function cp(cli: Cli, args: string[], opts: Opts): number | Promise<number> {
  const [source = '', destination = ''] = args;
  if (source === '') return report(cli, fail({ code: 'cp_empty', which: 'source' }));
  if (destination === '') return report(cli, fail({ code: 'cp_empty', which: 'destination' }));
  const [srcContainer, srcPath] = splitCpArg(source);
  const [dstContainer, dstPath] = splitCpArg(destination);
  const followLink = opts['followLink'] === true;
  if (srcContainer !== '' && dstContainer !== '') return report(cli, fail({ code: 'cp_across_containers' }));
  if (srcContainer !== '') return copyFromContainer(cli, srcContainer, srcPath, dstPath, followLink);
  if (dstContainer !== '') return copyToContainer(cli, dstContainer, srcPath, dstPath, followLink, opts['archive'] === true);
  return report(cli, fail({ code: 'cp_no_container' }));
}
