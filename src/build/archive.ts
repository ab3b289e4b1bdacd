/**
 * ADD's local archives: moby 20.10's isArchivePath (DecompressStream, then one successful
 * tar.Reader.Next) and the entries Go 1.19's archive/tar reader yields for the untar. gzip is
 * decompressed here; bzip2 and xz, which the engine also accepts, are not modelled (a clear error).
 * Observed: a .tar, a .tgz and a gzipped tar without extension are extracted; a gzipped text file
 * and an empty tar (1024 zero bytes: Next() finds the end at once) are copied as files.
 */
import { gunzipSync, constants as zlib } from 'node:zlib';
import { BLOCK, type TarHeader } from './tarsum.js';

/** An entry as tar.Reader.Next returns it, with its data. */
export type TarEntry = Pick<TarHeader, 'name' | 'mode' | 'uid' | 'gid' | 'mtime' | 'linkname'> & {
  /** The typeflag byte as a character ('0' file, '1' hard link, '2' symlink, '5' dir, 'g' global header…). */
  readonly typeflag: string;
  readonly data: Uint8Array;
};

export type Archive =
  | { readonly kind: 'archive'; readonly entries: readonly TarEntry[]; readonly error?: string }
  | { readonly kind: 'file' }
  | { readonly kind: 'unmodelled'; readonly message: string };

const startsWith = (b: Uint8Array, magic: readonly number[]): boolean => b.length >= magic.length && magic.every((m, i) => b[i] === m);

/** isArchivePath: is this file extracted by ADD? With the entries, and the error the untar would stop at. */
export function readArchive(content: Uint8Array, name: string): Archive {
  if (startsWith(content, [0x42, 0x5a, 0x68]) || startsWith(content, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) {
    return { kind: 'unmodelled', message: `strata does not model bzip2- or xz-compressed files as sources of ADD: ${name}` };
  }
  let tar = content;
  if (startsWith(content, [0x1f, 0x8b, 0x08])) {
    const inflated = gunzip(content);
    if (inflated === undefined) return { kind: 'file' };
    tar = inflated;
  }
  const read = readTar(tar);
  if (read.entries.length === 0) return { kind: 'file' };
  return { kind: 'archive', entries: read.entries, ...(read.error === undefined ? {} : { error: read.error }) };
}

/** gzip's reader: what a corrupt or cut stream yields before it fails (undefined: not even a header). */
function gunzip(content: Uint8Array): Uint8Array | undefined {
  try {
    return new Uint8Array(gunzipSync(content));
  } catch {
    try {
      return new Uint8Array(gunzipSync(content, { finishFlush: zlib.Z_SYNC_FLUSH }));
    } catch {
      return undefined;
    }
  }
}

class HeaderError extends Error {}
const ERR_HEADER = 'archive/tar: invalid tar header';

const latin = new TextDecoder('latin1');
const utf8 = new TextDecoder();

/** parser.parseString: up to the first NUL. */
function cString(b: Uint8Array): string {
  const nul = b.indexOf(0);
  return utf8.decode(nul < 0 ? b : b.subarray(0, nul));
}

/** parser.parseNumeric: base-256 when the high bit is set, else octal between spaces and NULs. */
function numeric(b: Uint8Array): number {
  if (b.length > 0 && (b[0]! & 0x80) !== 0) {
    let x = BigInt(b[0]! & 0x7f) - ((b[0]! & 0x40) !== 0 ? 0x80n : 0n);
    for (const c of b.subarray(1)) x = (x << 8n) | BigInt(c);
    return Number(x);
  }
  const s = latin.decode(b).replace(/^[ \0]+|[ \0]+$/g, '');
  if (s === '') return 0;
  if (!/^[0-7]+$/.test(s)) throw new HeaderError(ERR_HEADER);
  return parseInt(s, 8);
}

/** block.GetFormat: the checksum (unsigned or signed) must match. */
function checksumOk(blk: Uint8Array): boolean {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const c = i >= 148 && i < 156 ? 0x20 : blk[i]!;
    unsigned += c;
    signed += c >= 0x80 ? c - 256 : c;
  }
  const field = latin.decode(blk.subarray(148, 156)).replace(/^[ \0]+|[ \0]+$/g, '');
  if (!/^[0-7]+$/.test(field)) return false;
  const value = parseInt(field, 8);
  return value === unsigned || value === signed;
}

/** parsePAX: "<len> key=value\n" records. */
function parsePax(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let s = utf8.decode(data);
  while (s.length > 0) {
    const sp = s.indexOf(' ');
    const len = Number(s.slice(0, sp));
    if (sp <= 0 || !Number.isInteger(len) || len <= sp) throw new HeaderError(ERR_HEADER);
    const rec = Buffer.from(s).subarray(0, len).toString();
    const body = rec.slice(sp + 1, -1);
    const eq = body.indexOf('=');
    if (!rec.endsWith('\n') || eq <= 0) throw new HeaderError(ERR_HEADER);
    records.set(body.slice(0, eq), body.slice(eq + 1));
    s = s.slice(rec.length);
  }
  return records;
}

const HEADER_ONLY = new Set(['1', '2', '3', '4', '5', '6']);

/** Go's tar.Reader over the whole archive: the entries Next() returns, then the error that stops it. */
export function readTar(tar: Uint8Array): { entries: TarEntry[]; error?: string } {
  const entries: TarEntry[] = [];
  let pos = 0;
  let pax = new Map<string, string>();
  let longName: string | undefined;
  let longLink: string | undefined;
  try {
    for (;;) {
      if (pos === tar.length) return { entries };
      if (tar.length - pos < BLOCK) return { entries, error: 'unexpected EOF' };
      const blk = tar.subarray(pos, pos + BLOCK);
      pos += BLOCK;
      if (blk.every((c) => c === 0)) {
        if (pos === tar.length) return { entries };
        if (tar.length - pos < BLOCK) return { entries, error: 'unexpected EOF' };
        if (tar.subarray(pos, pos + BLOCK).every((c) => c === 0)) return { entries };
        throw new HeaderError(ERR_HEADER);
      }
      if (!checksumOk(blk)) throw new HeaderError(ERR_HEADER);
      const typeflag = String.fromCharCode(blk[156]!);
      const magic = latin.decode(blk.subarray(257, 263));
      let name = cString(blk.subarray(0, 100));
      if (magic === 'ustar\0') {
        const prefix = cString(blk.subarray(345, 500));
        if (prefix !== '') name = `${prefix}/${name}`;
      }
      const mode = numeric(blk.subarray(100, 108));
      const uid = numeric(blk.subarray(108, 116));
      const gid = numeric(blk.subarray(116, 124));
      let size = numeric(blk.subarray(124, 136));
      const mtime = numeric(blk.subarray(136, 148));
      const isMeta = typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K';
      if (!isMeta && pax.has('size')) size = paxNumber(pax.get('size'));
      if (HEADER_ONLY.has(typeflag)) size = 0;
      if (size < 0) throw new HeaderError(ERR_HEADER);
      const end = pos + size;
      if (end > tar.length && isMeta) return { entries, error: 'unexpected EOF' };
      const data = tar.subarray(pos, Math.min(end, tar.length));
      pos = Math.min(end + ((BLOCK - (size % BLOCK)) % BLOCK), tar.length);
      if (typeflag === 'x') {
        pax = parsePax(data);
        continue;
      }
      if (typeflag === 'L' || typeflag === 'K') {
        const s = cString(data);
        if (typeflag === 'L') longName = s;
        else longLink = s;
        continue;
      }
      if (typeflag === 'g') {
        parsePax(data); // a global header is returned by Next() (and skipped by the untar)
        entries.push({ name, typeflag, mode, uid, gid, mtime, linkname: '', data });
        continue;
      }
      // mergePAX, then the GNU long names, then the old trailing-slash rule for TypeRegA
      const finalName = longName ?? pax.get('path') ?? name;
      const type = typeflag === '\0' ? (finalName.endsWith('/') ? '5' : '0') : typeflag;
      entries.push({
        name: finalName,
        typeflag: type,
        mode,
        uid: pax.has('uid') ? paxNumber(pax.get('uid')) : uid,
        gid: pax.has('gid') ? paxNumber(pax.get('gid')) : gid,
        mtime: pax.has('mtime') ? Math.floor(Number(pax.get('mtime'))) : mtime,
        linkname: longLink ?? pax.get('linkpath') ?? cString(blk.subarray(157, 257)),
        data,
      });
      if (end > tar.length) return { entries, error: 'unexpected EOF' };
      pax = new Map();
      longName = undefined;
      longLink = undefined;
    }
  } catch (e) {
    if (e instanceof HeaderError) return { entries, error: e.message };
    throw e;
  }
}

function paxNumber(v: string | undefined): number {
  if (v === undefined || !/^-?\d+$/.test(v)) throw new HeaderError(ERR_HEADER);
  return Number(v);
}
