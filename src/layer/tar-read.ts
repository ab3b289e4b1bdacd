/**
 * Reads a layer tar the way Docker 20.10 (overlay2) ingests one on `docker import` / `docker load`:
 * the stream is hashed as it arrives (DiffID = sha256 of all bytes, after gzip decompression),
 * tar-split rejects duplicate names, and a chrooted untar applies the entries with the overlay
 * whiteout converter (pkg/archive Unpack). Engine facts below were observed on Docker 20.10.24.
 * The archive is walked by Go's tar reader (src/go/tar), so end-of-archive and truncation follow
 * Go's archive/tar exactly.
 */
import type { CopyArchive, CopyEntry } from '../container/cp.js';
import type { DockerError } from '../core/errors.js';
import { nodeZlib } from '../core/zlib.js';
import { goClean } from '../go/path.js';
import { readTar } from '../go/tar/index.js';
import { baseOf, OPAQUE_MARKER, parentOf, WHITEOUT, WHITEOUT_PREFIX, type Change, type Changeset, type Digest, type Unsavable } from './changeset.js';
import { sha256 } from './digest.js';

/** The kinds of entry, by typeflag; a typeflag not here is unknown to the untar. */
const TYPES = {
  '0': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
  '7': 'contiguous-file',
  g: 'pax-global-header',
} as const;

type HeaderType = (typeof TYPES)[keyof typeof TYPES];

/**
 * Why a tar was refused. For every code but 'unsupported' and 'bad-gzip', `error` is the error
 * Docker 20.10.24 returns for the same input (rendered, what the CLI prints after "Error response
 * from daemon: "). 'unsupported' marks inputs the engine accepts but strata does not model (hard
 * links, devices, FIFOs, bzip2/xz); 'bad-gzip' is a corrupt deflate stream, for which the engine's
 * text ("flate: corrupt input before offset N") carries an offset zlib does not report.
 */
export type TarError = {
  readonly code:
    | 'unexpected-eof'
    | 'invalid-header'
    | 'duplicate-path'
    | 'whiteout-conflict'
    | 'not-a-directory'
    | 'empty-symlink-target'
    | 'chtimes-failed'
    | 'bad-gzip'
    | 'unsupported';
  readonly error: DockerError;
  /** the entry's path inside the layer, when the error concerns one entry */
  readonly path?: string;
};

export interface LayerTar {
  readonly changes: Changeset;
  /** contents of the files in `changes`, by digest */
  readonly blobs: Map<Digest, Uint8Array>;
  readonly diffId: Digest;
  /** the tar as the engine hashed it (after decompression): sha256 of it is `diffId` */
  readonly tar: Uint8Array;
  /** Docker's layer Size: bytes of regular files plus the lengths of symlink targets */
  readonly size: number;
  /** the tar held `.wh..wh..opq` at its top: the layer hides every layer below it (none, for an import) */
  readonly opaqueRoot: boolean;
  /** the first entry tar-split cannot read back from the layer's diff directory: `save` fails on it */
  readonly unsavable?: Unsavable;
}


/** The untar runs in a re-exec'd child; its failures are wrapped with its exit status. */
const untarFailed = (cause: DockerError): DockerError => ({ code: 'untar_failed', cause });
const UNEXPECTED_EOF: TarError = { code: 'unexpected-eof', error: untarFailed({ code: 'go_sentinel', name: 'ErrUnexpectedEOF' }) };
const unsupported = (message: string, path?: string): TarError => ({ code: 'unsupported', error: { code: 'unsupported', message }, ...(path === undefined ? {} : { path }) });

const isError = (x: object): x is TarError => 'code' in x;

interface RawEntry {
  readonly name: string;
  readonly type: HeaderType | null;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly mtime: number;
  readonly linkname: string;
  readonly data: Uint8Array;
}

/**
 * Walks the archive like Go's tar.Reader (src/go/tar): its entries, then its error as the untar
 * reports it; an entry whose data is cut short is the untar's "unexpected EOF". Bytes after the
 * end-of-archive marker are ignored (but hashed into the DiffID by the caller).
 */
export function* walk(bytes: Uint8Array): Generator<RawEntry | TarError, void> {
  for (const e of readTar(bytes)) {
    if ('error' in e) return yield e.error === 'unexpected EOF' ? UNEXPECTED_EOF : { code: 'invalid-header', error: untarFailed({ code: 'go_error', error: e.error }) };
    if (e.truncated === true) return yield UNEXPECTED_EOF;
    const type = Object.hasOwn(TYPES, e.typeflag) ? TYPES[e.typeflag as keyof typeof TYPES] : null;
    yield { name: e.name, type, mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, linkname: e.linkname, data: e.data };
  }
}

const withOwner = <T extends object>(node: T, uid: number, gid: number): T & { uid?: number; gid?: number } => ({
  ...node,
  ...(uid !== 0 ? { uid } : {}),
  ...(gid !== 0 ? { gid } : {}),
});

const UNSUPPORTED_TYPES: Partial<Record<HeaderType, string>> = {
  link: 'hard links',
  'character-device': 'character devices',
  'block-device': 'block devices',
  fifo: 'FIFOs',
  'contiguous-file': 'contiguous files',
};

/**
 * Applies entries as pkg/archive.Unpack does inside the chroot (observed on 20.10.24):
 * - names are cleaned and joined to "/", so "/etc/x", "../x" and "a/../../x" land at "etc/x", "x"
 *   and "x" (accepted, not errors); symlink targets are never checked (an escaping relative target
 *   is accepted); an entry for the root itself is skipped;
 * - tar-split rejects two entries whose *cleaned names* are equal ("./a" and "a"), but "/a" and
 *   "a" differ as names and the later entry replaces the earlier one;
 * - an entry replacing a non-directory, or a directory by a non-directory, removes it (and its
 *   subtree) first; a directory over a directory only takes the new attributes;
 * - `.wh.x` mknods a 0:0 device at x, failing with EEXIST when x already exists in this layer;
 * - `d/.wh..wh..opq` makes d opaque; a missing d is created by MkdirAll with mode 0755 (the model
 *   gives it mtime 0, the engine the time of import); on a non-directory it is accepted and inert;
 * - other missing parents are created 0755 by the engine, and are directories of the layer like any
 *   other (the model gives them mtime 0, the engine the time of import).
 */
type Errno = 'ENOENT' | 'ELOOP' | 'ENOTDIR';

/**
 * Where a path leads in the unpacked tree, following symlinks as the kernel does: the errno, or the
 * path it reaches. Chrooted (the untar), an absolute symlink starts again at the layer's root; else
 * (tar-split's open in the diff directory) it leads to the host: 'host'.
 */
function resolveIn(state: ReadonlyMap<string, Change>, implied: ReadonlySet<string>, path: string, chrooted = true): Errno | 'host' | { readonly at: string } {
  let pending = path.split('/');
  let done: string[] = [];
  for (let hops = 0; pending.length > 0; ) {
    const c = pending.shift()!;
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (done.length === 0 && !chrooted) return 'host';
      done.pop();
      continue;
    }
    const cur = [...done, c].join('/');
    const n = state.get(cur);
    if (n === undefined && !implied.has(cur)) return 'ENOENT';
    if (n?.type === 'symlink') {
      if (++hops > 40) return 'ELOOP';
      if (n.target.startsWith('/')) {
        if (!chrooted) return 'host';
        done = [];
      }
      pending = [...n.target.split('/'), ...pending];
      continue;
    }
    // a whiteout is a device node on disk: it exists, and is no directory
    if (n !== undefined && n.type !== 'dir' && pending.some((p) => p !== '' && p !== '.')) return 'ENOTDIR';
    done.push(c);
  }
  return { at: done.join('/') };
}

/** tar-split's read of each entry with data, in order, from the diff directory the untar left: the first that fails. */
function unsavableEntry(state: ReadonlyMap<string, Change>, implied: ReadonlySet<string>, payloads: readonly { readonly name: string; readonly digest: Digest }[]): Unsavable | undefined {
  for (const { name, digest } of payloads) {
    // filepath.Join(diff, name): the name cleaned, not chrooted
    const r = resolveIn(state, implied, goClean(name), false);
    if (r === 'host') return { host: name };
    if (typeof r === 'string') return { open: name, errno: r };
    const n = state.get(r.at);
    if (n === undefined || n.type === 'dir') return { read: name };
    if (n.type !== 'file' || n.digest !== digest) return { checksum: name };
  }
  return undefined;
}

const apply = (entries: Iterable<RawEntry | TarError>): Applied | TarError => {
  const state = new Map<string, Change>();
  const contents = new Map<string, Uint8Array>();
  /** directories the engine creates with MkdirAll for entries whose parents are not in the tar */
  const implied = new Set<string>();
  const seen = new Set<string>();
  let opaqueRoot = false;
  /** the entries with data, whose bytes tar-split reads back for `save` */
  const payloads: { name: string; digest: Digest }[] = [];
  const present = (p: string): boolean => p === '' || state.has(p) || implied.has(p);
  const ensureParents = (p: string): void => {
    for (let a = parentOf(p); a !== ''; a = parentOf(a)) if (!state.has(a)) implied.add(a);
  };

  /** The first ancestor-or-self of `dir` that this layer has as a non-directory. */
  const blocker = (dir: string): [string, Change] | undefined => {
    let prefix = '';
    for (const part of dir === '' ? [] : dir.split('/')) {
      prefix = prefix === '' ? part : `${prefix}/${part}`;
      const c = state.get(prefix);
      if (c !== undefined && c.type !== 'dir') return [prefix, c];
    }
    return undefined;
  };
  const removeTree = (path: string): void => {
    state.delete(path);
    implied.delete(path);
    for (const k of state.keys()) if (k.startsWith(`${path}/`)) state.delete(k);
    for (const k of implied) if (k.startsWith(`${path}/`)) implied.delete(k);
  };

  // tar-split refuses a second entry of one (cleaned) name only after passing it on: the untar
  // applies it, sees the stream end, then restores directory times; its own failure there wins.
  let duplicate: string | undefined;
  /** directory entries, in order: their times are set once the archive is read (chtimes follows symlinks) */
  const dirs: string[] = [];
  for (const e of entries) {
    if (duplicate !== undefined) break;
    if (isError(e)) return e;
    const cleaned = goClean(e.name);
    if (seen.has(cleaned)) duplicate = cleaned;
    seen.add(cleaned);
    if (e.type === 'pax-global-header') continue; // Docker skips these before touching the disk

    const path = goClean(`/${cleaned}`).slice(1);
    if (path === '') {
      if (e.type === 'directory') continue;
      return unsupported(`strata does not model a non-directory entry for the root: ${JSON.stringify(e.name)}`, path);
    }
    const parent = parentOf(path);
    const base = baseOf(path);
    if ((e.type === 'file' || e.type === 'contiguous-file') && e.data.length > 0) payloads.push({ name: e.name, digest: sha256(e.data) });
    // AUFS metadata (`.wh..wh.plnk/…`, a directory named like a marker): the engine's unpacker skips
    // or half-applies these (observed: `.wh..wh..opq/a` then `.wh..wh..opq` fails in chtimes)
    if (parent.split('/').some((c) => c.startsWith(WHITEOUT_PREFIX))) {
      return unsupported(`strata does not model whiteout or AUFS metadata names as directories: ${JSON.stringify(e.name)}`, path);
    }

    if (base === OPAQUE_MARKER) {
      // Lstat of the directory fails with ENOTDIR (not ENOENT), so nothing is created: the overlay
      // converter's setxattr is what fails (observed, below a whiteout)
      const blocked = blocker(parentOf(parent));
      if (blocked !== undefined) return notADirectory(blocked, parent, (errno) => ({ code: 'setxattr_failed', path: `/${parent}`, errno }));
      if (parent === '') {
        opaqueRoot = true;
        continue;
      }
      ensureParents(path);
      const dir = state.get(parent);
      if (dir === undefined) {
        implied.delete(parent);
        state.set(parent, { type: 'dir', mode: 0o755, mtime: 0, opaque: true });
      } else if (dir.type === 'dir') state.set(parent, { ...dir, opaque: true });
      else if (dir.type === 'symlink') {
        // setxattr follows the link: wherever it leads decides what happens
        return unsupported(`strata does not model an opaque marker on a symlink: ${JSON.stringify(e.name)}`, path);
      }
      // on a file, or on a whiteout's device node, the xattr is set and means nothing (observed:
      // the import goes on to its later entries)
      continue;
    }

    if (base.startsWith(WHITEOUT_PREFIX)) {
      // The engine would mknod a whiteout named ".wh.<x>"; such names are reserved (OCI), so skip.
      if (base.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) continue;
      const target = goClean(`/${parent}/${base.slice(WHITEOUT_PREFIX.length)}`).slice(1);
      const mknod = (errno: string): DockerError => ({ code: 'mknod_failed', path: `/${target}`, errno });
      const blocked = blocker(parent);
      if (blocked !== undefined) return notADirectory(blocked, target, mknod);
      ensureParents(path);
      if (present(target)) {
        return { code: 'whiteout-conflict', error: untarFailed(mknod('EEXIST')), path: target };
      }
      state.set(target, WHITEOUT);
      continue;
    }

    const what = e.type === null ? 'unknown entry types' : UNSUPPORTED_TYPES[e.type];
    if (what !== undefined) {
      const link = e.type === 'link' ? ` -> ${JSON.stringify(e.linkname)}` : '';
      return unsupported(`strata does not model ${what}: entry ${JSON.stringify(e.name)}${link}`, path);
    }
    const op = (errno: string): DockerError => entryError(e.type === 'directory' ? 'mkdir' : e.type === 'symlink' ? 'symlink' : 'open', e.linkname, `/${path}`, errno);
    const blocked = blocker(parent);
    if (blocked !== undefined) return notADirectory(blocked, path, op);
    ensureParents(path);

    const existing = state.get(path);
    const mode = e.mode & 0o7777;
    if (e.type === 'directory') {
      const opaque = existing?.type === 'dir' && existing.opaque === true;
      if (existing !== undefined && existing.type !== 'dir') removeTree(path);
      implied.delete(path);
      state.set(path, withOwner({ type: 'dir' as const, mode, mtime: e.mtime, ...(opaque ? { opaque: true as const } : {}) }, e.uid, e.gid));
      dirs.push(path);
      continue;
    }
    if (present(path)) removeTree(path);
    if (e.type === 'symlink') {
      if (e.linkname === '') {
        return { code: 'empty-symlink-target', error: untarFailed(op('ENOENT')), path };
      }
      // Linux ignores a symlink's permission bits (lchmod does not exist): it is always 0777.
      state.set(path, withOwner({ type: 'symlink' as const, mode: 0o777, mtime: e.mtime, target: e.linkname }, e.uid, e.gid));
      continue;
    }
    const content = new Uint8Array(e.data); // a copy: blobs must not pin the whole input
    contents.set(path, content);
    state.set(path, withOwner({ type: 'file' as const, mode, mtime: e.mtime, size: content.length, digest: sha256(content) }, e.uid, e.gid));
  }
  for (const dir of dirs) {
    const errno = resolveIn(state, implied, dir);
    if (typeof errno === 'string' && errno !== 'host') return { code: 'chtimes-failed', error: untarFailed({ code: 'path_error', op: 'chtimes', path: `/${dir}`, errno }), path: dir };
  }
  if (duplicate !== undefined) {
    return { code: 'duplicate-path', error: { code: 'untar_error', cause: { code: 'go_sentinel', name: 'ErrDuplicatePath' } }, path: duplicate };
  }
  // The directories MkdirAll made exist in the layer's diff directory like any other: without
  // them the union view would not reach the entries below (and a lower directory's attributes
  // would show through where the engine shows the new 0755 one).
  for (const dir of implied) if (!state.has(dir)) state.set(dir, { type: 'dir', mode: 0o755, mtime: 0 });
  const unsavable = unsavableEntry(state, implied, payloads);
  return { state, contents, opaqueRoot, ...(unsavable !== undefined ? { unsavable } : {}) };
};

interface Applied {
  readonly state: ReadonlyMap<string, Change>;
  /** file contents by path; stale for paths no longer holding a file */
  readonly contents: ReadonlyMap<string, Uint8Array>;
  readonly opaqueRoot: boolean;
  readonly unsavable?: Unsavable;
}

/**
 * The error of the system call the untar makes to create an entry at `path` (inside its chroot):
 * mkdir for a directory, symlink for a symlink (a *os.LinkError), open for anything else.
 */
export function entryError(call: 'mkdir' | 'symlink' | 'open', linkname: string, path: string, errno: string): DockerError {
  return call === 'symlink' ? { code: 'link_error', op: 'symlink', old: linkname, new: path, errno } : { code: 'path_error', op: call, path, errno };
}

/** Go's ENOTDIR from the syscall the engine would make below a non-directory of this layer. */
const notADirectory = ([at, what]: [string, Change], path: string, op: (errno: string) => DockerError): TarError =>
  what.type === 'symlink'
    ? unsupported(`strata does not model entries below a symlink: ${JSON.stringify(path)} is below ${JSON.stringify(at)}`, path)
    : { code: 'not-a-directory', error: untarFailed(op('ENOTDIR')), path };

const GZIP = [0x1f, 0x8b] as const;
const BZIP2 = [0x42, 0x5a, 0x68] as const;
const XZ = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] as const;
const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => magic.every((m, i) => b[i] === m);

/** Docker's DecompressStream, for gzip; bzip2 and xz (which the engine also accepts) are not modelled. */
export const decompress = (bytes: Uint8Array): Uint8Array | TarError => {
  if (startsWith(bytes, BZIP2) || startsWith(bytes, XZ)) {
    return unsupported('strata does not model bzip2- or xz-compressed layers');
  }
  if (!startsWith(bytes, GZIP)) return bytes;
  try {
    return new Uint8Array(nodeZlib().gunzipSync(bytes));
  } catch (err) {
    const e = err as { code?: string; message?: string };
    // Observed: a truncated .tar.gz gives the untar's "unexpected EOF"; a bad CRC the gzip
    // reader's own error, wrapped without an exit status.
    if (e.code === 'Z_BUF_ERROR') return UNEXPECTED_EOF;
    if (e.message === 'incorrect data check' || e.message === 'incorrect length check') {
      return { code: 'bad-gzip', error: { code: 'untar_error', cause: { code: 'go_sentinel', name: 'ErrChecksum' } } };
    }
    return { code: 'bad-gzip', error: { code: 'gzip_corrupt', zlib: e.message ?? 'corrupt input' } };
  }
};

/** Parses a layer tar (optionally gzip-compressed) into a changeset; errors are returned, never thrown. */
export const readLayerTar = async (bytes: Uint8Array): Promise<LayerTar | TarError> => readLayerTarSync(bytes);

/** readLayerTar, for callers that cannot wait (the parse never does any I/O). */
export const readLayerTarSync = (bytes: Uint8Array): LayerTar | TarError => {
  const tar = decompress(bytes);
  if (isError(tar)) return tar;
  const applied = apply(walk(tar));
  if (isError(applied)) return applied;
  const blobs = new Map<Digest, Uint8Array>();
  let size = 0;
  for (const [path, change] of applied.state) {
    if (change.type === 'file') {
      const content = applied.contents.get(path);
      if (content !== undefined) blobs.set(change.digest, content);
      size += change.size;
    } else if (change.type === 'symlink') size += Buffer.byteLength(change.target);
  }
  const unsavable = applied.unsavable !== undefined ? { unsavable: applied.unsavable } : {};
  return { changes: applied.state, blobs, diffId: sha256(tar), tar, size, opaqueRoot: applied.opaqueRoot, ...unsavable };
};

/**
 * The tar `docker cp` sends into a container, read as the daemon's untar reads it (gzip accepted, as
 * DecompressStream does): its entries in order, and where reading stopped with an error (the untar
 * applies what came before). No whiteout conversion: the daemon untars copies without it.
 */
export function readCopyArchive(bytes: Uint8Array): CopyArchive {
  const tar = decompress(bytes);
  if (isError(tar)) return { entries: [], error: tar.error };
  const entries: CopyEntry[] = [];
  for (const e of walk(tar)) {
    if (isError(e)) return { entries, error: e.error };
    entries.push({ name: e.name, type: COPY_TYPES[e.type ?? 'unknown'] ?? 'other', mode: e.mode & 0o7777, uid: e.uid, gid: e.gid, mtime: e.mtime, linkname: e.linkname, data: e.data });
  }
  return { entries };
}

const COPY_TYPES: Readonly<Record<string, CopyEntry['type']>> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'dir',
  symlink: 'symlink',
  link: 'link',
  'pax-global-header': 'pax-global',
};
