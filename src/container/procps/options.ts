/**
 * ps's options, as procps-ng 4.0.2 reads them (ps/parser.c arg_parse), for the part strata models.
 * ps reads its arguments twice if it must: first with `-xyz` as Unix options; if anything fails (an
 * option, or a format list afterwards), again with every `-xyz` read as the BSD letters xyz; if that
 * fails too, it reports the first reading's error (so `-aux`, a user "x" at first, is BSD's aux).
 *
 * Modelled: the selections of every process (`-e`, `-A`; BSD `x`, `ax`), those the daemon's `-q PIDS`
 * overrides (`-a`, BSD `a`), `-q`/`q` themselves, the formats `-f`, `-j`, BSD `u` and the default
 * ones, format lists (`-o`, `o`, `--format`, as often as given, `NAME=HEADER` renaming a column),
 * `-u` only where its user is one no host has (the `x` of `-aux`), and BSD `k` only where it fails.
 * Any other option ps has is refused as not modelled; one it has not is ps's own error.
 */
import type { DockerError } from '../../core/errors.js';
import type { Unsupported } from '../../sh/index.js';
import { COLUMNS, type Column, FORMATS, PROCPS_SPECIFIERS } from './columns.js';

/** Letters ps has no Unix option for ("unsupported SysV option"); `x` has an error of its own. */
const SYSV_UNSUPPORTED = new Set('bhiknrvzBDEIJKQRSWXY');
/** Letters ps has no BSD option for ("unsupported option (BSD syntax)"). */
const BSD_UNSUPPORTED = new Set('bdiyzABCDEFGIJKNPQRY');
/** BSD options strata does not model that take no value: reading on past one is reading as ps does. */
const BSD_FLAGS = new Set('cefghjlmnrsvwHLMSTXZ');
/** ps's long options (`ps --help all`, and its undocumented spellings). */
const LONG_OPTIONS = new Set(
  'Group User cols columns context cumulative deselect forest format group heading headers help info lines no-heading no-headers pid ppid quick-pid rows sid sort tty user version width'.split(
    ' ',
  ),
);

/** What ps is asked: its columns, and the processes it selects (`all` of them, or by pid). */
export interface PsRequest {
  readonly columns: readonly Column[];
  readonly pids: readonly number[] | 'all';
}

type Failure = DockerError | Unsupported;

const MODELLED = 'strata models ps -e, -A, -a, -f, -j, -o, a, u, x, o and --format';

const notModelled = (what: string): Unsupported => ({ code: 'unsupported', message: `strata: docker top with ps ${what} is not modelled (${MODELLED})` });

const isUnsupported = (x: PsRequest | Failure): x is Unsupported => 'code' in x && x.code === 'unsupported';

/** What `ps ARGS` is asked for, or what ps (or strata) answers instead. */
export function psRequest(args: readonly string[]): PsRequest | Failure {
  const first = read(args, false);
  if (!('code' in first) || isUnsupported(first)) return first;
  const second = read(args, true);
  return 'code' in second && !isUnsupported(second) ? first : second;
}

interface Read {
  full: boolean;
  jobs: boolean;
  /** BSD's u */
  user: boolean;
  /** a BSD option was given: without another format, BSD's */
  bsd: boolean;
  /** -e, -A, BSD x: every process */
  all: boolean;
  /** -a, BSD a alone: what a terminal has */
  tty: boolean;
  readonly lists: string[];
  pids?: number[];
  /** an option strata does not model, met in the second reading: the answer, unless the reading fails anyway */
  refused?: Unsupported;
}

/** An option's value: the rest of its word, else the next word. */
type Take = (glued: string) => string | undefined;

/** One reading of the arguments: `-xyz` as Unix options, or (`bsd`) as BSD ones. */
function read(args: readonly string[], bsd: boolean): PsRequest | Failure {
  const r: Read = { full: false, jobs: false, user: false, bsd: false, all: false, tty: false, lists: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const take: Take = (glued) => (glued !== '' ? glued : args[++i]);
    const failed =
      a === '' || a === '--'
        ? { code: 'ps_garbage' as const }
        : a === '-'
          ? notModelled('argument -')
          : a.startsWith('--')
            ? long(a, r, take)
            : a.startsWith('-') && !bsd
              ? sysv(a.slice(1), r, take)
              : letters(a.startsWith('-') ? a.slice(1) : a, r, take, bsd);
    if (failed !== undefined) return failed;
  }
  const columns = format(r);
  // a format list that does not parse fails whatever else was asked; any other outcome is unknown
  if (r.refused && !('code' in columns && (columns.code === 'ps_improper_list' || columns.code === 'ps_unknown_format'))) return r.refused;
  if ('code' in columns) return columns;
  if (r.pids !== undefined) return { columns, pids: r.pids };
  // no -q: what ps lists is the host's, of which the daemon keeps the container's
  return r.all ? { columns, pids: 'all' } : notModelled(r.tty ? 'a or -a without -q or x' : 'options without a selection of every process');
}

function formatList(option: '-o' | 'o' | '--format', value: string | undefined, r: Read): Failure | undefined {
  if (value === undefined || value === '') return { code: 'ps_format_must_follow', option };
  r.lists.push(value);
  return undefined;
}

function pidList(value: string | undefined, r: Read): Failure | undefined {
  if (r.pids !== undefined || value === undefined || !/^[0-9]+(,[0-9]+)*$/.test(value)) return notModelled(`-q ${value ?? ''}`.trim());
  r.pids = value.split(',').map(Number);
  return undefined;
}

function long(a: string, r: Read, take: Take): Failure | undefined {
  const eq = a.indexOf('=');
  const name = a.slice(2, eq < 0 ? undefined : eq);
  if (name === 'format') return formatList('--format', eq < 0 ? take('') : a.slice(eq + 1), r);
  return LONG_OPTIONS.has(name) ? notModelled(`option ${a}`) : { code: 'ps_unknown_long' };
}

function sysv(cluster: string, r: Read, take: Take): Failure | undefined {
  for (let k = 0; k < cluster.length; k++) {
    const ch = cluster[k] as string;
    const rest = cluster.slice(k + 1);
    if (ch === 'o') return formatList('-o', take(rest), r);
    if (ch === 'q') return pidList(take(rest), r);
    if (ch === 'u') return users(take(rest));
    if (ch === 'e' || ch === 'A') r.all = true;
    else if (ch === 'a') r.tty = true;
    else if (ch === 'f') r.full = true;
    else if (ch === 'j') r.jobs = true;
    else if (ch === 'x') return { code: 'ps_sysv_x' };
    else if (SYSV_UNSUPPORTED.has(ch)) return { code: 'ps_unsupported_sysv' };
    else return /[A-Za-z0-9]/.test(ch) ? notModelled(`option -${ch}`) : { code: 'ps_garbage' };
  }
  return undefined;
}

/**
 * -u's users: modelled only where no host has such a user, the BSD letters after `-u` in `-aux`,
 * or the daemon's `-qPIDS` taken for a name; each fails this reading.
 */
function users(list: string | undefined): Failure {
  if (list === undefined) return { code: 'ps_users_must_follow' };
  return /^[aux]+$/.test(list) || /^-q[0-9,]+$/.test(list) ? { code: 'ps_unknown_user' } : notModelled(`option -u ${list}`);
}

function letters(cluster: string, r: Read, take: Take, bsdReading: boolean): Failure | undefined {
  r.bsd = true;
  for (let k = 0; k < cluster.length; k++) {
    const ch = cluster[k] as string;
    const rest = cluster.slice(k + 1);
    if (ch === 'o') return formatList('o', take(rest), r);
    if (ch === 'q') return pidList(take(rest), r);
    if (ch === 'k') return sortKeys(take(rest));
    if (ch === 'u') r.user = true;
    else if (ch === 'x') r.all = true;
    else if (ch === 'a') r.tty = true;
    else if (BSD_UNSUPPORTED.has(ch)) return { code: 'ps_unsupported_bsd' };
    // only the second reading's failing matters, not its error: read on
    else if (bsdReading && BSD_FLAGS.has(ch)) r.refused ??= notModelled(`option ${ch}`);
    else return /[A-Za-z0-9]/.test(ch) ? notModelled(`option ${ch}`) : { code: 'ps_garbage' };
  }
  return undefined;
}

/** BSD k's sort keys, `[+-]NAME,…`: sorting is not modelled; a missing or unknown key is ps's error. */
function sortKeys(spec: string | undefined): Failure {
  if (spec === undefined || spec === '') return { code: 'ps_sort_must_follow' };
  const known = spec.split(',').every((key) => PROCPS_SPECIFIERS.has(key.replace(/^[+-]/, '')));
  return known ? notModelled(`option k ${spec}`) : { code: 'ps_unknown_sort' };
}

function format(r: Read): readonly Column[] | Failure {
  if (r.lists.length > 0) {
    if (r.user) return { code: 'ps_conflicting_formats' };
    if (r.full || r.jobs) return notModelled(`${r.full ? '-f' : '-j'} with a format list`);
    const columns: Column[] = [];
    for (const l of r.lists) {
      const listed = columnsOf(l);
      if (!Array.isArray(listed)) return listed;
      columns.push(...listed);
    }
    return columns;
  }
  if (r.user) return r.full || r.jobs ? notModelled(`u with ${r.full ? '-f' : '-j'}`) : FORMATS.user;
  if (r.full) return r.jobs ? FORMATS.fullJobs : FORMATS.full;
  if (r.jobs) return FORMATS.jobs;
  return r.bsd ? FORMATS.bsd : FORMATS.unix;
}

/** One format list: `NAME[=HEADER]` items, split at commas; an empty item is improper, but a last one. */
function columnsOf(list: string): Column[] | Failure {
  const items = list.split(',');
  if (items.length > 1 && items[items.length - 1] === '') items.pop();
  const out: Column[] = [];
  for (const item of items) {
    if (item === '') return { code: 'ps_improper_list' };
    const eq = item.indexOf('=');
    const name = eq < 0 ? item : item.slice(0, eq);
    if (name.includes(':')) return notModelled(`format ${item} (a column's width)`);
    const column = COLUMNS[name];
    if (column === undefined) return PROCPS_SPECIFIERS.has(name) ? notModelled(`format specifier ${name}`) : { code: 'ps_unknown_format', name };
    out.push(eq < 0 ? column : { ...column, header: item.slice(eq + 1) });
  }
  return out;
}
