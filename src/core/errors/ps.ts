/**
 * procps-ng's ps (4.0.2, Debian 12's, which the engine's daemon runs for `docker top`): the first
 * line of what it writes to stderr when its options do not parse, which the daemon wraps as its
 * error (ps_failed). Texts observed through Docker 20.10.24. See core/errors.ts.
 */
import type { ErrorTable } from '../errors.js';

export type PsError =
  /** a letter after `-` that ps has not */
  | { readonly code: 'ps_unsupported_sysv' }
  /** a letter without `-` that ps has not */
  | { readonly code: 'ps_unsupported_bsd' }
  | { readonly code: 'ps_unknown_long' }
  /** an empty argument, `--`, a character no option is */
  | { readonly code: 'ps_garbage' }
  /** `-o`, `o` or `--format` with nothing after it */
  | { readonly code: 'ps_format_must_follow'; readonly option: '-o' | 'o' | '--format' }
  /** a format list with an empty item (but a last one) */
  | { readonly code: 'ps_improper_list' }
  | { readonly code: 'ps_unknown_format'; readonly name: string }
  /** a format list with BSD's `u` */
  | { readonly code: 'ps_conflicting_formats' }
  /** Unix `-x`, which ps takes only in another personality */
  | { readonly code: 'ps_sysv_x' }
  /** `-u` naming a user the host has not */
  | { readonly code: 'ps_unknown_user' }
  | { readonly code: 'ps_users_must_follow' }
  /** BSD `k` without its keys, or with a key ps has not */
  | { readonly code: 'ps_sort_must_follow' }
  | { readonly code: 'ps_unknown_sort' };

export const psErrors = (): ErrorTable<PsError> => ({
  ps_unsupported_sysv: ['system', () => 'error: unsupported SysV option'],
  ps_unsupported_bsd: ['system', () => 'error: unsupported option (BSD syntax)'],
  ps_unknown_long: ['system', () => 'error: unknown gnu long option'],
  ps_garbage: ['system', () => 'error: garbage option'],
  ps_format_must_follow: ['system', (e) => `error: format specification must follow ${e.option}`],
  ps_improper_list: ['system', () => 'error: improper format list'],
  ps_unknown_format: ['system', (e) => `error: unknown user-defined format specifier "${e.name}"`],
  ps_conflicting_formats: ['system', () => 'error: conflicting format options'],
  ps_sysv_x: ['system', () => 'error: must set personality to get -x option'],
  ps_unknown_user: ['system', () => 'error: user name does not exist'],
  ps_users_must_follow: ['system', () => 'error: list of users must follow -u'],
  ps_sort_must_follow: ['system', () => "error: long sort specification must follow 'k'"],
  ps_unknown_sort: ['system', () => 'error: unknown sort specifier'],
});
