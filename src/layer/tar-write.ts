/**
 * Synchronous, deterministic tar writer that follows the field conventions of Go's archive/tar as
 * Docker 20.10 uses it (pkg/archive sets Format = PAX, so USTAR is written whenever it can encode
 * the header, else a PAX extended header precedes it). Observed on Docker 20.10.24 (`docker save`
 * of a commit, `xxd`): numeric fields are zero-padded octal ended by NUL ("0000644\0"), the checksum
 * is "%06o\0 ", magic "ustar\0" version "00", devmajor/devminor "0000000\0", and the mode carries
 * the Go 1.8 file-type bits (040755 for a directory, 0100644 for a file, 0120777 for a symlink).
 * The archive ends with exactly 1024 zero bytes, no padding to a 10240-byte record.
 *
 * tar-stream's header encoder is not used here: it writes "000644 \0" style fields and a different
 * checksum terminator, so its bytes would not follow Go's conventions.
 */
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

const BLOCK = 512;
const END_OF_ARCHIVE = 2 * BLOCK;

// Go 1.8 archive/tar type bits, which Docker keeps adding to the mode (fillGo18FileTypeBits).
const C_ISDIR = 0o40000;
const C_ISREG = 0o100000;
const C_ISLNK = 0o120000;

const TYPE_REG = 0x30; // '0'
const TYPE_SYMLINK = 0x32; // '2'
const TYPE_DIR = 0x35; // '5'
const TYPE_PAX = 0x78; // 'x'

/** Whiteouts are written as Docker's overlay2 converter writes them: an empty 0600 regular file. */
const WHITEOUT_MODE = 0o600;

interface TarEntry {
  readonly name: string;
  readonly typeflag: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly mtime: number;
  readonly linkname: string;
  readonly data: Uint8Array;
  /** owner names (Go's FileInfoHeader looks them up for files on disk); layer entries have none */
  readonly uname?: string;
}

const utf8 = new TextEncoder();
const EMPTY = new Uint8Array(0);

const isASCII = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0) return false;
  }
  return true;
};

const toASCII = (s: string): string => (isASCII(s) ? s : [...s].filter((c) => c.charCodeAt(0) < 0x80 && c !== '\0').join(''));

/** Go's fitsInOctal: n-byte field, one byte reserved for the NUL terminator. */
const fitsInOctal = (n: number, x: number): boolean => x >= 0 && (n >= 22 || x < 8 ** (n - 1));

/** Go's formatter.formatString, including its fix-up of a trailing slash cut by truncation. */
const putString = (blk: Uint8Array, off: number, len: number, s: string): void => {
  const b = utf8.encode(s);
  blk.set(b.subarray(0, len), off);
  if (b.length > len && blk[off + len - 1] === 0x2f) {
    let n = len;
    while (n > 0 && b[n - 1] === 0x2f) n--;
    blk[off + n] = 0;
  }
};

/** Go's formatter.formatOctal: zero-padded octal leaving room for a NUL; 0 when it does not fit. */
const putOctal = (blk: Uint8Array, off: number, len: number, x: number): void => {
  const s = (fitsInOctal(len, x) ? x : 0).toString(8);
  putString(blk, off, len, s.padStart(len - 1, '0'));
};

/** Magic/version for USTAR and PAX, then the checksum as "%06o\0 " (Go's block.setFormat). */
const finish = (blk: Uint8Array): Uint8Array => {
  putString(blk, 257, 6, 'ustar\0');
  putString(blk, 263, 2, '00');
  let sum = 8 * 0x20;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += blk[i] ?? 0;
  putOctal(blk, 148, 7, sum);
  blk[155] = 0x20;
  return blk;
};

/** Go's splitUSTARPath: the longest prefix (<= 155 bytes) whose remainder fits the 100-byte name. */
const splitUSTARPath = (name: string): readonly [string, string] | null => {
  let length = name.length;
  if (length <= 100 || !isASCII(name)) return null;
  if (length > 156) length = 156;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > 100 || nlen === 0 || i > 155) return null;
  return [name.slice(0, i), name.slice(i + 1)];
};

/** Go's formatPAXRecord: "<len> key=value\n" where len counts itself. */
const paxRecord = (k: string, v: string): string => {
  const body = ` ${k}=${v}\n`;
  const n = utf8.encode(body).length;
  let size = n + String(n).length;
  if (String(size).length + n !== size) size = String(size).length + n;
  return `${size}${body}`;
};

const padded = (data: Uint8Array): Uint8Array[] => {
  const rem = data.length % BLOCK;
  return rem === 0 ? [data] : [data, new Uint8Array(BLOCK - rem)];
};

/** Header fields shared by the USTAR and the PAX main header (Go's templateV7Plus). */
const template = (e: TarEntry, name: string, linkname: string, fmt: (s: string) => string): Uint8Array => {
  const blk = new Uint8Array(BLOCK);
  blk[156] = e.typeflag;
  putString(blk, 0, 100, fmt(name));
  putString(blk, 157, 100, fmt(linkname));
  putOctal(blk, 100, 8, e.mode);
  putOctal(blk, 108, 8, e.uid);
  putOctal(blk, 116, 8, e.gid);
  putOctal(blk, 124, 12, e.data.length);
  putOctal(blk, 136, 12, e.mtime);
  if (e.uname !== undefined) {
    putString(blk, 265, 32, e.uname);
    putString(blk, 297, 32, e.uname);
  }
  putOctal(blk, 329, 8, 0);
  putOctal(blk, 337, 8, 0);
  return blk;
};

/** The blocks of one entry, choosing USTAR or PAX exactly as Go's Header.allowedFormats would. */
const entryBlocks = (e: TarEntry): Uint8Array[] => {
  const pax = new Map<string, string>();
  let ustar = true;
  if (!isASCII(e.name) || utf8.encode(e.name).length > 100) {
    if (splitUSTARPath(e.name) === null) ustar = false;
    pax.set('path', e.name);
  }
  if (!isASCII(e.linkname) || utf8.encode(e.linkname).length > 100) {
    ustar = false;
    pax.set('linkpath', e.linkname);
  }
  const numeric: readonly (readonly [string, number, number])[] = [
    ['uid', e.uid, 8],
    ['gid', e.gid, 8],
    ['size', e.data.length, 12],
    ['mtime', e.mtime, 12],
  ];
  for (const [key, value, width] of numeric) {
    if (!fitsInOctal(width, value)) {
      ustar = false;
      pax.set(key, String(value));
    }
  }

  if (ustar) {
    const split = splitUSTARPath(e.name);
    const blk = template(e, split ? split[1] : e.name, e.linkname, (s) => s);
    if (split) putString(blk, 345, 155, split[0]);
    return [finish(blk), ...padded(e.data)];
  }

  const records = [...pax.keys()]
    .sort()
    .map((k) => paxRecord(k, pax.get(k) ?? ''))
    .join('');
  const data = utf8.encode(records);
  // Go: path.Join(path.Split(name) with "PaxHeaders.0" between), so "a/b/" gives "a/b/PaxHeaders.0".
  const slash = e.name.lastIndexOf('/');
  const dir = slash < 0 ? '' : e.name.slice(0, slash);
  const file = e.name.slice(slash + 1);
  const paxName = toASCII([dir, 'PaxHeaders.0', file].filter((s) => s !== '').join('/'))
    .slice(0, 100)
    .replace(/\/+$/, '');
  const head = new Uint8Array(BLOCK);
  head[156] = TYPE_PAX;
  putString(head, 0, 100, paxName);
  putOctal(head, 100, 8, 0);
  putOctal(head, 108, 8, 0);
  putOctal(head, 116, 8, 0);
  putOctal(head, 124, 12, data.length);
  putOctal(head, 136, 12, 0);
  const main = template(e, e.name, e.linkname, toASCII);
  return [finish(head), ...padded(data), finish(main), ...padded(e.data)];
};

const concat = (chunks: readonly Uint8Array[]): Uint8Array => {
  let total = END_OF_ARCHIVE;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out; // the trailing END_OF_ARCHIVE bytes are already zero
};

const owner = (n: { readonly uid?: number; readonly gid?: number }) => ({ uid: n.uid ?? 0, gid: n.gid ?? 0 });

/** A node's own entry; a file's size is its blob's length, so the archive is always well formed. */
const nodeEntry = (path: string, node: Node, blob: (d: Digest) => Uint8Array): TarEntry => {
  const perm = node.mode & 0o7777;
  switch (node.type) {
    case 'dir':
      return { name: `${path}/`, typeflag: TYPE_DIR, mode: C_ISDIR | perm, ...owner(node), mtime: node.mtime, linkname: '', data: EMPTY };
    case 'file':
      return { name: path, typeflag: TYPE_REG, mode: C_ISREG | perm, ...owner(node), mtime: node.mtime, linkname: '', data: blob(node.digest) };
    case 'symlink':
      return { name: path, typeflag: TYPE_SYMLINK, mode: C_ISLNK | perm, ...owner(node), mtime: node.mtime, linkname: node.target, data: EMPTY };
  }
};

/** The entries a layer change is written as. */
const changeEntries = (path: string, change: Change, blob: (d: Digest) => Uint8Array): TarEntry[] => {
  if (change.type === 'whiteout') {
    const dir = parentOf(path);
    const name = `${dir === '' ? '' : `${dir}/`}${WHITEOUT_PREFIX}${baseOf(path)}`;
    // The model keeps no whiteout mtime; Docker writes the deletion time of the 0:0 device here.
    return [{ name, typeflag: TYPE_REG, mode: WHITEOUT_MODE, uid: 0, gid: 0, mtime: 0, linkname: '', data: EMPTY }];
  }
  const own = nodeEntry(path, change, blob);
  if (change.type !== 'dir' || change.opaque !== true) return [own];
  // Docker's overlay2 converter writes the marker right after the directory, with the directory's
  // owner, its mode & 0777, and a zero mtime (observed: "d/.wh..wh..opq" 0000710, 1970-01-01).
  const marker: TarEntry = {
    name: `${path}/${OPAQUE_MARKER}`,
    typeflag: TYPE_REG,
    mode: change.mode & 0o777,
    ...owner(change),
    mtime: 0,
    linkname: '',
    data: EMPTY,
  };
  return [own, marker];
};

/**
 * Order of Go's filepath.Walk, which produces Docker's layer tars: components compared byte-wise,
 * so a directory is followed by its whole subtree ("a", "a/b", "a-b"). A plain byte-wise sort of
 * "dir/" names would instead give "a-b", "a/", "a/b"; both put parents first.
 */
export const comparePaths = (a: string, b: string): number => {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const c = Buffer.compare(Buffer.from(as[i] ?? ''), Buffer.from(bs[i] ?? ''));
    if (c !== 0) return c;
  }
  return as.length - bs.length;
};

/**
 * A layer tar for a changeset: entries in walk order, whiteouts as `.wh.<name>`, opaque directories
 * followed by `<dir>/.wh..wh..opq`. An empty changeset gives exactly 1024 zero bytes, whose sha256
 * is EMPTY_LAYER_DIFF_ID.
 */
export const writeLayerTar = (changes: Changeset, blob: (d: Digest) => Uint8Array): Uint8Array => {
  const paths = [...changes.keys()].sort(comparePaths);
  const chunks: Uint8Array[] = [];
  for (const path of paths) {
    const change = changes.get(path);
    if (change === undefined) continue;
    for (const e of changeEntries(path, change, blob)) chunks.push(...entryBlocks(e));
  }
  return concat(chunks);
};

/**
 * A tar of a full filesystem view (`docker export`): the entries in the order given (the caller
 * sorts and includes directories), no whiteouts and no opaque markers.
 */
export const writeFlatTar = (entries: Iterable<readonly [string, Node]>, blob: (d: Digest) => Uint8Array): Uint8Array => {
  const chunks: Uint8Array[] = [];
  for (const [path, node] of entries) chunks.push(...entryBlocks(nodeEntry(path, node, blob)));
  return concat(chunks);
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

const PLAIN: Record<PlainEntry['type'], readonly [number, number]> = {
  dir: [TYPE_DIR, C_ISDIR],
  file: [TYPE_REG, C_ISREG],
  symlink: [TYPE_SYMLINK, C_ISLNK],
  link: [0x31, C_ISREG], // '1': a hard link, to `target`
};

/**
 * A tar of files the daemon wrote as root (`docker save` tars its temporary directory): owner names
 * `root`, entries in the order given (a directory's name ends with '/').
 */
export const writeTar = (entries: Iterable<PlainEntry>): Uint8Array => {
  const chunks: Uint8Array[] = [];
  for (const e of entries) {
    const [typeflag, bits] = PLAIN[e.type];
    const mode = bits | (e.mode & 0o7777);
    chunks.push(...entryBlocks({ name: e.name, typeflag, mode, uid: 0, gid: 0, mtime: e.mtime, linkname: e.target ?? '', data: e.data ?? EMPTY, uname: 'root' }));
  }
  return concat(chunks);
};
