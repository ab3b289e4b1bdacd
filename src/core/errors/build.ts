/**
 * The build's errors past the Dockerfile: a step that fails (its error is the stream's last
 * message), COPY and ADD, `--chown`, and what the client reports about the build context and
 * `.dockerignore` before it sends anything. See core/errors.ts.
 */
import type { DockerError, ErrorTable } from '../errors.js';

export type BuildError =
  /**
   * A step failed: `cause` is the stream's error; `step` the failing step's number (`Step i/N`),
   * absent when the build failed after its last step; `exitCode` the client's (a failing RUN's own, else 1).
   */
  | { readonly code: 'build_failed'; readonly step?: number; readonly cause: DockerError; readonly exitCode: number }
  | { readonly code: 'run_failed'; readonly argv: readonly string[]; readonly exitCode: number }
  | { readonly code: 'invalid_container_port'; readonly spec: string }
  | { readonly code: 'workdir_empty' }
  | { readonly code: 'stage_name_used'; readonly name: string }
  | { readonly code: 'no_image_generated' }
  /** strata's own: a FROM or COPY --from naming an image that is not here (the engine would pull it) */
  | { readonly code: 'no_registry'; readonly image: string }
  // --- COPY and ADD (copy.ts)
  /** the sources could not be resolved: `cause` */
  | { readonly code: 'copy_failed'; readonly instruction: 'COPY' | 'ADD'; readonly cause: DockerError }
  | { readonly code: 'copy_url_source' }
  | { readonly code: 'missing_context' }
  | { readonly code: 'no_source_files' }
  | { readonly code: 'forbidden_path'; readonly path: string }
  /** a source missing from the context (`cause`: its stat) */
  | { readonly code: 'source_not_in_context'; readonly cause: DockerError }
  | { readonly code: 'copy_dest_not_dir'; readonly instruction: 'COPY' | 'ADD' }
  /** performCopy's loop failed: `cause` */
  | { readonly code: 'copy_files_failed'; readonly cause: DockerError }
  | { readonly code: 'copy_source_not_found'; readonly cause: DockerError }
  | { readonly code: 'create_dir_failed'; readonly cause: DockerError }
  | { readonly code: 'copy_dir_failed'; readonly cause: DockerError }
  // --- --chown (chown.ts)
  | { readonly code: 'chown_mapping'; readonly cause: DockerError }
  | { readonly code: 'chown_format'; readonly chown: string }
  /** `/etc/passwd` or `/etc/group` could not be resolved in the image */
  | { readonly code: 'chown_resolve'; readonly file: string; readonly cause: DockerError }
  | { readonly code: 'chown_lookup'; readonly kind: 'user' | 'group'; readonly name: string; readonly cause: DockerError }
  | { readonly code: 'no_such_id'; readonly kind: 'user' | 'group'; readonly name: string }
  // --- the build context, as the client reads it (context-fs.ts, context.ts, dockerignore.ts)
  | { readonly code: 'prepare_context'; readonly cause: DockerError }
  | { readonly code: 'context_not_found'; readonly dir: string }
  | { readonly code: 'eval_symlinks'; readonly what: 'context path' | 'Dockerfile path'; readonly cause: DockerError }
  | { readonly code: 'context_not_directory'; readonly root: string }
  | { readonly code: 'check_context'; readonly cause: DockerError }
  | { readonly code: 'cant_stat'; readonly path: string }
  | { readonly code: 'no_read_permission'; readonly path: string }
  | { readonly code: 'dockerfile_not_located'; readonly path: string }
  | { readonly code: 'dockerignore_read'; readonly cause: DockerError }
  | { readonly code: 'illegal_exclusion' }
  /** filepath.ErrBadPattern */
  | { readonly code: 'bad_pattern' };

export const buildErrors = (): ErrorTable<BuildError> => ({
  build_failed: ['system', (e, r) => r(e.cause)],
  run_failed: ['system', (e) => `The command '${e.argv.join(' ')}' returned a non-zero code: ${e.exitCode}`],
  invalid_container_port: ['invalid', (e) => `Invalid containerPort: ${e.spec}`],
  workdir_empty: ['invalid', () => 'cannot normalize nothing'],
  stage_name_used: ['invalid', (e) => `${e.name} stage name already used`],
  no_image_generated: ['system', () => 'No image was generated. Is your Dockerfile empty?'],
  no_registry: ['not_found', (e) => `strata has no registry to pull from: no image ${e.image} here (the engine would try to pull it)`],

  copy_failed: ['invalid', (e, r) => `${e.instruction} failed: ${r(e.cause)}`],
  copy_url_source: ['invalid', () => "source can't be a URL for COPY"],
  missing_context: ['invalid', () => 'missing build context'],
  no_source_files: ['invalid', () => 'no source files were specified'],
  forbidden_path: ['invalid', (e) => `forbidden path outside the build context: ${e.path} ()`],
  source_not_in_context: ['not_found', (e, r) => `file not found in build context or excluded by .dockerignore: ${r(e.cause)}`],
  copy_dest_not_dir: ['invalid', (e) => `When using ${e.instruction} with more than one source file, the destination must be a directory and end with a /`],
  copy_files_failed: ['system', (e, r) => `failed to copy files: ${r(e.cause)}`],
  copy_source_not_found: ['system', (e, r) => `source path not found: ${r(e.cause)}`],
  create_dir_failed: ['system', (e, r) => `failed to create new directory: ${r(e.cause)}`],
  copy_dir_failed: ['system', (e, r) => `failed to copy directory: ${r(e.cause)}`],

  chown_mapping: ['invalid', (e, r) => `unable to convert uid/gid chown string to host mapping: ${r(e.cause)}`],
  chown_format: ['invalid', (e) => `invalid chown string format: ${e.chown}`],
  chown_resolve: ['invalid', (e, r) => `can't resolve ${e.file} path in container rootfs: ${r(e.cause)}`],
  chown_lookup: ['invalid', (e, r) => `can't find ${e.kind === 'user' ? 'uid for user' : 'gid for group'} ${e.name}: ${r(e.cause)}`],
  no_such_id: ['not_found', (e) => `no such ${e.kind}: ${e.name}`],

  prepare_context: ['invalid', (e, r) => `unable to prepare context: ${r(e.cause)}`],
  context_not_found: ['not_found', (e) => `path ${JSON.stringify(e.dir)} not found`],
  eval_symlinks: ['invalid', (e, r) => `unable to evaluate symlinks in ${e.what}: ${r(e.cause)}`],
  context_not_directory: ['invalid', (e) => `context must be a directory: ${e.root}`],
  check_context: ['invalid', (e, r) => `error checking context: ${r(e.cause)}`],
  cant_stat: ['invalid', (e) => `can't stat '${e.path}'`],
  no_read_permission: ['invalid', (e) => `no permission to read from '${e.path}'`],
  dockerfile_not_located: ['not_found', (e) => `Cannot locate specified Dockerfile: ${e.path}`],
  dockerignore_read: ['invalid', (e, r) => `Error reading .dockerignore: ${r(e.cause)}`],
  illegal_exclusion: ['invalid', () => 'illegal exclusion pattern: "!"'],
  bad_pattern: ['invalid', () => 'syntax error in pattern'],
});
