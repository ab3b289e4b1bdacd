/**
 * The build context of the classic builder, from the directory the client reads to the tree the
 * daemon copies from, as docker/cli 20.10 (`cli/command/image/build.go`, `build/context.go`) and
 * moby 20.10 (`builder/remotecontext`) make it:
 *
 * 1. the client finds the Dockerfile, reads `.dockerignore`, checks every entry it will read
 *    (ValidateContextDirectory), keeps the Dockerfile and `.dockerignore` in what it sends even when
 *    excluded, and tars the rest (pkg/archive TarWithOptions, owners forced to 0:0);
 * 2. it prints the `Sending build context` line with the byte size of that tar;
 * 3. the daemon extracts the tar (parents missing from it created 0755 at the time of the build),
 *    keeps the tarsum of every entry, reads the Dockerfile, then removes the Dockerfile and
 *    `.dockerignore` if `.dockerignore` excludes them (observed: `COPY Dockerfile` then fails with
 *    "file not found in build context or excluded by .dockerignore").
 */
import { catchRaised, type DockerError, raise } from '../core/errors.js';
import type { Result } from '../core/result.js';
import type { Digest, Node } from '../layer/changeset.js';
import { sha256 } from '../layer/digest.js';
import { compareWalkOrder } from '../go/path.js';
import type { ContextDir, ContextEntry } from './context-fs.js';
import { matchesAny, PatternMatcher, readDockerignore, trimBuildFilesFromExcludes } from './dockerignore.js';
import { followSymlinkInScope, type FsView, mapView } from './fs-view.js';
import { goClean, goDir } from '../go/path.js';
import { END_OF_ARCHIVE, entrySize } from '../go/tar/index.js';
import { headerMode, sendingContextLine, type TarHeader, tarName, tarsum } from './tarsum.js';

/** The context as the daemon holds it while the build runs. */
export interface BuildContext {
  /** The client's absolute context directory. */
  readonly root: string;
  /** The extracted tree, after the daemon removed an excluded Dockerfile or `.dockerignore`. */
  readonly nodes: ReadonlyMap<string, Node>;
  readonly blobs: ReadonlyMap<Digest, Uint8Array>;
  /** The tarsum of each entry the client sent, by path (directories without their slash). */
  readonly sums: ReadonlyMap<string, string>;
  /** Paths sharing an inode (the client sent hard links), by path: the first path of the group. */
  readonly hardlinks: ReadonlyMap<string, string>;
  /** The Dockerfile the daemon reads: its path in the context and its bytes. */
  readonly dockerfile: { readonly path: string; readonly content: Uint8Array };
  /** Bytes of the tar the client sent. */
  readonly size: number;
  /** What the client writes to a non-terminal stdout before the daemon answers. */
  readonly sending: string;
}

export interface ContextOptions {
  /** The Dockerfile's path relative to the context root; default `Dockerfile` (else `dockerfile`). */
  readonly dockerfile?: string;
  /** Seconds since the epoch when the daemon extracts the context (mtime of parents it creates). */
  readonly now: number;
}

export type ContextResult = Result<BuildContext, DockerError>;

/** Build the daemon's context from the client's directory; the error is what the client prints. */
export function buildContext(dir: ContextDir, opts: ContextOptions): ContextResult {
  return catchRaised(() => build(dir, opts));
}

const unsupported = (message: string): never => raise({ code: 'unsupported', message });

/** An entry of an in-memory context: a file's text, or a node with its attributes. */
export type MemoryEntry =
  | string
  | { readonly file: string | Uint8Array; readonly mode?: number; readonly mtime?: number; readonly inode?: string }
  | { readonly dir: true; readonly mode?: number; readonly mtime?: number }
  | { readonly symlink: string; readonly mtime?: number };

/**
 * A context directory held in memory (tests, generated scenarios), as readContext would return
 * it: directories implied by the paths are 0755; files default to 0644; times default to `mtime`.
 */
export function memoryContext(root: string, tree: Readonly<Record<string, MemoryEntry>>, mtime = 0): ContextDir {
  const encode = (c: string | Uint8Array): Uint8Array => (typeof c === 'string' ? new TextEncoder().encode(c) : c);
  const entries = new Map<string, ContextEntry>();
  for (const [path, spec] of Object.entries(tree)) {
    for (let p = goDir(path); p !== '.'; p = goDir(p)) if (!(p in tree)) entries.set(p, { path: p, type: 'dir', mode: 0o755, mtime });
    if (typeof spec === 'string') entries.set(path, { path, type: 'file', mode: 0o644, mtime, content: encode(spec) });
    else if ('file' in spec) {
      const { file, mode = 0o644, mtime: t = mtime, inode } = spec;
      entries.set(path, { path, type: 'file', mode, mtime: t, content: encode(file), ...(inode === undefined ? {} : { inode }) });
    } else if ('dir' in spec) entries.set(path, { path, type: 'dir', mode: spec.mode ?? 0o755, mtime: spec.mtime ?? mtime });
    else entries.set(path, { path, type: 'symlink', mtime: spec.mtime ?? mtime, target: spec.symlink });
  }
  const ignore = entries.get('.dockerignore');
  const dockerignore = ignore?.type === 'file' && ignore.content !== null ? { dockerignore: { content: ignore.content } } : {};
  return { root, entries: [...entries.values()], ...dockerignore };
}

/** The daemon's context as a view for COPY/ADD. */
export function contextView(ctx: BuildContext): FsView {
  return mapView(ctx.nodes, ctx.blobs);
}

function build(dir: ContextDir, opts: ContextOptions): BuildContext {
  const entries = [...dir.entries].sort((a, b) => compareWalkOrder(a.path, b.path));
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const dockerfile = locateDockerfile(dir.root, byPath, opts.dockerfile);
  const excludes = readExcludes(dir);
  validate(dir, entries, excludes);
  const sent = tarWalk(entries, trimBuildFilesFromExcludes(excludes, dockerfile));
  let size = END_OF_ARCHIVE;
  for (const s of sent) size += entrySize(s.header);
  const extracted = extract(sent, opts.now);
  const content = readDockerfile(extracted, dockerfile);
  removeBuildFiles(extracted, dockerfile);
  return {
    root: dir.root,
    nodes: extracted.nodes,
    blobs: extracted.blobs,
    sums: extracted.sums,
    hardlinks: extracted.hardlinks,
    dockerfile: { path: dockerfile, content },
    size,
    sending: sendingContextLine(size),
  };
}

/**
 * getDockerfileRelPath: `Dockerfile`, else `dockerfile` when only that exists, symlinks evaluated
 * (a target outside the context is not modelled).
 */
function locateDockerfile(root: string, byPath: ReadonlyMap<string, ContextEntry>, given: string | undefined): string {
  let name = given ?? 'Dockerfile';
  if (given === undefined && !byPath.has(name) && byPath.has('dockerfile')) name = 'dockerfile';
  let path = goClean(name);
  for (let hops = 0; ; hops++) {
    const e = byPath.get(path);
    if (e === undefined) {
      const cause: DockerError = { code: 'path_error', op: 'lstat', path: `${root}/${path}`, errno: 'ENOENT' };
      return raise({ code: 'prepare_context', cause: { code: 'eval_symlinks', what: 'Dockerfile path', cause } });
    }
    if (e.type !== 'symlink') return path;
    const target = e.target.startsWith(`${root}/`) ? e.target.slice(root.length + 1) : e.target;
    const next = goClean(target.startsWith('/') ? target : `${goDir(path)}/${target}`);
    if (next.startsWith('/') || next === '..' || next.startsWith('../') || hops > 40) {
      return unsupported(`strata does not model a Dockerfile symlink that leaves the context: ${path} -> ${e.target}`);
    }
    path = next;
  }
}

/** ReadDockerignore: no file, no patterns; an unreadable one stops the client with its error. */
function readExcludes(dir: ContextDir): string[] {
  const file = dir.dockerignore;
  if (file === undefined) return [];
  if ('error' in file) return raise(file.error);
  const read = readDockerignore(file.content);
  return read.ok ? read.value : raise(read.error);
}

const abs = (root: string, path: string): string => `${root}/${path}`;
const under = (path: string, dir: string): boolean => path.startsWith(`${dir}/`);

/**
 * ValidateContextDirectory: walk everything not excluded; an unreadable directory fails even when
 * excluded (the walk reports it before the exclusion is checked); an excluded directory is not
 * entered; symlinks and pipes are not opened. Observed texts: "error checking context: can't stat
 * '<dir>'", "error checking context: no permission to read from '<file>'".
 */
function validate(dir: ContextDir, entries: readonly ContextEntry[], excludes: readonly string[]): void {
  const check = (cause: DockerError): never => raise({ code: 'check_context', cause });
  if (dir.rootUnreadable) check({ code: 'cant_stat', path: dir.root });
  const pm = PatternMatcher.create(excludes);
  if (!pm.ok) return check(pm.error);
  let skipped: string | undefined;
  for (const e of entries) {
    if (skipped !== undefined && under(e.path, skipped)) continue;
    if ((e.type === 'dir' && e.unreadable) || (e.type === 'special' && e.kind === 'unstatable')) check({ code: 'cant_stat', path: abs(dir.root, e.path) });
    const m = pm.value.matches(goClean(e.path));
    if (!m.ok) return check(m.error);
    if (m.value) {
      if (e.type === 'dir') skipped = e.path;
      continue;
    }
    if (e.type === 'file' && e.content === null) check({ code: 'no_read_permission', path: abs(dir.root, e.path) });
  }
}

interface Sent {
  readonly entry: ContextEntry;
  readonly header: TarHeader;
  readonly content?: Uint8Array;
}

/**
 * TarWithOptions with the trimmed excludes: an excluded file is left out; an excluded directory is
 * still walked (but not sent) when an exception pattern lies below it, so its parent can be missing
 * from the tar; the second path of an inode goes as a hard link to the first one sent.
 */
function tarWalk(entries: readonly ContextEntry[], excludes: readonly string[]): Sent[] {
  const created = PatternMatcher.create(excludes);
  if (!created.ok) return raise(created.error);
  const pm = created.value;
  const sent: Sent[] = [];
  const seenInodes = new Map<string, string>();
  let skipped: string | undefined;
  for (const e of entries) {
    if (skipped !== undefined && under(e.path, skipped)) continue;
    const m = pm.matches(e.path);
    if (!m.ok) return raise(m.error);
    if (m.value) {
      if (e.type !== 'dir') continue;
      const keep = pm.exclusions && pm.exceptionPatterns.some((p) => `${p}/`.startsWith(`${e.path}/`));
      if (!keep) skipped = e.path;
      continue;
    }
    const s = sentEntry(e, seenInodes);
    if (s !== undefined) sent.push(s);
  }
  return sent;
}

function sentEntry(e: ContextEntry, seenInodes: Map<string, string>): Sent | undefined {
  const base = { uid: 0, gid: 0, mtime: e.mtime, uname: e.uname ?? '', gname: e.gname ?? '' };
  switch (e.type) {
    case 'dir':
      return { entry: e, header: { ...base, name: tarName(e.path, true), typeflag: '5', mode: headerMode('dir', e.mode), size: 0, linkname: '' } };
    case 'symlink':
      return { entry: e, header: { ...base, name: e.path, typeflag: '2', mode: headerMode('symlink', 0o777), size: 0, linkname: e.target } };
    case 'file': {
      if (e.content === null) return unsupported(`strata does not model an unreadable file sent in the build context: ${e.path}`);
      const first = e.inode === undefined ? undefined : seenInodes.get(e.inode);
      if (e.inode !== undefined && first === undefined) seenInodes.set(e.inode, e.path);
      const mode = headerMode('file', e.mode);
      if (first !== undefined) return { entry: e, header: { ...base, name: e.path, typeflag: '1', mode, size: 0, linkname: first } };
      return { entry: e, header: { ...base, name: e.path, typeflag: '0', mode, size: e.content.length, linkname: '' }, content: e.content };
    }
    case 'special':
      if (e.kind === 'socket') return undefined; // archive/tar cannot encode a socket: the client skips it
      return unsupported(`strata does not model a ${e.kind === 'fifo' ? 'named pipe' : 'device'} in the build context: ${e.path}`);
  }
}

interface Extracted {
  readonly nodes: Map<string, Node>;
  readonly blobs: Map<Digest, Uint8Array>;
  readonly sums: Map<string, string>;
  readonly hardlinks: Map<string, string>;
}

/**
 * remotecontext.FromArchive: the tar extracted (owners 0:0, modes and times as sent; missing
 * parents created 0755 now), and tarsum'd per entry.
 */
function extract(sent: readonly Sent[], now: number): Extracted {
  const out: Extracted = { nodes: new Map(), blobs: new Map(), sums: new Map(), hardlinks: new Map() };
  for (const { entry, header, content } of sent) {
    for (let p = goDir(entry.path); p !== '.' && !out.nodes.has(p); p = goDir(p)) out.nodes.set(p, { type: 'dir', mode: 0o755, mtime: now });
    out.sums.set(entry.path, tarsum(header, content, true));
    if (header.typeflag === '1') {
      const target = out.nodes.get(header.linkname);
      if (target !== undefined) out.nodes.set(entry.path, target);
      out.hardlinks.set(entry.path, header.linkname);
      out.hardlinks.set(header.linkname, header.linkname);
      continue;
    }
    out.nodes.set(entry.path, nodeOf(entry, content, out.blobs));
  }
  // Parents created above sort before their children; keep the map in walk order.
  const sorted = [...out.nodes.entries()].sort((a, b) => compareWalkOrder(a[0], b[0]));
  out.nodes.clear();
  for (const [p, n] of sorted) out.nodes.set(p, n);
  return out;
}

function nodeOf(e: ContextEntry, content: Uint8Array | undefined, blobs: Map<Digest, Uint8Array>): Node {
  if (e.type === 'dir') return { type: 'dir', mode: e.mode, mtime: e.mtime };
  if (e.type === 'symlink') return { type: 'symlink', mode: 0o777, mtime: e.mtime, target: e.target };
  if (e.type !== 'file' || content === undefined) throw new Error(`not a sent file: ${e.path}`);
  const digest = sha256(content);
  blobs.set(digest, content);
  return { type: 'file', mode: e.mode, mtime: e.mtime, size: content.length, digest };
}

/** withDockerfileFromContext: the daemon opens the Dockerfile through symlinks inside the context. */
function readDockerfile(x: Extracted, path: string): Uint8Array {
  const view = mapView(x.nodes, x.blobs);
  const resolved = followSymlinkInScope(view, path);
  const node = resolved.ok ? x.nodes.get(resolved.path) : undefined;
  if (node === undefined) return raise({ code: 'dockerfile_not_located', path });
  if (node.type !== 'file') return unsupported(`strata does not model a Dockerfile that is not a regular file: ${path}`);
  return view.read(node.digest);
}

/** removeDockerfile: `.dockerignore` then the Dockerfile, each removed (with what is below) when excluded. */
function removeBuildFiles(x: Extracted, dockerfile: string): void {
  const view = mapView(x.nodes, x.blobs);
  const ignore = followSymlinkInScope(view, '.dockerignore');
  const node = ignore.ok ? x.nodes.get(ignore.path) : undefined;
  if (node?.type !== 'file') return;
  const read = readDockerignore(view.read(node.digest));
  const excludes = read.ok ? read.value : [];
  for (const file of ['.dockerignore', dockerfile]) {
    if (!matchesAny(file, excludes)) continue;
    const target = followSymlinkInScope(view, file);
    if (!target.ok || target.path === '') continue;
    for (const p of [...x.nodes.keys()]) if (p === target.path || p.startsWith(`${target.path}/`)) x.nodes.delete(p);
  }
}
