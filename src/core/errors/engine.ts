/**
 * The daemon's API errors for containers, images, references, exec and events, and strata's own two
 * codes (`unsupported`, `model_bug`). See core/errors.ts.
 */
import { goQuote, numError } from '../../go/strconv.js';
import type { TemplateError } from '../../template/index.js';
import type { DockerError, ErrorTable } from '../errors.js';
import { errnoText } from './go.js';

/** The errno of a failed lookup, as the interpreter's filesystem names it (sh/fs.ts). */
type LookupErrno = 'ENOENT' | 'ENOTDIR' | 'ELOOP' | 'EACCES' | 'EPERM' | 'EEXIST' | 'EISDIR' | 'ENOTEMPTY' | 'EINVAL' | 'EROFS' | 'EXDEV';

/** Why an image cannot be deleted (checkImageDeleteConflict). */
export type ImageConflictReason =
  | { readonly kind: 'children' }
  | { readonly kind: 'running'; readonly container: string }
  | { readonly kind: 'referenced' }
  | { readonly kind: 'stopped'; readonly container: string };

export type EngineError =
  | { readonly code: 'no_such_container'; readonly ref: string }
  | { readonly code: 'no_such_image'; readonly ref: string }
  | { readonly code: 'image_config_missing'; readonly image: string }
  | { readonly code: 'no_such_object'; readonly ref: string }
  | { readonly code: 'ambiguous_container_prefix'; readonly prefix: string }
  | { readonly code: 'empty_reference' }
  /** a reference that does not parse: `ref` as given, `cause` the parser's error (invalid_reference_format) */
  | { readonly code: 'invalid_reference'; readonly ref: string; readonly cause: DockerError }
  /** reference.ParseNormalizedNamed's error, with what it adds to "invalid reference format" */
  | { readonly code: 'invalid_reference_format'; readonly detail?: 'hex' | 'too_long' | 'lowercase' }
  | { readonly code: 'invalid_container_name'; readonly name: string }
  | { readonly code: 'name_conflict'; readonly name: string; readonly id: string }
  | { readonly code: 'rename_conflict'; readonly name: string; readonly id: string }
  | { readonly code: 'rename_same_name' }
  | { readonly code: 'no_command' }
  | { readonly code: 'autoremove_with_restart' }
  | { readonly code: 'invalid_restart_policy'; readonly policy: string }
  | { readonly code: 'restart_max_retry'; readonly policy: string }
  | { readonly code: 'restart_negative_retry' }
  | { readonly code: 'invalid_workdir'; readonly dir: string }
  /** container.SetupWorkingDirectory: the working directory (as configured, cleaned) resolves to something that is not a directory */
  | { readonly code: 'workdir_not_dir'; readonly dir: string }
  | { readonly code: 'start_paused' }
  | { readonly code: 'restart_failed'; readonly ref: string; readonly cause: DockerError }
  /** runc's init: sethostname(2) refused the container's hostname (longer than 64 bytes) */
  | { readonly code: 'sethostname_invalid' }
  /**
   * runc could not exec PID 1 (`cause`: the lookup or the init's failure); the exit code the daemon
   * records for it. `daemon`: the daemon failed before runc was asked (its spec: the user's lookup).
   */
  | { readonly code: 'start_failed'; readonly cause: DockerError; readonly exitCode: number; readonly daemon?: true }
  /** libcontainer/user: a user name (or a non-number) no /etc/passwd entry has */
  | { readonly code: 'user_not_found'; readonly name: string }
  | { readonly code: 'group_not_found'; readonly name: string }
  /** libcontainer/user ErrRange: a numeric uid or gid outside 0..2^31-1 */
  | { readonly code: 'id_range' }
  /** exec.LookPath as runc runs it (sh/lookup.ts): why argv[0] cannot be executed */
  | {
      readonly code: 'lookup';
      readonly kind: 'not_found' | 'no_such_file' | 'permission_denied' | 'is_directory' | 'relative_to_cwd' | 'symlink_loop' | 'not_a_directory' | 'search_denied' | 'exec_denied';
      readonly argv0: string;
      /** the stat that failed, for a path with a slash */
      readonly errno?: LookupErrno;
      /** exec_denied: the file found, which runc's eaccess refused, and the operation its error names */
      readonly path?: string;
      readonly op?: 'exec' | 'eaccess';
    }
  | { readonly code: 'not_running'; readonly id: string }
  | { readonly code: 'already_paused'; readonly id: string }
  | { readonly code: 'not_paused'; readonly id: string }
  | { readonly code: 'restarting'; readonly id: string }
  | { readonly code: 'kill_not_running'; readonly ref: string; readonly id: string }
  | { readonly code: 'kill_no_such_container'; readonly ref: string }
  | { readonly code: 'invalid_signal'; readonly signal: string }
  | { readonly code: 'kill_unsupported_signal'; readonly ref: string; readonly signal: string }
  | { readonly code: 'exec_paused'; readonly name: string }
  /** an exec that could not start (`cause`: exec_no_command, exec_chdir, exec_lookup) and the exit code the client shows */
  | { readonly code: 'exec_failed'; readonly cause: DockerError; readonly exitCode: number }
  | { readonly code: 'exec_no_command' }
  /** runc could not enter the working directory: it is missing, or not a directory (runc then adds its mount hint) */
  | { readonly code: 'exec_chdir'; readonly cwd: string; readonly notDirectory: boolean }
  | { readonly code: 'exec_lookup'; readonly cause: DockerError }
  | { readonly code: 'rm_running'; readonly id: string; readonly status: 'running' | 'paused' | 'restarting' }
  | { readonly code: 'invalid_change'; readonly instruction: string }
  | { readonly code: 'image_conflict_ref'; readonly ref: string; readonly container: string; readonly image: string }
  | { readonly code: 'image_conflict'; readonly image: string; readonly forced: boolean; readonly reason: ImageConflictReason }
  | { readonly code: 'invalid_filter'; readonly filter: string }
  | { readonly code: 'filter_atoi'; readonly value: string }
  /** a prune given `until` twice (getUntilFromPruneFilters) */
  | { readonly code: 'until_filters' }
  /** system prune's last step: the build cache's prune refused (builder-next toBuildkitPruneInfo, wrapped by the router) */
  | { readonly code: 'build_cache_prune'; readonly cause: DockerError }
  /** the build cache reads `until` as a Go duration only (`cause`: time.ParseDuration's error) */
  | { readonly code: 'filter_expects_duration'; readonly filter: string; readonly cause: DockerError }
  /** stop/restart: the `t` the API was sent is not a Go int (the client always sends one) */
  | { readonly code: 'stop_timeout_atoi'; readonly value: string; readonly error: string }
  | { readonly code: 'rename_invalid_name'; readonly name: string }
  /** update: a restart policy other than no for a container created with --rm (container.UpdateContainer) */
  | { readonly code: 'update_auto_remove'; readonly id: string }
  /** update: a container being removed, or dead (daemon/update.go) */
  | { readonly code: 'update_removal'; readonly id: string }
  /** save: a `name:tag` (or digest) the reference store does not hold */
  | { readonly code: 'reference_not_exist' }
  /** save: an id prefix that more than one image has */
  | { readonly code: 'ambiguous_digest' }
  /** save: an image without layers (FROM scratch and metadata only) */
  | { readonly code: 'empty_export' }
  /** save: tar-split read back a layer entry whose bytes differ from the tar's (its name, as the tar has it) */
  | { readonly code: 'layer_checksum_failed'; readonly name: string }
  /** events --since/--until: the client's error for a value (a Go time.Parse error, or time_or_duration) */
  | { readonly code: 'invalid_time'; readonly cause: DockerError }
  | { readonly code: 'time_or_duration'; readonly value: string }
  | { readonly code: 'events_since_after_until'; readonly since: string; readonly until: string }
  /** ps --format: the client's own run of the template before it asks for the list (cli/command/container/list.go) */
  | { readonly code: 'ps_template'; readonly stage: 'parse' | 'execute'; readonly cause: TemplateError }
  /** logs --since/--until: the client's error for a value, wrapped with the flag's name (client ContainerLogs) */
  | { readonly code: 'invalid_log_time'; readonly flag: 'since' | 'until'; readonly cause: DockerError }
  // --- docker cp: the daemon's (daemon/archive.go) and the client's (cli/command/container/cp.go, pkg/archive/copy.go)
  /** the daemon's 404 for a path that is not there (the client shows no_such_container_path instead) */
  | { readonly code: 'container_file_not_found'; readonly path: string; readonly ref: string }
  /** the client's text for any 404 of the archive endpoints: `container:path` as it asked */
  | { readonly code: 'no_such_container_path'; readonly ref: string; readonly path: string }
  | { readonly code: 'extract_not_directory' }
  /** idtools getentUser: `getent passwd KEY` found nothing (exit 2) */
  | { readonly code: 'getent_not_found'; readonly key: string; readonly database: 'passwd' }
  /** ErrRootFSReadOnly: an extraction into a --read-only container's rootfs (there are no volumes to put it in) */
  | { readonly code: 'rootfs_read_only' }
  /** pkg/archive copy.go's sentinels: ErrNotDirectory, ErrDirNotExists, ErrCannotCopyDir */
  | { readonly code: 'copy_sentinel'; readonly name: 'not_directory' | 'dir_not_exists' | 'cannot_copy_dir' }
  /** the client: `-` as the source needs a directory as the destination */
  | { readonly code: 'cp_destination_not_dir'; readonly ref: string; readonly path: string }
  | { readonly code: 'cp_no_container' }
  | { readonly code: 'cp_across_containers' }
  | { readonly code: 'cp_empty'; readonly which: 'source' | 'destination' }
  /** command.ValidateOutputPath: the parent directory of the output is missing */
  | { readonly code: 'output_dir_missing'; readonly dir: string }
  // --- docker top: the daemon's ContainerTop (daemon/top_unix.go)
  /** validatePSArgs: a ps format that names another column PID (`-o user=PID`) */
  | { readonly code: 'top_ps_args'; readonly key: string; readonly value: string }
  | { readonly code: 'top_no_pid_field' }
  /** a row whose field under PID is no number (`cause`: strconv.Atoi's error) */
  | { readonly code: 'top_unexpected_pid'; readonly field: string; readonly cause: DockerError }
  /** ps failed: `cause` is the first line of its stderr (errors/ps.ts), wrapped as errors.Wrap(err, "ps") */
  | { readonly code: 'ps_failed'; readonly cause: DockerError }
  | { readonly code: 'would_block'; readonly what: string }
  /** docker attach: the client's own refusal of a container that is not running (attach.go) */
  | { readonly code: 'attach_refused'; readonly status: 'stopped' | 'paused' | 'restarting' }
  /** what the model does not do, in strata's own words (never an engine text) */
  | { readonly code: 'unsupported'; readonly message: string }
  /** an exception inside decide: a bug of the model, not an answer of the engine */
  | { readonly code: 'model_bug'; readonly message: string; readonly stack?: string };

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

const FORMAT_DETAIL = {
  hex: ': cannot specify 64-byte hexadecimal strings',
  too_long: ': repository name must not be more than 255 characters',
  lowercase: ': repository name must be lowercase',
} as const;

/** daemon/update.go errCannotUpdate */
const cannotUpdate = (id: string, why: string): string => `Cannot update container ${id}: ${why}`;

function lookupText(e: Extract<EngineError, { code: 'lookup' }>): string {
  const q = JSON.stringify(e.argv0);
  switch (e.kind) {
    case 'not_found':
      return `exec: ${q}: executable file not found in $PATH`;
    case 'permission_denied':
    case 'is_directory':
      return `exec: ${q}: permission denied`;
    case 'relative_to_cwd':
      return `exec: ${q}: cannot run executable found relative to current directory`;
    case 'exec_denied':
      // an *os.PathError{Op: "exec"}, not exec.LookPath's error
      return `${e.op ?? 'exec'} ${e.path ?? e.argv0}: permission denied`;
    default:
      return `exec: ${q}: stat ${e.argv0}: ${errnoText(e.errno ?? 'ENOENT')}`;
  }
}

const conflictText = (r: ImageConflictReason): string => {
  switch (r.kind) {
    case 'children':
      return 'image has dependent child images';
    case 'running':
      return `image is being used by running container ${short(r.container)}`;
    case 'referenced':
      return 'image is referenced in multiple repositories';
    case 'stopped':
      return `image is being used by stopped container ${short(r.container)}`;
  }
};

const RUNC = 'unable to start container process';

const CHDIR_NOT_DIRECTORY =
  'not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';

export const engineErrors = (): ErrorTable<EngineError> => ({
  no_such_container: ['not_found', (e) => `No such container: ${e.ref}`],
  no_such_image: ['not_found', (e) => `No such image: ${e.ref}`],
  // the engine reads the config file from its data root; the model names the default one
  image_config_missing: [
    'system',
    (e) => `failed to get digest ${e.image}: open /var/lib/docker/image/overlay2/imagedb/content/sha256/${e.image.replace(/^sha256:/, '')}: no such file or directory`,
  ],
  no_such_object: ['not_found', (e) => `No such object: ${e.ref}`],
  ambiguous_container_prefix: ['invalid', (e) => `multiple IDs found with provided prefix: ${e.prefix}`],
  empty_reference: ['invalid', () => 'invalid name or ID supplied: ""'],
  invalid_reference: ['invalid', (e, r) => r(e.cause)],
  invalid_reference_format: ['invalid', (e) => `invalid reference format${e.detail === undefined ? '' : FORMAT_DETAIL[e.detail]}`],
  invalid_container_name: ['invalid', (e) => `Invalid container name (${e.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`],
  name_conflict: [
    'conflict',
    (e) =>
      `Conflict. The container name "${e.name}" is already in use by container "${e.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  ],
  rename_conflict: [
    'conflict',
    (e) =>
      `Error when allocating new name: Conflict. The container name "${e.name}" is already in use by container "${e.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  ],
  rename_same_name: ['invalid', () => 'Renaming a container with the same name as its current name'],
  no_command: ['invalid', () => 'No command specified'],
  autoremove_with_restart: ['invalid', () => 'Conflicting options: --restart and --rm'],
  invalid_restart_policy: ['invalid', (e) => `invalid restart policy '${e.policy}'`],
  restart_max_retry: ['invalid', (e) => `maximum retry count cannot be used with restart policy '${e.policy}'`],
  restart_negative_retry: ['invalid', () => 'maximum retry count cannot be negative'],
  invalid_workdir: ['invalid', (e) => `the working directory '${e.dir}' is invalid, it needs to be an absolute path`],
  workdir_not_dir: ['system', (e) => `Cannot mkdir: ${e.dir} is not a directory`],
  start_paused: ['conflict', () => 'cannot start a paused container, try unpause instead'],
  restart_failed: ['system', (e, r) => `Cannot restart container ${e.ref}: ${r(e.cause)}`],
  start_failed: ['system', (e, r) => (e.daemon === true ? r(e.cause) : `failed to create shim task: OCI runtime create failed: runc create failed: ${RUNC}: ${r(e.cause)}: unknown`)],
  user_not_found: ['system', (e) => `unable to find user ${e.name}: no matching entries in passwd file`],
  group_not_found: ['system', (e) => `unable to find group ${e.name}: no matching entries in group file`],
  id_range: ['system', () => 'uids and gids must be in range 0-2147483647'],
  lookup: ['system', lookupText],
  sethostname_invalid: ['system', () => 'error during container init: sethostname: invalid argument'],
  not_running: ['conflict', (e) => `Container ${e.id} is not running`],
  already_paused: ['conflict', (e) => `Container ${e.id} is already paused`],
  not_paused: ['system', (e) => `Container ${e.id} is not paused`],
  restarting: ['conflict', (e) => `Container ${e.id} is restarting, wait until the container is running`],
  kill_not_running: ['conflict', (e) => `Cannot kill container: ${e.ref}: Container ${e.id} is not running`],
  kill_no_such_container: ['not_found', (e) => `Cannot kill container: ${e.ref}: No such container: ${e.ref}`],
  invalid_signal: ['invalid', (e) => `Invalid signal: ${e.signal}`],
  kill_unsupported_signal: ['system', (e) => `Cannot kill container: ${e.ref}: The linux daemon does not support signal ${e.signal}`],
  exec_paused: ['conflict', (e) => `Container ${e.name} is paused, unpause the container before exec`],
  exec_failed: ['system', (e, r) => r(e.cause)],
  exec_no_command: ['system', () => 'No exec command specified'],
  exec_chdir: [
    'system',
    (e) =>
      `OCI runtime exec failed: exec failed: ${RUNC}: chdir to cwd (${JSON.stringify(e.cwd)}) set in config.json failed: ${e.notDirectory ? CHDIR_NOT_DIRECTORY : 'no such file or directory: unknown'}`,
  ],
  exec_lookup: ['system', (e, r) => `OCI runtime exec failed: exec failed: ${RUNC}: ${r(e.cause)}: unknown`],
  rm_running: [
    'conflict',
    (e) =>
      e.status === 'paused'
        ? `You cannot remove a paused container ${e.id}. Unpause and then stop the container before attempting removal or force remove`
        : `You cannot remove a ${e.status} container ${e.id}. Stop the container before attempting removal or force remove`,
  ],
  invalid_change: ['invalid', (e) => `${e.instruction} is not a valid change command`],
  image_conflict_ref: [
    'conflict',
    (e) => `conflict: unable to remove repository reference "${e.ref}" (must force) - container ${short(e.container)} is using its referenced image ${short(e.image)}`,
  ],
  image_conflict: ['conflict', (e) => `conflict: unable to delete ${short(e.image)} (${e.forced ? 'cannot be forced' : 'must be forced'}) - ${conflictText(e.reason)}`],
  invalid_filter: ['invalid', (e) => `Invalid filter '${e.filter}'`],
  filter_atoi: ['invalid', (e) => `strconv.Atoi: parsing ${JSON.stringify(e.value)}: invalid syntax`],
  until_filters: ['system', () => 'more than one until filter specified'],
  build_cache_prune: ['system', (e, r) => `failed to prune build cache: ${r(e.cause)}`],
  filter_expects_duration: ['system', (e, r) => `${goQuote(e.filter)} filter expects a duration (e.g., '24h'): ${r(e.cause)}`],
  stop_timeout_atoi: ['system', (e) => numError('Atoi', e.value, e.error)],
  rename_invalid_name: ['invalid', (e) => `Error when allocating new name: Invalid container name (${e.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`],
  // errCannotUpdate wraps the cause, keeping its status: 409 for the conflict, 500 for a plain error
  update_auto_remove: ['conflict', (e) => cannotUpdate(e.id, 'Restart policy cannot be updated because AutoRemove is enabled for the container')],
  update_removal: ['system', (e) => cannotUpdate(e.id, 'container is marked for removal and cannot be "update"')],
  reference_not_exist: ['not_found', () => 'reference does not exist'],
  ambiguous_digest: ['invalid', () => 'ambiguous digest string'],
  empty_export: ['system', () => 'empty export - not implemented'],
  layer_checksum_failed: ['system', (e) => `file integrity checksum failed for ${goQuote(e.name)}`],
  invalid_time: ['invalid', (e, r) => r(e.cause)],
  time_or_duration: ['invalid', (e) => `failed to parse value as time or duration: ${goQuote(e.value)}`],
  events_since_after_until: ['invalid', (e) => `\`since\` time (${e.since}) cannot be after \`until\` time (${e.until})`],
  ps_template: ['invalid', (e) => `failed to ${e.stage} template: ${e.cause.message}`],
  invalid_log_time: ['invalid', (e, r) => `invalid value for "${e.flag}": ${r(e.cause)}`],
  container_file_not_found: ['not_found', (e) => `Could not find the file ${e.path} in container ${e.ref}`],
  no_such_container_path: ['not_found', (e) => `No such container:path: ${e.ref}:${e.path}`],
  extract_not_directory: ['system', () => 'extraction point is not a directory'],
  getent_not_found: ['system', (e) => `getent unable to find entry ${goQuote(e.key)} in ${e.database} database`],
  rootfs_read_only: ['system', () => 'container rootfs is marked read-only'],
  copy_sentinel: ['invalid', (e) => ({ not_directory: 'not a directory', dir_not_exists: 'no such directory', cannot_copy_dir: 'cannot copy directory' })[e.name]],
  cp_destination_not_dir: ['invalid', (e) => `destination "${e.ref}:${e.path}" must be a directory`],
  cp_no_container: ['invalid', () => 'must specify at least one container source'],
  cp_across_containers: ['invalid', () => 'copying between containers is not supported'],
  cp_empty: ['invalid', (e) => `${e.which} can not be empty`],
  output_dir_missing: ['invalid', (e) => `invalid output path: directory ${goQuote(e.dir)} does not exist`],
  attach_refused: [
    'invalid',
    (e) => ({ stopped: 'You cannot attach to a stopped container, start it first', paused: 'You cannot attach to a paused container, unpause it first', restarting: 'You cannot attach to a restarting container, wait until it is running' })[e.status],
  ],
  top_ps_args: ['system', (e) => `specifying "${e.key}=${e.value}" is not allowed`],
  top_no_pid_field: ['system', () => "Couldn't find PID field in ps output"],
  top_unexpected_pid: ['system', (e, r) => `Unexpected pid '${e.field}': ${r(e.cause)}`],
  ps_failed: ['system', (e, r) => `ps: ${r(e.cause)}`],
  would_block: ['invalid', (e) => `strata: ${e.what} would block forever in the model (its process never exits on its own)`],
  unsupported: ['invalid', (e) => e.message],
  model_bug: ['system', (e) => `strata: internal error (a bug in strata, not an answer of the engine): ${e.stack ?? e.message}`],
});
