/**
 * Go 1.19's archive/tar Reader (archive/tar/reader.go: Next with readHeader, handleRegularFile,
 * parsePAX, mergePAX and readSpecialFile; format.go's block.GetFormat; strconv.go's parser), over a
 * whole archive in memory: the entries Next() returns, each with its data, then the error that
 * stops it. USTAR, PAX, GNU (long names) and STAR headers and V7 ones are read; sparse files are
 * not decoded (their entries come back with their typeflag).
 *
 * - EOF exactly at a header boundary (even after a single zero block) ends the archive quietly; a
 *   zero block followed by a non-zero one, a bad checksum or a malformed field is ErrHeader.
 * - Next() returns an entry whose data is cut short (`truncated`), and the archive stops there
 *   with "unexpected EOF"; a PAX or GNU header cut short is "unexpected EOF" at once.
 * - Padding is read with tryReadFull when the next header is looked for: an archive that stops
 *   inside it simply ends there.
 * - PAX records override the header (an empty value keeps the header's), then GNU long names
 *   override those, then a NUL typeflag becomes '5' when the name ends with '/', else '0'.
 */
import { BLOCK, type Header } from './header.js';
import { parseGoInt } from '../strconv.js';

/** An entry as Next() returns it, with its data. */
export interface Entry extends Header {
  readonly data: Uint8Array;
  /** The archive ended inside the data: reading it fails with "unexpected EOF". */
  readonly truncated?: true;
}

export type ReadError = { readonly error: 'unexpected EOF' | 'archive/tar: invalid tar header' | 'archive/tar: header field too long' };

const ERR_HEADER: ReadError = { error: 'archive/tar: invalid tar header' };
const ERR_UNEXPECTED_EOF: ReadError = { error: 'unexpected EOF' };
const ERR_FIELD_TOO_LONG: ReadError = { error: 'archive/tar: header field too long' };

class HeaderError extends Error {
  constructor(readonly err: ReadError) {
    super(err.error);
  }
}
const fail = (err: ReadError = ERR_HEADER): never => {
  throw new HeaderError(err);
};

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();
const MAX_SPECIAL_FILE_SIZE = 1 << 20;

/** parser.parseString: up to the first NUL. */
function parseString(b: Uint8Array): string {
  const nul = b.indexOf(0);
  return utf8.decode(nul < 0 ? b : b.subarray(0, nul));
}

/** parser.parseOctal's reading: spaces and NULs trimmed at both ends, then strconv.ParseUint(s, 8, 64); null on its error. */
function octal(b: Uint8Array): bigint | null {
  const s = latin1.decode(b).replace(/^[ \0]+|[ \0]+$/g, '');
  if (s === '') return 0n;
  const digits = s.split('\0')[0]!; // parseString
  if (!/^[0-7]+$/.test(digits)) return null;
  const x = BigInt(`0o${digits}`);
  return x < 1n << 64n ? x : null;
}

/** parser.parseOctal, as an int64 (Go converts the uint64). */
function parseOctal(b: Uint8Array): number {
  const x = octal(b);
  return x === null ? fail() : Number(BigInt.asIntN(64, x));
}

/** parser.parseNumeric: base-256 (two's complement) when the high bit is set, else octal. */
function parseNumeric(b: Uint8Array): number {
  if (b.length === 0 || (b[0]! & 0x80) === 0) return parseOctal(b);
  const inv = (b[0]! & 0x40) !== 0 ? 0xff : 0;
  let x = 0n;
  for (let i = 0; i < b.length; i++) {
    let c = b[i]! ^ inv;
    if (i === 0) c &= 0x7f;
    if (x >> 56n > 0n) return fail(); // overflow
    x = (x << 8n) | BigInt(c);
  }
  if (x >> 63n > 0n) return fail();
  return Number(inv === 0xff ? -x - 1n : x);
}

type Format = 'v7' | 'ustar' | 'star' | 'gnu';

const equals = (b: Uint8Array, s: string): boolean => latin1.decode(b) === s;

/** block.GetFormat: the checksum (unsigned or signed) must match, then the magic decides; null: unknown. */
function getFormat(blk: Uint8Array): Format | null {
  const value = octal(blk.subarray(148, 156));
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : blk[i]!;
    unsigned += c;
    signed += c >= 0x80 ? c - 256 : c;
  }
  if (value === null || (value !== BigInt(unsigned) && value !== BigInt(signed))) return null;
  const magic = blk.subarray(257, 263);
  if (equals(magic, 'ustar\0')) return equals(blk.subarray(508, 512), 'tar\0') ? 'star' : 'ustar';
  if (equals(magic, 'ustar ') && equals(blk.subarray(263, 265), ' \0')) return 'gnu';
  return 'v7';
}

type Raw = { -readonly [K in keyof Header]: Header[K] };

/** readHeader of a non-zero block: its fields, or ErrHeader. */
function readHeader(blk: Uint8Array): Raw {
  const format = getFormat(blk);
  if (format === null) return fail();
  const h: Raw = {
    typeflag: String.fromCharCode(blk[156]!),
    name: parseString(blk.subarray(0, 100)),
    linkname: parseString(blk.subarray(157, 257)),
    size: parseNumeric(blk.subarray(124, 136)),
    mode: parseNumeric(blk.subarray(100, 108)),
    uid: parseNumeric(blk.subarray(108, 116)),
    gid: parseNumeric(blk.subarray(116, 124)),
    mtime: parseNumeric(blk.subarray(136, 148)),
    uname: '',
    gname: '',
  };
  if (format !== 'v7') {
    h.uname = parseString(blk.subarray(265, 297));
    h.gname = parseString(blk.subarray(297, 329));
    parseNumeric(blk.subarray(329, 337)); // devmajor and devminor: only their syntax matters here
    parseNumeric(blk.subarray(337, 345));
    const prefix = format === 'ustar' ? parseString(blk.subarray(345, 500)) : format === 'star' ? parseString(blk.subarray(345, 476)) : '';
    if (prefix !== '') h.name = `${prefix}/${h.name}`;
  }
  return h;
}

/** isHeaderOnlyType: no data follows these, whatever their size field says. */
const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);

/** strconv.ParseInt(s, 10, 64), or ErrHeader. */
function int64(s: string): number {
  const r = parseGoInt(s, 10, 64);
  return 'value' in r ? Number(r.value) : fail();
}

/** parsePAXTime, in whole seconds (time.Unix(sec, nsec).Unix()). */
function paxTime(s: string): number {
  const dot = s.indexOf('.');
  const secs = int64(dot < 0 ? s : s.slice(0, dot));
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  if (!/^[0-9]*$/.test(frac)) return fail();
  return frac !== '' && /[1-9]/.test(frac.slice(0, 9)) && s.startsWith('-') ? secs - 1 : secs;
}

/** parsePAX: "<len> key=value\n" records, checked as parsePAXRecord and validPAXRecord do. */
function parsePAX(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let rest = data;
  while (rest.length > 0) {
    const sp = rest.indexOf(0x20);
    if (sp < 0) return fail();
    const n = int64(latin1.decode(rest.subarray(0, sp)));
    if (n < 5 || n > rest.length || n - (sp + 1) <= 0) return fail();
    if (rest[n - 1] !== 0x0a) return fail();
    const rec = rest.subarray(sp + 1, n - 1);
    const eq = rec.indexOf(0x3d);
    if (eq < 0) return fail();
    const key = utf8.decode(rec.subarray(0, eq));
    const value = rec.subarray(eq + 1);
    const nulChecked = ['path', 'linkpath', 'uname', 'gname'].includes(key) ? value : rec.subarray(0, eq);
    if (key === '' || nulChecked.includes(0)) return fail();
    records.set(key, utf8.decode(value));
    rest = rest.subarray(n);
  }
  return records;
}

/** mergePAX: the records that override header fields (uid, gid and times parsed as Go does). */
function mergePAX(h: Raw, pax: ReadonlyMap<string, string>): void {
  for (const [k, v] of pax) {
    if (v === '') continue; // keep the header's value
    if (k === 'path') h.name = v;
    else if (k === 'linkpath') h.linkname = v;
    else if (k === 'uname') h.uname = v;
    else if (k === 'gname') h.gname = v;
    else if (k === 'uid') h.uid = int64(v);
    else if (k === 'gid') h.gid = int64(v);
    else if (k === 'mtime') h.mtime = paxTime(v);
    else if (k === 'atime' || k === 'ctime') paxTime(v);
    else if (k === 'size') h.size = int64(v);
  }
}

/** Go's tar.Reader over the whole archive: the entries Next() returns, then the error that stops it (none at a clean end). */
export function* readTar(tar: Uint8Array): Generator<Entry | ReadError, void> {
  let pos = 0;
  try {
    for (;;) {
      // one call of Next(): PAX and GNU headers apply to the entry that follows them
      let pax = new Map<string, string>();
      let longName = '';
      let longLink = '';
      for (;;) {
        if (pos === tar.length) return;
        if (tar.length - pos < BLOCK) return yield ERR_UNEXPECTED_EOF;
        const blk = tar.subarray(pos, pos + BLOCK);
        pos += BLOCK;
        if (blk.every((c) => c === 0)) {
          if (pos === tar.length) return;
          if (tar.length - pos < BLOCK) return yield ERR_UNEXPECTED_EOF;
          if (tar.subarray(pos, pos + BLOCK).every((c) => c === 0)) return;
          return yield ERR_HEADER;
        }
        const h = readHeader(blk);
        // handleRegularFile with the header's own size
        let size = HEADER_ONLY.has(h.typeflag) ? 0 : h.size;
        if (size < 0) return yield ERR_HEADER;
        const special = h.typeflag === 'x' || h.typeflag === 'g' || h.typeflag === 'L' || h.typeflag === 'K';
        if (special) {
          // readSpecialFile: at most 1 MiB is read, so a longer header is refused even when cut short
          if (size > MAX_SPECIAL_FILE_SIZE && tar.length - pos > MAX_SPECIAL_FILE_SIZE) return yield ERR_FIELD_TOO_LONG;
          if (tar.length - pos < size) return yield ERR_UNEXPECTED_EOF;
          const data = tar.subarray(pos, pos + size);
          pos = Math.min(tar.length, pos + size + ((BLOCK - (size % BLOCK)) % BLOCK));
          if (h.typeflag === 'L') longName = parseString(data);
          else if (h.typeflag === 'K') longLink = parseString(data);
          else pax = parsePAX(data);
          if (h.typeflag !== 'g') continue;
          // a global header is returned by Next() (the untar skips it); mergePAX's error is not checked here
          try {
            mergePAX(h, pax);
          } catch (e) {
            if (!(e instanceof HeaderError)) throw e;
          }
          yield { ...h, mode: 0, uid: 0, gid: 0, size: 0, mtime: 0, linkname: '', uname: '', gname: '', data: new Uint8Array(0) };
          break;
        }
        mergePAX(h, pax);
        if (longName !== '') h.name = longName;
        if (longLink !== '') h.linkname = longLink;
        if (h.typeflag === '\0') h.typeflag = h.name.endsWith('/') ? '5' : '0';
        // handleRegularFile again: the PAX records may have changed the size
        size = HEADER_ONLY.has(h.typeflag) ? 0 : h.size;
        if (size < 0) return yield ERR_HEADER;
        const end = pos + size;
        const data = tar.subarray(pos, Math.min(end, tar.length));
        if (end > tar.length) {
          yield { ...h, data, truncated: true };
          return yield ERR_UNEXPECTED_EOF;
        }
        yield { ...h, data };
        pos = Math.min(tar.length, end + ((BLOCK - (size % BLOCK)) % BLOCK));
        break;
      }
    }
  } catch (e) {
    if (e instanceof HeaderError) return yield e.err;
    throw e;
  }
}
