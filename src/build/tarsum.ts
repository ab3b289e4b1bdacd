/**
 * The tar headers the classic builder hashes and the client sends, as moby 20.10's pkg/archive /
 * pkg/tarsum shape them over Go's archive/tar (src/go/tar).
 *
 * - A header's mode carries the permission and set-id/sticky bits plus Go 1.8's file-type bits
 *   (fillGo18FileTypeBits): 0100644 for a file, 040755 for a directory, 0120777 for a symlink; a
 *   directory's name ends with "/" (canonicalTarName).
 * - tarsum v1 of an entry: sha256 of "name<name>mode<decimal>uid<u>gid<g>size<n>typeflag<t>linkname<l>
 *   uname<u>gname<g>devmajor0devminor0" then the file's bytes; the modification time is not in it
 *   (so a `touch` does not change a COPY's hash: observed). The context's sums blank uname/gname
 *   (pkg/tarsum, "compatible with versions before go 1.10"); the hashes of an image's files
 *   (COPY --from, remotecontext.NewFileHash) keep them.
 * - The bytes Go's tar writer spends on an entry are src/go/tar's entrySize.
 */
import { createHash } from 'node:crypto';
import { humanSize } from '../core/time.js';
import { C_ISDIR, C_ISLNK, C_ISREG, type Header } from '../go/tar/index.js';

export type Typeflag = '0' | '1' | '2' | '5';

/** The header fields tarsum and the size depend on. */
export interface TarHeader extends Header {
  readonly typeflag: Typeflag;
}

const TYPE_BITS = { file: C_ISREG, dir: C_ISDIR, symlink: C_ISLNK } as const;

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

/**
 * What the client writes to a non-terminal stdout for the upload (observed with `od -c`): the last
 * progress update only, the size right-aligned in 8 columns, then "\r\r\n".
 */
export function sendingContextLine(bytes: number): string {
  return `Sending build context to Docker daemon ${humanSize(bytes, 4).padStart(8)}\r\r\n`;
}
