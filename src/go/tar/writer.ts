/**
 * Go 1.19's archive/tar Writer with Format = PAX, as moby 20.10's pkg/archive uses it
 * (archive/tar/writer.go: writeUSTARHeader, writePAXHeader, writeRawFile, templateV7Plus; format.go's
 * block.SetFormat; strconv.go's formatter). Observed on Docker 20.10.24 (`docker save` of a commit,
 * `xxd`): numeric fields are zero-padded octal ended by NUL ("0000644\0"), the checksum is
 * "%06o\0 ", magic "ustar\0" version "00", devmajor/devminor "0000000\0". USTAR is written whenever
 * it can encode the header, else a PAX extended header precedes it. An archive ends with exactly
 * 1024 zero bytes, no padding to a 10240-byte record.
 */
import { BLOCK, END_OF_ARCHIVE, type Header, fitsInOctal, paxRecords, splitUSTARPath, toASCII } from './header.js';

const TYPE_PAX = 0x78; // 'x'
const utf8 = new TextEncoder();
const EMPTY = new Uint8Array(0);

/** formatter.formatString, including its fix-up of a trailing slash cut by truncation. */
const putString = (blk: Uint8Array, off: number, len: number, s: string): void => {
  if (isAscii(s, len)) {
    // the common case (octal numbers, short ASCII names), byte by byte: an encode per field cost more
    for (let i = 0; i < s.length; i++) blk[off + i] = s.charCodeAt(i);
    return;
  }
  const b = utf8.encode(s);
  blk.set(b.subarray(0, len), off);
  if (b.length > len && blk[off + len - 1] === 0x2f) {
    let n = len;
    while (n > 0 && b[n - 1] === 0x2f) n--;
    blk[off + n] = 0;
  }
};

/** ASCII, and short enough to fit in `len` whole (so neither cut nor fixed up). */
const isAscii = (s: string, len: number): boolean => {
  if (s.length > len) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};

/** formatter.formatOctal: zero-padded octal leaving room for a NUL; 0 when it does not fit. */
const putOctal = (blk: Uint8Array, off: number, len: number, x: number): void => {
  const s = (fitsInOctal(len, x) ? x : 0).toString(8);
  putString(blk, off, len, s.padStart(len - 1, '0'));
};

/** block.SetFormat(USTAR or PAX): the magic and version, then the checksum as "%06o\0 ". */
const setFormat = (blk: Uint8Array): Uint8Array => {
  putString(blk, 257, 6, 'ustar\0');
  putString(blk, 263, 2, '00');
  let sum = 8 * 0x20;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += blk[i] ?? 0;
  putOctal(blk, 148, 7, sum);
  blk[155] = 0x20;
  return blk;
};

const padded = (data: Uint8Array): Uint8Array[] => {
  const rem = data.length % BLOCK;
  return rem === 0 ? [data] : [data, new Uint8Array(BLOCK - rem)];
};

const roundUp = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

/** templateV7Plus: the fields shared by the USTAR and the PAX main header. */
const templateV7Plus = (h: Header, name: string, fmt: (s: string) => string): Uint8Array => {
  const blk = new Uint8Array(BLOCK);
  blk[156] = h.typeflag.charCodeAt(0);
  putString(blk, 0, 100, fmt(name));
  putString(blk, 157, 100, fmt(h.linkname));
  putOctal(blk, 100, 8, h.mode);
  putOctal(blk, 108, 8, h.uid);
  putOctal(blk, 116, 8, h.gid);
  putOctal(blk, 124, 12, h.size);
  putOctal(blk, 136, 12, h.mtime);
  putString(blk, 265, 32, fmt(h.uname));
  putString(blk, 297, 32, fmt(h.gname));
  putOctal(blk, 329, 8, 0);
  putOctal(blk, 337, 8, 0);
  return blk;
};

/** writePAXHeader's extended header name: path.Join(dir, "PaxHeaders.0", file), as writeRawFile cuts it. */
const paxHeaderName = (name: string): string => {
  const slash = name.lastIndexOf('/');
  const dir = slash < 0 ? '' : name.slice(0, slash);
  const file = name.slice(slash + 1);
  return toASCII([dir, 'PaxHeaders.0', file].filter((s) => s !== '').join('/'))
    .slice(0, 100)
    .replace(/\/+$/, '');
};

/**
 * WriteHeader then Write of `data` (h.size bytes; none for links and directories): the header
 * block, after a PAX extended header when USTAR cannot encode it, then the data padded to a block.
 */
export function entryBlocks(h: Header, data: Uint8Array = EMPTY): Uint8Array[] {
  const records = paxRecords(h);
  if (records === null) {
    const split = splitUSTARPath(h.name);
    const blk = templateV7Plus(h, split ? split[1] : h.name, (s) => s);
    if (split) putString(blk, 345, 155, split[0]);
    return [setFormat(blk), ...padded(data)];
  }
  const paxData = utf8.encode(records.join(''));
  const head = new Uint8Array(BLOCK);
  head[156] = TYPE_PAX;
  putString(head, 0, 100, paxHeaderName(h.name));
  putOctal(head, 100, 8, 0);
  putOctal(head, 108, 8, 0);
  putOctal(head, 116, 8, 0);
  putOctal(head, 124, 12, paxData.length);
  putOctal(head, 136, 12, 0);
  const main = templateV7Plus(h, h.name, toASCII);
  return [setFormat(head), ...padded(paxData), setFormat(main), ...padded(data)];
}

/** The bytes entryBlocks writes for this header and its data, without writing them. */
export function entrySize(h: Header): number {
  const data = roundUp(h.size);
  const records = paxRecords(h);
  if (records === null) return BLOCK + data;
  let length = 0;
  for (const r of records) length += utf8.encode(r).length;
  return BLOCK + roundUp(length) + BLOCK + data;
}

/** The blocks of every entry, then the end of the archive (Close): 1024 zero bytes. */
export function archive(blocks: readonly Uint8Array[]): Uint8Array {
  let total = END_OF_ARCHIVE;
  for (const c of blocks) total += c.length;
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of blocks) {
    out.set(c, off);
    off += c.length;
  }
  return out; // the trailing END_OF_ARCHIVE bytes are already zero
}

