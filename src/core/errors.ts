/**
 * Every way a command can be refused, as data. The engine's text for each lives in `render`, the one
 * place where wording is decided; the CLI adds docker's prefixes and exit codes (cli/output.ts).
 * Texts are Docker Engine 20.10's (docker-20.10-observed.md); ids in texts are full 64-hex ids
 * unless the engine prints a short one.
 */
import { numError } from '../go/strconv.js';

export type Category = 'not_found' | 'conflict' | 'invalid' | 'system';

export type DockerError =
  | { code: 'no_such_container'; ref: string }
  | { code: 'no_such_image'; ref: string }
  | { code: 'image_config_missing'; image: string }
  | { code: 'no_such_object'; ref: string }
  | { code: 'ambiguous_container_prefix'; prefix: string }
  | { code: 'empty_reference' }
  | { code: 'invalid_reference'; ref: string; reason: string }
  | { code: 'invalid_container_name'; name: string }
  | { code: 'name_conflict'; name: string; id: string }
  | { code: 'rename_conflict'; name: string; id: string }
  | { code: 'rename_same_name' }
  | { code: 'no_command' }
  | { code: 'autoremove_with_restart' }
  | { code: 'invalid_restart_policy'; policy: string }
  | { code: 'restart_max_retry'; policy: string }
  | { code: 'restart_negative_retry' }
  | { code: 'invalid_workdir'; dir: string }
  | { code: 'start_paused' }
  | { code: 'restart_failed'; ref: string; cause: DockerError }
  | { code: 'start_failed'; message: string; exitCode: number }
  | { code: 'not_running'; id: string }
  | { code: 'already_paused'; id: string }
  | { code: 'not_paused'; id: string }
  | { code: 'restarting'; id: string }
  | { code: 'kill_not_running'; ref: string; id: string }
  | { code: 'kill_no_such_container'; ref: string }
  | { code: 'invalid_signal'; signal: string }
  | { code: 'kill_unsupported_signal'; ref: string; signal: number }
  | { code: 'exec_paused'; name: string }
  | { code: 'exec_failed'; message: string; exitCode: number }
  | { code: 'rm_running'; id: string; status: 'running' | 'paused' | 'restarting' }
  | { code: 'invalid_change'; instruction: string }
  | { code: 'change_parse'; message: string }
  | { code: 'image_conflict_ref'; ref: string; container: string; image: string }
  | { code: 'image_conflict'; image: string; forced: boolean; reason: string }
  | { code: 'invalid_filter'; filter: string }
  | { code: 'filter_atoi'; value: string }
  /** stop/restart: the `t` the API was sent is not a Go int (the client always sends one) */
  | { code: 'stop_timeout_atoi'; value: string; error: string }
  | { code: 'rename_invalid_name'; name: string }
  | { code: 'invalid_archive'; message: string }
  /** save: a `name:tag` (or digest) the reference store does not hold */
  | { code: 'reference_not_exist' }
  /** save: an id prefix that more than one image has */
  | { code: 'ambiguous_digest' }
  /** save: an image without layers (FROM scratch and metadata only) */
  | { code: 'empty_export' }
  /** save: tar-split cannot find the data of a layer entry in the layer's diff directory */
  | { code: 'layer_payload_missing'; path: string }
  /** load: the engine's error, streamed after whatever was loaded before it (printed without a prefix) */
  | { code: 'load_failed'; message: string }
  /** the daemon refused the build before streaming (a Dockerfile that does not parse, an unknown target) */
  | { code: 'build_refused'; message: string }
  /** a step failed: the stream's error, and the client's exit code (a failing RUN's own, else 1) */
  | { code: 'build_failed'; message: string; exitCode: number }
  | { code: 'unsupported'; message: string }
  | { code: 'would_block'; what: string }
  | { code: 'invalid_time'; message: string }
  | { code: 'events_since_after_until'; since: string; until: string };

export type ErrorCode = DockerError['code'];

const short = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

const text: { [C in ErrorCode]: (e: Extract<DockerError, { code: C }>) => string } = {
  no_such_container: (e) => `No such container: ${e.ref}`,
  no_such_image: (e) => `No such image: ${e.ref}`,
  // the engine reads the config file from its data root; the model names the default one
  image_config_missing: (e) =>
    `failed to get digest ${e.image}: open /var/lib/docker/image/overlay2/imagedb/content/sha256/${e.image.replace(/^sha256:/, '')}: no such file or directory`,
  no_such_object: (e) => `No such object: ${e.ref}`,
  ambiguous_container_prefix: (e) => `multiple IDs found with provided prefix: ${e.prefix}`,
  empty_reference: () => 'invalid name or ID supplied: ""',
  invalid_reference: (e) => `${e.reason}`,
  invalid_container_name: (e) => `Invalid container name (${e.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  name_conflict: (e) =>
    `Conflict. The container name "${e.name}" is already in use by container "${e.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  rename_conflict: (e) =>
    `Error when allocating new name: Conflict. The container name "${e.name}" is already in use by container "${e.id}". You have to remove (or rename) that container to be able to reuse that name.`,
  rename_same_name: () => 'Renaming a container with the same name as its current name',
  no_command: () => 'No command specified',
  autoremove_with_restart: () => 'Conflicting options: --restart and --rm',
  invalid_restart_policy: (e) => `invalid restart policy '${e.policy}'`,
  restart_max_retry: (e) => `maximum retry count cannot be used with restart policy '${e.policy}'`,
  restart_negative_retry: () => 'maximum retry count cannot be negative',
  invalid_workdir: (e) => `the working directory '${e.dir}' is invalid, it needs to be an absolute path`,
  start_paused: () => 'cannot start a paused container, try unpause instead',
  restart_failed: (e) => `Cannot restart container ${e.ref}: ${render(e.cause)}`,
  start_failed: (e) => e.message,
  not_running: (e) => `Container ${e.id} is not running`,
  already_paused: (e) => `Container ${e.id} is already paused`,
  not_paused: (e) => `Container ${e.id} is not paused`,
  restarting: (e) => `Container ${e.id} is restarting, wait until the container is running`,
  kill_not_running: (e) => `Cannot kill container: ${e.ref}: Container ${e.id} is not running`,
  kill_no_such_container: (e) => `Cannot kill container: ${e.ref}: No such container: ${e.ref}`,
  invalid_signal: (e) => `Invalid signal: ${e.signal}`,
  kill_unsupported_signal: (e) => `Cannot kill container: ${e.ref}: The linux daemon does not support signal ${e.signal}`,
  exec_paused: (e) => `Container ${e.name} is paused, unpause the container before exec`,
  exec_failed: (e) => e.message,
  rm_running: (e) =>
    e.status === 'paused'
      ? `You cannot remove a paused container ${e.id}. Unpause and then stop the container before attempting removal or force remove`
      : `You cannot remove a ${e.status} container ${e.id}. Stop the container before attempting removal or force remove`,
  invalid_change: (e) => `${e.instruction} is not a valid change command`,
  change_parse: (e) => e.message,
  image_conflict_ref: (e) =>
    `conflict: unable to remove repository reference "${e.ref}" (must force) - container ${short(e.container)} is using its referenced image ${short(e.image)}`,
  image_conflict: (e) =>
    `conflict: unable to delete ${short(e.image)} (${e.forced ? 'cannot be forced' : 'must be forced'}) - ${e.reason}`,
  invalid_filter: (e) => `Invalid filter '${e.filter}'`,
  filter_atoi: (e) => `strconv.Atoi: parsing ${JSON.stringify(e.value)}: invalid syntax`,
  stop_timeout_atoi: (e) => numError('Atoi', e.value, e.error),
  rename_invalid_name: (e) => `Error when allocating new name: Invalid container name (${e.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  invalid_archive: (e) => e.message,
  reference_not_exist: () => 'reference does not exist',
  ambiguous_digest: () => 'ambiguous digest string',
  empty_export: () => 'empty export - not implemented',
  layer_payload_missing: (e) => `open ${e.path}: no such file or directory`,
  load_failed: (e) => e.message,
  build_refused: (e) => e.message,
  build_failed: (e) => e.message,
  unsupported: (e) => e.message,
  would_block: (e) => `strata: ${e.what} would block forever in the model (its process never exits on its own)`,
  invalid_time: (e) => e.message,
  events_since_after_until: (e) => `\`since\` time (${e.since}) cannot be after \`until\` time (${e.until})`,
};

export function render(e: DockerError): string {
  return (text[e.code] as (e: DockerError) => string)(e);
}

const categories: { [C in ErrorCode]: Category } = {
  no_such_container: 'not_found',
  no_such_image: 'not_found',
  image_config_missing: 'system',
  no_such_object: 'not_found',
  kill_no_such_container: 'not_found',
  ambiguous_container_prefix: 'invalid',
  empty_reference: 'invalid',
  invalid_reference: 'invalid',
  invalid_container_name: 'invalid',
  name_conflict: 'conflict',
  rename_conflict: 'conflict',
  rename_same_name: 'invalid',
  no_command: 'invalid',
  autoremove_with_restart: 'invalid',
  invalid_restart_policy: 'invalid',
  restart_max_retry: 'invalid',
  restart_negative_retry: 'invalid',
  invalid_workdir: 'invalid',
  start_paused: 'conflict',
  restart_failed: 'system',
  start_failed: 'system',
  not_running: 'conflict',
  already_paused: 'conflict',
  not_paused: 'system',
  restarting: 'conflict',
  kill_not_running: 'conflict',
  invalid_signal: 'invalid',
  kill_unsupported_signal: 'system',
  exec_paused: 'conflict',
  exec_failed: 'system',
  rm_running: 'conflict',
  invalid_change: 'invalid',
  change_parse: 'invalid',
  image_conflict_ref: 'conflict',
  image_conflict: 'conflict',
  invalid_filter: 'invalid',
  filter_atoi: 'invalid',
  stop_timeout_atoi: 'system',
  rename_invalid_name: 'invalid',
  invalid_archive: 'invalid',
  reference_not_exist: 'not_found',
  ambiguous_digest: 'invalid',
  empty_export: 'system',
  layer_payload_missing: 'system',
  load_failed: 'invalid',
  build_refused: 'invalid',
  build_failed: 'system',
  unsupported: 'invalid',
  would_block: 'invalid',
  invalid_time: 'invalid',
  events_since_after_until: 'invalid',
};

export const categoryOf = (e: DockerError): Category => categories[e.code];
