/**
 * The tar headers the classic builder hashes and the client sends, as Go 1.19's archive/tar and
 * moby 20.10's pkg/archive / pkg/tarsum shape them.
 *
 * - A header's mode carries the permission and set-id/sticky bits plus Go 1.8's file-type bits
 *   (fillGo18FileTypeBits): 0100644 for a file, 040755 for a directory, 0120777 for a symlink; a
 *   directory's name ends with "/" (canonicalTarName).
 * - tarsum v1 of an entry: sha256 of "name<name>mode<decimal>uid<u>gid<g>size<n>typeflag<t>linkname<l>
 *   uname<u>gname<g>devmajor0devminor0" then the file's bytes; the modification time is not in it
 *   (so a `touch` does not change a COPY's hash: observed). The context's sums blank uname/gname
 *   (pkg/tarsum, "compatible with versions before go 1.10"); the hashes of an image's files
 *   (COPY --from, remotecontext.NewFileHash) keep them.
 * - The bytes Go's tar writer spends on an entry: USTAR when it can encode the header, else a PAX
 *   extended header (512 bytes + its records, padded) before it; data padded to 512.
 */
import { createHash } from 'node:crypto';

export const BLOCK = 512;
/** Two zero blocks end a Go tar stream; nothing pads it further. */
export const END_OF_ARCHIVE = 2 * BLOCK;

export type Typeflag = '0' | '1' | '2' | '5';

/** The header fields tarsum and the size depend on. */
export interface TarHeader {
  readonly name: string;
  readonly typeflag: Typeflag;
  /** Go's hdr.Mode: permission, set-id and sticky bits plus the Go 1.8 type bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** hdr.Size: the file's length; 0 for links and directories. */
  readonly size: number;
  readonly mtime: number;
  readonly linkname: string;
  readonly uname: string;
  readonly gname: string;
}

const TYPE_BITS = { file: 0o100000, dir: 0o40000, symlink: 0o120000 } as const;

/** hdr.Mode for a node of this kind (a hard link keeps its file's bits). */
export const headerMode = (kind: 'file' | 'dir' | 'symlink', perm: number): number => TYPE_BITS[kind] | (perm & 0o7777);

/** canonicalTarName: directories end with a slash. */
export const tarName = (path: string, isDir: boolean): string => (isDir && !path.endsWith('/') ? `${path}/` : path);

const utf8 = new TextEncoder();

/** tarsum v1 (pkg/tarsum, with moby 20.10's blanked uname/gname when `blankNames`). */
export function tarsum(h: TarHeader, content: Uint8Array | undefined, blankNames: boolean): string {
  const uname = blankNames ? '' : h.uname;
  const gname = blankNames ? '' : h.gname;
  const fields =
    `name${h.name}mode${h.mode}uid${h.uid}gid${h.gid}size${h.size}typeflag${h.typeflag}` +
    `linkname${h.linkname}uname${uname}gname${gname}devmajor0devminor0`;
  const hash = createHash('sha256').update(utf8.encode(fields));
  if (content !== undefined && h.typeflag === '0') hash.update(content);
  return hash.digest('hex');
}

/** hashStringSlice: `<prefix>:` + sha256 of the strings joined by commas. */
export function hashStringSlice(prefix: 'dir' | 'multi', slice: readonly string[]): string {
  return `${prefix}:${createHash('sha256').update(slice.join(',')).digest('hex')}`;
}

const isASCII = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) < 0x80 && c !== '\0');
const byteLength = (s: string): number => utf8.encode(s).length;

/** fitsInOctal: an n-byte octal field keeps one byte for its terminator. */
const fitsInOctal = (n: number, x: number): boolean => x >= 0 && (n >= 22 || x < 8 ** (n - 1));

/**
 * splitUSTARPath: a long ASCII name fits when a slash among its first 156 bytes (a trailing one
 * excluded) leaves at most 155 bytes before it and 1 to 100 after it.
 */
function canSplitUSTAR(name: string): boolean {
  if (name.length <= 100 || !isASCII(name)) return false;
  const limit = name.length > 156 ? 156 : name.endsWith('/') ? name.length - 1 : name.length;
  const slash = name.slice(0, limit).lastIndexOf('/');
  const suffix = name.length - slash - 1;
  return slash > 0 && slash <= 155 && suffix > 0 && suffix <= 100;
}

/** formatPAXRecord's length: "<len> key=value\n", the length counting itself. */
function paxRecordLength(key: string, value: string): number {
  const body = byteLength(key) + byteLength(value) + 3;
  const size = body + String(body).length;
  return body + String(size).length;
}

const padded = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

/** Header.allowedFormats: the PAX records this header needs, or null when USTAR encodes it. */
function paxRecords(h: TarHeader): Map<string, string> | null {
  const pax = new Map<string, string>();
  let ustar = true;
  // key, value, width of the USTAR field
  const fields: readonly [string, string | number, number][] = [
    ['path', h.name, 100],
    ['linkpath', h.linkname, 100],
    ['uname', h.uname, 32],
    ['gname', h.gname, 32],
    ['uid', h.uid, 8],
    ['gid', h.gid, 8],
    ['size', h.size, 12],
    ['mtime', h.mtime, 12],
  ];
  for (const [key, value, width] of fields) {
    if (typeof value === 'number' ? fitsInOctal(width, value) : isASCII(value) && byteLength(value) <= width) continue;
    // only a path may still go to USTAR, split between the prefix and the name fields
    if (key !== 'path' || !canSplitUSTAR(String(value))) ustar = false;
    pax.set(key, String(value));
  }
  return ustar ? null : pax;
}

/** The bytes Go's tar writer writes for this entry and its data. */
export function tarEntrySize(h: TarHeader): number {
  const data = h.typeflag === '0' ? padded(h.size) : 0;
  const pax = paxRecords(h);
  if (pax === null) return BLOCK + data;
  let records = 0;
  for (const [k, v] of pax) records += paxRecordLength(k, v);
  return BLOCK + padded(records) + BLOCK + data;
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/**
 * go-units HumanSize: decimal units and Go's "%.4g" (four significant digits, ties to even, no
 * trailing zeros), computed exactly on the integer byte count.
 */
export function humanSize(bytes: number): string {
  let unit = 0;
  let divisor = 1n;
  const n = BigInt(bytes);
  while (n >= divisor * 1000n && unit < UNITS.length - 1) {
    divisor *= 1000n;
    unit++;
  }
  if (n === 0n) return '0B';
  // exponent e with 10^e <= n/divisor < 10^(e+1)
  let e = 0;
  while (n >= divisor * 10n ** BigInt(e + 1)) e++;
  while (n < divisor * 10n ** BigInt(e)) e--;
  const shift = 3 - e;
  const num = shift >= 0 ? n * 10n ** BigInt(shift) : n;
  const den = shift >= 0 ? divisor : divisor * 10n ** BigInt(-shift);
  let q = num / den;
  const twice = 2n * (num % den);
  if (twice > den || (twice === den && q % 2n === 1n)) q++;
  if (q === 10000n) {
    q = 1000n;
    e++;
  }
  const digits = q.toString(); // four digits: d.ddd × 10^e
  const point = e + 1;
  const value = point >= 4 ? digits + '0'.repeat(point - 4) : point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${'0'.repeat(-point)}${digits}`;
  return `${value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value}${UNITS[unit]}`;
}

/**
 * What the client writes to a non-terminal stdout for the upload (observed with `od -c`): the last
 * progress update only, the size right-aligned in 8 columns, then "\r\r\n".
 */
export function sendingContextLine(bytes: number): string {
  return `Sending build context to Docker daemon ${humanSize(bytes).padStart(8)}\r\r\n`;
}
