/**
 * Errors of tars and archives: the daemon's untar (import, load, ADD), `docker load`'s own checks,
 * and `load --format oci` (strata's own texts: 20.10 cannot load such a layout). See core/errors.ts.
 */
import { goQuote } from '../../go/strconv.js';
import type { DockerError, ErrorTable } from '../errors.js';
import { type Errno, errnoText } from './go.js';

/** Which blob of an OCI layout: the manifest, the config, or the layer of that index. */
export type OciBlob = 'manifest' | 'config' | number;

export type ArchiveError =
  /** the untar (a re-exec'd child) failed: its output, `cause` */
  | { readonly code: 'untar_failed'; readonly cause: DockerError }
  /** the untar failed with an error of its own (tar-split's, gzip's) and no output */
  | { readonly code: 'untar_error'; readonly cause: DockerError }
  /** Go's gzip reader on a corrupt stream: zlib's own words (the engine's carry an offset zlib does not report) */
  | { readonly code: 'gzip_corrupt'; readonly zlib: string }
  | { readonly code: 'untar_header_type'; readonly typeflag: number }
  | { readonly code: 'pivot_dir'; readonly cause: DockerError }
  | { readonly code: 'mknod_failed'; readonly path: string; readonly errno: Errno }
  | { readonly code: 'setxattr_failed'; readonly path: string; readonly errno: Errno }
  /** Unpack: an entry's (cleaned) name leads out of the destination (breakoutError) */
  | { readonly code: 'untar_breakout'; readonly name: string; readonly dest: string }
  /** Unpack with NoOverwriteDirNonDir (docker cp): an entry would replace a directory by a non-directory (`directory`) or the reverse */
  | { readonly code: 'untar_overwrite'; readonly path: string; readonly dest: string; readonly directory: boolean }
  // --- docker load (image/tarexport/load.go)
  | { readonly code: 'invalid_diff_id'; readonly index: number; readonly expected: string; readonly got: string }
  | { readonly code: 'history_too_long' }
  | { readonly code: 'invalid_parent'; readonly parent: string; readonly id: string }
  | { readonly code: 'invalid_repository_name'; readonly name: string }
  | { readonly code: 'invalid_tag'; readonly tag: string }
  | { readonly code: 'no_rootfs' }
  | { readonly code: 'windows_image' }
  | { readonly code: 'layers_mismatch'; readonly expected: number; readonly got: number }
  | { readonly code: 'invalid_target_id'; readonly id: string }
  // --- load --format oci (strata's own)
  /** a file of the layout is not JSON: the JSON parser's message */
  | { readonly code: 'oci_not_json'; readonly file: 'oci-layout' | 'index.json' | 'manifest'; readonly digest?: string; readonly error: string }
  | { readonly code: 'oci_no_layout_file' }
  | { readonly code: 'oci_no_layout_version' }
  | { readonly code: 'oci_no_index' }
  | { readonly code: 'oci_media_type'; readonly mediaType?: string }
  | { readonly code: 'oci_bad_digest'; readonly blob: OciBlob; readonly digest: string }
  | { readonly code: 'oci_blob_missing'; readonly blob: OciBlob; readonly digest: string }
  | { readonly code: 'oci_blob_mismatch'; readonly blob: OciBlob; readonly digest: string; readonly size: number; readonly actual: string };

const blob = (b: OciBlob): string => (typeof b === 'number' ? `layer ${b}` : b);

export const archiveErrors = (): ErrorTable<ArchiveError> => ({
  untar_failed: ['invalid', (e, r) => `Error processing tar file(exit status 1): ${r(e.cause)}`],
  untar_error: ['invalid', (e, r) => `Error processing tar file(${r(e.cause)}): `],
  gzip_corrupt: ['invalid', (e) => `gzip: ${e.zlib}`],
  untar_header_type: ['invalid', (e) => `unhandled tar header type ${e.typeflag}\n`],
  pivot_dir: ['system', (e, r) => `Error setting up pivot dir: ${r(e.cause)}`],
  mknod_failed: ['system', (e) => `failed to mknod("${e.path}", S_IFCHR, 0): ${errnoText(e.errno)}`],
  untar_breakout: ['invalid', (e) => `${goQuote(e.name)} is outside of ${goQuote(e.dest)}`],
  untar_overwrite: [
    'invalid',
    (e) =>
      e.directory
        ? `cannot overwrite directory ${goQuote(e.path)} with non-directory ${goQuote(e.dest)}`
        : `cannot overwrite non-directory ${goQuote(e.path)} with directory ${goQuote(e.dest)}`,
  ],
  setxattr_failed: ['system', (e) => `setxattr("${e.path}", trusted.overlay.opaque=y): ${errnoText(e.errno)}`],

  invalid_diff_id: ['invalid', (e) => `invalid diffID for layer ${e.index}: expected ${JSON.stringify(e.expected)}, got ${JSON.stringify(e.got)}`],
  history_too_long: ['invalid', () => 'too many non-empty layers in History section'],
  invalid_parent: ['invalid', (e) => `image ${e.parent} is not a valid parent for ${e.id}`],
  invalid_repository_name: ['invalid', (e) => `invalid repository name (${e.name}), cannot specify 64-byte hexadecimal strings`],
  invalid_tag: ['invalid', (e) => `invalid tag ${JSON.stringify(e.tag)}`],
  no_rootfs: ['invalid', () => 'invalid image JSON, no RootFS key'],
  windows_image: ['invalid', () => 'cannot load windows image on linux'],
  layers_mismatch: ['invalid', (e) => `invalid manifest, layers length mismatch: expected ${e.expected}, got ${e.got}`],
  invalid_target_id: ['invalid', (e) => `invalid target ID: ${e.id}`],

  oci_not_json: ['invalid', (e) => `strata: ${e.file}${e.file === 'manifest' ? ` ${e.digest}` : ''} is not JSON: ${e.error}`],
  oci_no_layout_file: ['invalid', () => 'strata: not an OCI image layout: it has no oci-layout file'],
  oci_no_layout_version: ['invalid', () => 'strata: oci-layout does not give an imageLayoutVersion'],
  oci_no_index: ['invalid', () => 'strata: not an OCI image layout: it has no index.json'],
  oci_media_type: ['invalid', (e) => `strata: index.json: a manifest of media type ${JSON.stringify(e.mediaType)}`],
  oci_bad_digest: ['invalid', (e) => `strata: ${blob(e.blob)}: unsupported or invalid digest ${JSON.stringify(e.digest)}`],
  oci_blob_missing: ['invalid', (e) => `strata: ${blob(e.blob)}: blob ${e.digest} is missing`],
  oci_blob_mismatch: [
    'invalid',
    (e) => `strata: ${blob(e.blob)}: blob ${e.digest} does not match its descriptor (its ${e.size} bytes hash to ${e.actual})`,
  ],
});
