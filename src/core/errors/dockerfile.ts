/**
 * The Dockerfile's errors: the line parser and its directives, the instructions and their flags,
 * RUN --mount, word expansion, ONBUILD triggers, and `--change` (commit, import), whose instructions
 * are checked alike. The daemon refuses a build whose Dockerfile does not parse before streaming
 * anything; an expansion error stops a step. See core/errors.ts.
 */
import { goQuote } from '../../go/strconv.js';
import { formatDuration } from '../../go/time.js';
import type { DockerError, ErrorTable } from '../errors.js';

export type DockerfileError =
  // --- the request (dockerfile.ts, build.ts)
  | { readonly code: 'dockerfile_empty'; readonly name: string }
  /** the line parser's error (`cause`), for the Dockerfile the request names */
  | { readonly code: 'dockerfile_syntax'; readonly name: string; readonly cause: DockerError }
  /** an instruction's error (`cause`), at the instruction's first line */
  | { readonly code: 'dockerfile_parse'; readonly line: number; readonly cause: DockerError }
  | { readonly code: 'no_build_stage' }
  | { readonly code: 'build_target_missing'; readonly target: string }
  // --- lines and directives (parse.ts)
  | { readonly code: 'no_instructions' }
  | { readonly code: 'line_too_long'; readonly max: number }
  | { readonly code: 'duplicate_directive'; readonly directive: string }
  | { readonly code: 'invalid_escape_token'; readonly token: string }
  | { readonly code: 'two_arguments'; readonly instruction: string }
  | { readonly code: 'name_value_syntax'; readonly word: string }
  | { readonly code: 'json_not_strings' }
  // --- instructions and their flags (instructions.ts)
  /** the instruction word as the engine prints it (upper case) */
  | { readonly code: 'unknown_instruction'; readonly instruction: string }
  | { readonly code: 'requires_args'; readonly instruction: string; readonly count: 'at least one' | 'exactly one' }
  | { readonly code: 'copy_requires_two'; readonly instruction: 'ADD' | 'COPY' }
  | { readonly code: 'blank_names'; readonly instruction: string }
  | { readonly code: 'odd_arguments'; readonly instruction: string }
  | { readonly code: 'flag_no_dashes'; readonly arg: string }
  | { readonly code: 'unknown_flag'; readonly flag: string }
  | { readonly code: 'duplicate_flag'; readonly flag: string }
  | { readonly code: 'flag_missing_value'; readonly flag: string }
  | { readonly code: 'invalid_stage_name'; readonly name: string }
  | { readonly code: 'from_arguments' }
  | { readonly code: 'shell_not_json' }
  | { readonly code: 'volume_empty' }
  | { readonly code: 'onbuild_chain' }
  | { readonly code: 'onbuild_trigger'; readonly word: string }
  | { readonly code: 'healthcheck_none_args' }
  | { readonly code: 'healthcheck_type'; readonly type: string }
  | { readonly code: 'healthcheck_no_command' }
  | { readonly code: 'healthcheck_retries'; readonly retries: number }
  /** a healthcheck interval under the minimum (`minNs` nanoseconds) */
  | { readonly code: 'interval_too_short'; readonly name: string; readonly minNs: number }
  // --- RUN --mount (mount.ts)
  /** encoding/csv's error (`cause`: csv_quote, or io.EOF) */
  | { readonly code: 'mount_csv'; readonly cause: DockerError }
  | { readonly code: 'csv_quote'; readonly line: number; readonly column: number; readonly bare: boolean }
  | { readonly code: 'mount_key_for_type'; readonly key: string; readonly type: string }
  | { readonly code: 'mount_not_pair'; readonly field: string }
  | { readonly code: 'mount_type'; readonly type: string }
  | { readonly code: 'mount_bool'; readonly key: string; readonly value: string }
  | { readonly code: 'mount_sharing'; readonly value: string }
  | { readonly code: 'mount_number'; readonly key: string; readonly value: string }
  | { readonly code: 'mount_key'; readonly key: string; readonly field: string }
  | { readonly code: 'mount_file_info'; readonly key: string; readonly type: string }
  | { readonly code: 'mount_cache_sharing'; readonly type: string }
  | { readonly code: 'secret_from' }
  | { readonly code: 'secret_sharing' }
  | { readonly code: 'secret_target' }
  | { readonly code: 'secret_source_and_id' }
  // --- word expansion (shell-words.ts, expand.ts)
  /** the lexer's error (`cause`) for a word */
  | { readonly code: 'word_process'; readonly word: string; readonly cause: DockerError }
  | { readonly code: 'lex_eof'; readonly looking: '}' | 'single-quote' | 'double-quote' }
  | { readonly code: 'lex_missing_brace' }
  | { readonly code: 'lex_bad_substitution' }
  /** `${name?word}` / `${name:?word}`: the word given, else the lexer's own */
  | { readonly code: 'lex_required'; readonly name: string; readonly word: string; readonly problem: 'unset' | 'empty' }
  | { readonly code: 'lex_modifier'; readonly modifier: string }
  | { readonly code: 'lex_missing_colon' }
  | { readonly code: 'platform_expand'; readonly cause: DockerError }
  | { readonly code: 'blank_base_name'; readonly name: string }
  // --- ONBUILD triggers, and what only BuildKit does (dockerfile.ts)
  | { readonly code: 'trigger_not_single' }
  | { readonly code: 'trigger_stage' }
  | { readonly code: 'buildkit_only'; readonly flag: string }
  // --- --change (image/changes.ts): the legacy `=` check, quoting the word plainly
  | { readonly code: 'change_name_value'; readonly word: string };

export const dockerfileErrors = (): ErrorTable<DockerfileError> => ({
  dockerfile_empty: ['invalid', (e) => `the Dockerfile (${e.name}) cannot be empty`],
  dockerfile_syntax: ['invalid', (e, r) => `failed to parse ${e.name}: ${r(e.cause)}`],
  dockerfile_parse: ['invalid', (e, r) => `dockerfile parse error line ${e.line}: ${r(e.cause)}`],
  no_build_stage: ['invalid', () => 'no build stage in current context'],
  build_target_missing: ['invalid', (e) => `failed to reach build target ${e.target} in Dockerfile`],

  no_instructions: ['invalid', () => 'file with no instructions'],
  line_too_long: ['invalid', (e) => `dockerfile line greater than max allowed size of ${e.max}`],
  duplicate_directive: ['invalid', (e) => `only one ${e.directive} parser directive can be used`],
  invalid_escape_token: ['invalid', (e) => `invalid escape token '${e.token}' does not match \` or \\`],
  two_arguments: ['invalid', (e) => `${e.instruction} must have two arguments`],
  name_value_syntax: ['invalid', (e) => `Syntax error - can't find = in ${goQuote(e.word)}. Must be of the form: name=value`],
  json_not_strings: ['invalid', () => 'when using JSON array syntax, arrays must be comprised of strings only'],

  unknown_instruction: ['invalid', (e) => `unknown instruction: ${e.instruction}`],
  requires_args: ['invalid', (e) => `${e.instruction} requires ${e.count} argument`],
  copy_requires_two: [
    'invalid',
    (e) => `${e.instruction} requires at least two arguments, but only one was provided. Destination could not be determined`,
  ],
  blank_names: ['invalid', (e) => `${e.instruction} names can not be blank`],
  odd_arguments: ['invalid', (e) => `Bad input to ${e.instruction}, too many arguments`],
  flag_no_dashes: ['invalid', (e) => `Arg should start with -- : ${e.arg}`],
  unknown_flag: ['invalid', (e) => `Unknown flag: ${e.flag}`],
  duplicate_flag: ['invalid', (e) => `Duplicate flag specified: ${e.flag}`],
  flag_missing_value: ['invalid', (e) => `Missing a value on flag: ${e.flag}`],
  invalid_stage_name: ['invalid', (e) => `invalid name for build stage: ${goQuote(e.name)}, name can't start with a number or contain symbols`],
  from_arguments: ['invalid', () => 'FROM requires either one or three arguments'],
  shell_not_json: ['invalid', () => 'SHELL requires the arguments to be in JSON form'],
  volume_empty: ['invalid', () => 'VOLUME specified can not be an empty string'],
  onbuild_chain: ['invalid', () => "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"],
  onbuild_trigger: ['invalid', (e) => `${e.word} isn't allowed as an ONBUILD trigger`],
  healthcheck_none_args: ['invalid', () => 'HEALTHCHECK NONE takes no arguments'],
  healthcheck_type: ['invalid', (e) => `Unknown type ${goQuote(e.type)} in HEALTHCHECK (try CMD)`],
  healthcheck_no_command: ['invalid', () => 'Missing command after HEALTHCHECK CMD'],
  healthcheck_retries: ['invalid', (e) => `--retries must be at least 1 (not ${e.retries})`],
  interval_too_short: ['invalid', (e) => `Interval ${goQuote(e.name)} cannot be less than ${formatDuration(BigInt(e.minNs))}`],

  mount_csv: ['invalid', (e, r) => `failed to parse csv mounts: ${r(e.cause)}`],
  csv_quote: [
    'invalid',
    (e) => `parse error on line ${e.line}, column ${e.column}: ${e.bare ? 'bare " in non-quoted-field' : 'extraneous or missing " in quoted-field'}`,
  ],
  mount_key_for_type: ['invalid', (e) => `unexpected key '${e.key}' for mount type '${e.type}'`],
  mount_not_pair: ['invalid', (e) => `invalid field '${e.field}' must be a key=value pair`],
  mount_type: ['invalid', (e) => `unsupported mount type ${goQuote(e.type)}`],
  mount_bool: ['invalid', (e) => `invalid value for ${e.key}: ${e.value}`],
  mount_sharing: ['invalid', (e) => `unsupported sharing value ${goQuote(e.value)}`],
  mount_number: ['invalid', (e) => `invalid value ${e.value} for ${e.key}`],
  mount_key: ['invalid', (e) => `unexpected key '${e.key}' in '${e.field}'`],
  mount_file_info: ['invalid', (e) => `${e.key} not allowed for "${e.type}" type mounts`],
  mount_cache_sharing: ['invalid', (e) => `invalid cache sharing set for ${e.type} mount`],
  secret_from: ['invalid', () => 'secret mount should not have a from'],
  secret_sharing: ['invalid', () => 'secret mount should not define sharing'],
  secret_target: ['invalid', () => 'invalid secret mount. one of source, target required'],
  secret_source_and_id: ['invalid', () => "both source and id can't be set"],

  word_process: ['invalid', (e, r) => `failed to process ${goQuote(e.word)}: ${r(e.cause)}`],
  lex_eof: ['invalid', (e) => `unexpected end of statement while looking for matching ${e.looking}`],
  lex_missing_brace: ['invalid', () => "syntax error: missing '}'"],
  lex_bad_substitution: ['invalid', () => 'syntax error: bad substitution'],
  lex_required: ['invalid', (e) => `${e.name}: ${e.word || `is not allowed to be ${e.problem}`}`],
  lex_modifier: ['invalid', (e) => `unsupported modifier (${e.modifier}) in substitution`],
  lex_missing_colon: ['invalid', () => "missing ':' in substitution"],
  platform_expand: ['invalid', (e, r) => `failed to process arguments for platform : ${r(e.cause)}`],
  blank_base_name: ['invalid', (e) => `base name (${e.name}) should not be blank`],

  trigger_not_single: ['invalid', () => 'onbuild trigger should be a single expression'],
  trigger_stage: ['invalid', () => '*instructions.Stage is not a command type'],
  buildkit_only: [
    'invalid',
    (e) => `the --${e.flag} option requires BuildKit. Refer to https://docs.docker.com/go/buildkit/ to learn how to build images with BuildKit enabled`,
  ],

  change_name_value: ['invalid', (e) => `Syntax error - can't find = in "${e.word}". Must be of the form: name=value`],
});
