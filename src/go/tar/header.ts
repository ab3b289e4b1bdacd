/**
 * Go 1.19's archive/tar header rules (archive/tar/common.go, format.go, strconv.go, writer.go):
 * the Header fields strata uses, the block layout, which format can encode a header
 * (Header.allowedFormats: USTAR when every field fits, the name split between the prefix and name
 * fields; else PAX records), formatPAXRecord, and the Go 1.8 file-type bits of a mode.
 */

export const BLOCK = 512;
/** Two zero blocks end a Go tar stream; nothing pads it further. */
export const END_OF_ARCHIVE = 2 * BLOCK;

/** The file-type bits Go 1.8's FileInfoHeader adds to a mode (c_ISDIR, c_ISREG, c_ISLNK). */
export const C_ISDIR = 0o40000;
export const C_ISREG = 0o100000;
export const C_ISLNK = 0o120000;

/** tar.Header, the fields strata reads and writes (Devmajor and Devminor are always 0). */
export interface Header {
  readonly name: string;
  /** The typeflag byte as a character ('0' file, '1' hard link, '2' symlink, '5' dir, 'g' global header…). */
  readonly typeflag: string;
  /** Go's hdr.Mode: permission, set-id and sticky bits plus the Go 1.8 type bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** hdr.Size: the data's length; 0 for links and directories. */
  readonly size: number;
  /** ModTime, in seconds since the epoch. */
  readonly mtime: number;
  readonly linkname: string;
  readonly uname: string;
  readonly gname: string;
}

const utf8 = new TextEncoder();
export const byteLength = (s: string): number => utf8.encode(s).length;

/** isASCII: no byte past 0x7f, and no NUL. */
export const isASCII = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0) return false;
  }
  return true;
};

/** toASCII: the string without its non-ASCII runes and NULs. */
export const toASCII = (s: string): string => (isASCII(s) ? s : [...s].filter((c) => c.charCodeAt(0) < 0x80 && c !== '\0').join(''));

/** fitsInOctal: an n-byte octal field keeps one byte for its terminator. */
export const fitsInOctal = (n: number, x: number): boolean => x >= 0 && (n >= 22 || x < 8 ** (n - 1));

/**
 * splitUSTARPath: a long ASCII name fits when a slash among its first 156 bytes (a trailing one
 * excluded) leaves at most 155 bytes before it and 1 to 100 after it; the prefix and the name.
 */
export const splitUSTARPath = (name: string): readonly [prefix: string, name: string] | null => {
  let length = name.length;
  if (length <= 100 || !isASCII(name)) return null;
  if (length > 156) length = 156;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  if (i <= 0 || nlen > 100 || nlen === 0 || i > 155) return null;
  return [name.slice(0, i), name.slice(i + 1)];
};

/** formatPAXRecord: "<len> key=value\n" where len counts itself. */
export const paxRecord = (k: string, v: string): string => {
  const body = ` ${k}=${v}\n`;
  const n = byteLength(body);
  let size = n + String(n).length;
  if (String(size).length + n !== size) size = String(size).length + n;
  return `${size}${body}`;
};

/**
 * Header.allowedFormats, for a writer whose Format is PAX (as moby's pkg/archive sets it): null when
 * USTAR encodes the header, else the PAX records it needs, in the order the writer puts them.
 */
export function paxRecords(h: Header): string[] | null {
  const pax = new Map<string, string>();
  let ustar = true;
  const strings: readonly (readonly [string, string, number])[] = [
    ['path', h.name, 100],
    ['linkpath', h.linkname, 100],
    ['uname', h.uname, 32],
    ['gname', h.gname, 32],
  ];
  for (const [key, value, width] of strings) {
    if (isASCII(value) && byteLength(value) <= width) continue;
    // only a path may still go to USTAR, split between the prefix and the name fields
    if (key !== 'path' || splitUSTARPath(value) === null) ustar = false;
    pax.set(key, value);
  }
  const numbers: readonly (readonly [string, number, number])[] = [
    ['uid', h.uid, 8],
    ['gid', h.gid, 8],
    ['size', h.size, 12],
    ['mtime', h.mtime, 12],
  ];
  for (const [key, value, width] of numbers) {
    if (fitsInOctal(width, value)) continue;
    ustar = false;
    pax.set(key, String(value));
  }
  if (ustar) return null;
  return [...pax.keys()].sort().map((k) => paxRecord(k, pax.get(k) ?? ''));
}
