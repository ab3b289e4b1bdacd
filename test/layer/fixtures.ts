/**
 * Test fixtures. Layer tars observed on Docker 20.10.24 (overlay2) are kept as base64 of their
 * gzip; small hand-made tars are built with an encoder of their own (tar-stream's conventions:
 * "000644 \0" fields, a "%06o \0" checksum), so the reader is not tested only against strata's
 * writer.
 */
import { gunzipSync } from 'node:zlib';

/**
 * `docker run --name tar-x base:1 rm /bin/cp; docker commit tar-x tar-img:1; docker save`:
 * the committed layer (2048 bytes, DiffID 1e2a8993…). Entries: "bin/" (040755, mtime 1795926032,
 * uname/gname "root") and "bin/.wh.cp" (0000600, size 0, mtime of the deletion, "root").
 */
export const COMMIT_RM_LAYER = gunzipSync(
  Buffer.from(
    'H4sIAAAAAAACA0vKzNNnoDEwMDAxMDc1BdJggE6D2YamxgZG5kYmBkZAcUNDMyNjBgVTBjqA0uKSxCKgU4ry80vwqSMkj+65IQKSgPGvV56hl1xAy/g3MDDDjHc88W9kZmjKoGAwGv+jYBSMglFAMwAAP2IzIgAIAAA=',
    'base64',
  ),
);
export const COMMIT_RM_DIFF_ID = 'sha256:1e2a899340f15ce7e15f6f6928e4faa1f56d6bbe01662fdb350572920049b9e5';

/**
 * The third layer of tar-img:3: on top of a layer with /d (0750), d/e/ and d/f, the container ran
 * `rm -rf /d && mkdir /d && echo new > /d/g && chmod 0710 /d`. Entries: "d/" (040710),
 * "d/.wh..wh..opq" (0000710, mtime 0), "d/g" (0100644, 4 bytes). DiffID 9ac1b6ee…, layer size 4.
 */
export const COMMIT_OPAQUE_LAYER = gunzipSync(
  Buffer.from(
    'H4sIAAAAAAACA+3TTQqEMAwF4Kw9hSfQlzTa8ww4jKvp+DN4/ZHupgtdtSDmg5JAu2h4ZGgpO0DhGXuN0hp77hzEi0IcgVk8qO6ogO+yPub9K3MI69G7s/t0uIsY2mYbm3jCZ8qVP07z/+vZCXqqYfkXyP+Vf/8Z6FUP8td0/1XZ8i/h/dwqMsYYczs/oflQigAMAAA=',
    'base64',
  ),
);
export const COMMIT_OPAQUE_DIFF_ID = 'sha256:9ac1b6ee401ea9fa9e4e4948d4b74e6c6b1bd85fcacced20ec560c2c09f6812f';

/**
 * `ln -s busybox /bin/zz; mkdir /u; chmod 4755 /u; touch /u/f; chmod 6755 /u/f`, committed:
 * "bin/" 040755, "bin/zz" 0120777 -> busybox, "u/" 044755, "u/f" 0106755. DiffID 3817821b….
 */
export const COMMIT_SYMLINK_SETUID_LAYER = gunzipSync(
  Buffer.from(
    'H4sIAAAAAAACA+2TPQrDMAxGfZTcIJL8o/PUQ6FLDIkNSU5f4TFDiwcFAnqLDBLI4vHlzzI7ZQACcIxSO9fa3xg9EFNAjw4QEyU3RXcDbauvVb6yllJ/zf3rX497CFn8n6eyfyRg5gH/vvun3LYjl938K54/6++Q/IfB/HvL/13+3/r+EdKg/5DEP5h/wzAMNb5TatXUAAwAAA==',
    'base64',
  ),
);
export const COMMIT_SYMLINK_SETUID_DIFF_ID = 'sha256:3817821b155daf9ef8fb69ec0cfc021fd58294984f16b9402dd6091fc3274229';

/**
 * Docker's layer with the mtime of given blocks zeroed (a whiteout's deletion time, which strata
 * keeps not), and the checksum recomputed the way Go does ("%06o\0 "), so the rest of its headers,
 * owner names included, can be compared byte for byte.
 */
export const withMtimesZeroed = (tar: Uint8Array, zeroMtimeBlocks: readonly number[] = []): Uint8Array => {
  const out = Uint8Array.from(tar);
  const headers = headerOffsets(out);
  for (const [i, off] of headers.entries()) {
    if (zeroMtimeBlocks.includes(i)) out.set(new TextEncoder().encode('00000000000\0'), off + 136);
    out.fill(0x20, off + 148, off + 156);
    let sum = 0;
    for (let j = 0; j < 512; j++) sum += out[off + j] ?? 0;
    out.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\0 `), off + 148);
  }
  return out;
};

/** Offsets of the header blocks of a simple (no PAX) archive. */
export const headerOffsets = (tar: Uint8Array): number[] => {
  const offsets: number[] = [];
  for (let off = 0; off + 512 <= tar.length; ) {
    const blk = tar.subarray(off, off + 512);
    if (blk.every((b) => b === 0)) break;
    offsets.push(off);
    const size = parseInt(new TextDecoder().decode(blk.subarray(124, 135)), 8);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return offsets;
};

/** tar-stream's numeric field: zero-padded octal and a space (sevens when too large). */
const octal = (value: number, digits: number): string => {
  const s = value.toString(8);
  return s.length > digits ? `${'7'.repeat(digits)} ` : `${s.padStart(digits, '0')} `;
};

/** A "<len> key=value\n" PAX record, its length counting itself. */
const paxRecord = (key: string, value: string): string => {
  const body = ` ${key}=${value}\n`;
  const len = Buffer.byteLength(body);
  let digits = String(len).length;
  if (len + digits >= 10 ** digits) digits++;
  return `${len + digits}${body}`;
};

const TYPEFLAGS: Record<string, number> = { file: 0x30, link: 0x31, symlink: 0x32, 'character-device': 0x33, directory: 0x35, fifo: 0x36, 'pax-header': 0x78 };

export interface RawSpec {
  readonly name: string;
  readonly type?: 'file' | 'directory' | 'symlink' | 'link' | 'character-device' | 'fifo' | 'pax-header';
  readonly data?: string | Uint8Array;
  readonly mode?: number;
  readonly linkname?: string;
  readonly mtime?: number;
  readonly uid?: number;
  readonly gid?: number;
  /** write the name (and link name) through a PAX header */
  readonly pax?: boolean;
  /** write the name through a GNU ././@LongLink ('L') entry */
  readonly gnuLongName?: boolean;
}

const pad = (n: number): Buffer => Buffer.alloc((512 - (n % 512)) % 512);

/** A tar built with the encoder below; `end: false` leaves out the two zero blocks. */
export const rawTar = (entries: readonly RawSpec[], { end = true } = {}): Uint8Array => {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data ?? new Uint8Array(0));
    const type = e.type ?? 'file';
    let name = e.name;
    let linkname = e.linkname ?? '';
    if (e.pax === true) {
      const paxData = Buffer.from(paxRecord('path', name) + (linkname !== '' ? paxRecord('linkpath', linkname) : ''));
      parts.push(header({ name: 'PaxHeader', type: 'pax-header', size: paxData.length }), paxData, pad(paxData.length));
      name = 'placeholder';
      linkname = linkname === '' ? '' : 'placeholder';
    }
    if (e.gnuLongName === true) {
      const longName = Buffer.from(`${name}\0`);
      const blk = header({ name: '././@LongLink', type: 'file', size: longName.length });
      blk[156] = 0x4c; // 'L'
      blk.fill(0x20, 148, 156);
      let sum = 0;
      for (const b of blk) sum += b;
      blk.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
      parts.push(blk, longName, pad(longName.length));
      name = 'placeholder';
    }
    parts.push(header({ name, type, size: type === 'file' ? data.length : 0, mode: e.mode, linkname, mtime: e.mtime, uid: e.uid, gid: e.gid }));
    if (type === 'file') parts.push(data, pad(data.length));
  }
  if (end) parts.push(Buffer.alloc(1024));
  return new Uint8Array(Buffer.concat(parts));
};

/** A USTAR header as tar-stream encodes one (ASCII names; a long one split at its first slashes). */
const header = (h: { name: string; type: string; size: number; mode?: number | undefined; linkname?: string; mtime?: number | undefined; uid?: number | undefined; gid?: number | undefined }): Buffer => {
  const typeflag = TYPEFLAGS[h.type];
  if (typeflag === undefined) throw new Error(`fixture: no typeflag for ${h.type}`);
  let name = h.name;
  if (Buffer.byteLength(name) !== name.length) throw new Error(`fixture: cannot encode ${h.name}`);
  let prefix = '';
  while (Buffer.byteLength(name) > 100) {
    const i = name.indexOf('/');
    if (i < 0) throw new Error(`fixture: cannot encode ${h.name}`);
    prefix += prefix === '' ? name.slice(0, i) : `/${name.slice(0, i)}`;
    name = name.slice(i + 1);
  }
  if (Buffer.byteLength(prefix) > 155 || Buffer.byteLength(h.linkname ?? '') > 100) throw new Error(`fixture: cannot encode ${h.name}`);
  const blk = Buffer.alloc(512);
  blk.write(name, 0);
  blk.write(octal((h.mode ?? (h.type === 'directory' ? 0o755 : 0o644)) & 0o7777, 6), 100, 'latin1');
  blk.write(octal(h.uid ?? 0, 6), 108, 'latin1');
  blk.write(octal(h.gid ?? 0, 6), 116, 'latin1');
  blk.write(octal(h.size, 11), 124, 'latin1');
  blk.write(octal(h.mtime ?? 0, 11), 136, 'latin1');
  blk[156] = typeflag;
  blk.write(h.linkname ?? '', 157);
  blk.write('ustar\0' + '00', 257, 'latin1');
  blk.write(octal(0, 6), 329, 'latin1');
  blk.write(octal(0, 6), 337, 'latin1');
  if (prefix !== '') blk.write(prefix, 345);
  blk.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of blk) sum += b;
  blk.fill(0, 148, 156);
  blk.write(octal(sum, 6), 148, 'latin1');
  return blk;
};
