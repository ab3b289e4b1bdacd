/**
 * The layer tars Docker 20.10 writes (pkg/archive over Go's archive/tar Writer, src/go/tar): a
 * changeset's entries in filepath.Walk order, whiteouts and opaque markers as the overlay2 converter
 * writes them, and the mode with the Go 1.8 file-type bits (040755 for a directory, 0100644 for a
 * file, 0120777 for a symlink). Observed on Docker 20.10.24 (`docker save` of a commit, `xxd`).
 *
 * tar-stream's header encoder is not used here: it writes "000644 \0" style fields and a different
 * checksum terminator, so its bytes would not follow Go's conventions.
 */
import { archive, C_ISDIR, C_ISLNK, C_ISREG, entryBlocks, type Header } from '../go/tar/index.js';
import { compareWalkOrder } from '../go/path.js';
import {
  baseOf,
  OPAQUE_MARKER,
  parentOf,
  WHITEOUT_PREFIX,
  type Change,
  type Changeset,
  type Digest,
  type Node,
} from './changeset.js';
import { HOST_NAMES, type OwnerNames } from './owner-names.js';

/** Whiteouts are written as Docker's overlay2 converter writes them: an empty 0600 regular file. */
const WHITEOUT_MODE = 0o600;

/** A header and its data. */
interface TarEntry {
  readonly header: Header;
  readonly data?: Uint8Array;
}

/**
 * A layer entry's header. The daemon names owners from a user database (Go's FileInfoHeader on the
 * files of its mount): for a layer, its host's, `root` for 0 on every host, and another id the name
 * the engine's host gives it (observed: 5 `games`, 1000 the host's first user), which is no fact of
 * the model, so it is written without one (HOST_NAMES); for an export or a copy out of a container,
 * the container's (owner-names.ts).
 */
const header = (name: string, typeflag: string, mode: number, own: { uid: number; gid: number }, mtime: number, linkname = '', size = 0, names: OwnerNames = HOST_NAMES): Header => ({
  name,
  typeflag,
  mode,
  ...own,
  size,
  mtime,
  linkname,
  uname: names.user(own.uid),
  gname: names.group(own.gid),
});

const owner = (n: { readonly uid?: number; readonly gid?: number }) => ({ uid: n.uid ?? 0, gid: n.gid ?? 0 });

/** A node's own entry; a file's size is its blob's length, so the archive is always well formed. */
const nodeEntry = (path: string, node: Node, blob: (d: Digest) => Uint8Array, names?: OwnerNames): TarEntry => {
  const perm = node.mode & 0o7777;
  switch (node.type) {
    case 'dir':
      return { header: header(`${path}/`, '5', C_ISDIR | perm, owner(node), node.mtime, '', 0, names) };
    case 'file': {
      const data = blob(node.digest);
      return { header: header(path, '0', C_ISREG | perm, owner(node), node.mtime, '', data.length, names), data };
    }
    case 'symlink':
      return { header: header(path, '2', C_ISLNK | perm, owner(node), node.mtime, node.target, 0, names) };
  }
};

/** The entries a layer change is written as. */
const changeEntries = (path: string, change: Change, blob: (d: Digest) => Uint8Array): TarEntry[] => {
  if (change.type === 'whiteout') {
    const dir = parentOf(path);
    const name = `${dir === '' ? '' : `${dir}/`}${WHITEOUT_PREFIX}${baseOf(path)}`;
    // The model keeps no whiteout mtime; Docker writes the deletion time of the 0:0 device here.
    return [{ header: header(name, '0', WHITEOUT_MODE, { uid: 0, gid: 0 }, 0) }];
  }
  const own = nodeEntry(path, change, blob);
  if (change.type !== 'dir' || change.opaque !== true) return [own];
  // Docker's overlay2 converter writes the marker right after the directory, with the directory's
  // owner, its mode & 0777, and a zero mtime (observed: "d/.wh..wh..opq" 0000710, 1970-01-01).
  return [own, { header: header(`${path}/${OPAQUE_MARKER}`, '0', change.mode & 0o777, owner(change), 0) }];
};

/**
 * A layer tar for a changeset: entries in walk order, whiteouts as `.wh.<name>`, opaque directories
 * followed by `<dir>/.wh..wh..opq`. An empty changeset gives exactly 1024 zero bytes, whose sha256
 * is EMPTY_LAYER_DIFF_ID. `ownerNames: false`: a tar as a user makes one, no names.
 */
export const writeLayerTar = (changes: Changeset, blob: (d: Digest) => Uint8Array, options: { readonly ownerNames?: boolean } = {}): Uint8Array => {
  const paths = [...changes.keys()].sort(compareWalkOrder);
  const chunks: Uint8Array[] = [];
  for (const path of paths) {
    const change = changes.get(path);
    if (change === undefined) continue;
    for (const e of changeEntries(path, change, blob)) chunks.push(...entryBlocks(options.ownerNames === false ? { ...e.header, uname: '', gname: '' } : e.header, e.data));
  }
  return archive(chunks);
};

/**
 * A tar of a full filesystem view (`docker export`): the entries in the order given (the caller
 * sorts and includes directories), no whiteouts and no opaque markers; owners named by `names`.
 */
export const writeFlatTar = (entries: Iterable<readonly [string, Node]>, blob: (d: Digest) => Uint8Array, names: OwnerNames = HOST_NAMES): Uint8Array => {
  const chunks: Uint8Array[] = [];
  for (const [path, node] of entries) {
    const e = nodeEntry(path, node, blob, names);
    chunks.push(...entryBlocks(e.header, e.data));
  }
  return archive(chunks);
};

/**
 * The tar of a path `docker cp` reads out of a container (pkg/archive TarWithOptions on the daemon's
 * mount): the entries in the order and with the names given, owners named as the container's files
 * name them (owner-names.ts).
 */
export const writeCopyTar = (entries: Iterable<readonly [string, Node]>, blob: (d: Digest) => Uint8Array, names: OwnerNames = HOST_NAMES): Uint8Array => {
  const chunks: Uint8Array[] = [];
  for (const [name, node] of entries) {
    const e = nodeEntry(name.endsWith('/') ? name.slice(0, -1) : name, node, blob, names);
    const h: Header = { ...e.header, name };
    chunks.push(...entryBlocks(h, e.data));
  }
  return archive(chunks);
};

/** An entry of an archive that is not a layer (`docker save`): written with the same conventions. */
export interface PlainEntry {
  readonly name: string;
  readonly type: 'dir' | 'file' | 'symlink' | 'link';
  readonly mode: number;
  /** seconds since the epoch */
  readonly mtime: number;
  readonly data?: Uint8Array;
  readonly target?: string;
}

const PLAIN: Record<PlainEntry['type'], readonly [string, number]> = {
  dir: ['5', C_ISDIR],
  file: ['0', C_ISREG],
  symlink: ['2', C_ISLNK],
  link: ['1', C_ISREG], // a hard link, to `target`
};

/**
 * A tar of files the daemon wrote as root (`docker save` tars its temporary directory): owner names
 * `root`, entries in the order given (a directory's name ends with '/').
 */
export const writeTar = (entries: Iterable<PlainEntry>): Uint8Array => {
  const chunks: Uint8Array[] = [];
  for (const e of entries) {
    const [typeflag, bits] = PLAIN[e.type];
    const size = e.data?.length ?? 0;
    const h: Header = header(e.name, typeflag, bits | (e.mode & 0o7777), { uid: 0, gid: 0 }, e.mtime, e.target ?? '', size);
    chunks.push(...entryBlocks(h, e.data));
  }
  return archive(chunks);
};
