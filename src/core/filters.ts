/**
 * The prune verbs' `--filter` (daemon/prune.go, api/types/filters): keys checked against the verb's
 * accepted set, `label` / `label!` matched as filters.MatchKVList does, `dangling` read as the image
 * prune reads it, `until` read as getUntilFromPruneFilters reads it (api/types/time against the
 * daemon's now: its zone is UTC here, as the model's is).
 */
import type { DockerError } from './errors.js';
import { parseDuration } from '../go/time.js';
import { getTimestamp, parseTimestamp } from './timestamp.js';

export interface PruneFilters {
  /** `dangling`'s answer (image prune): false for any false/0 value, else true; undefined when not given */
  readonly dangling: boolean | undefined;
  /** does an object with these labels pass the label filters? */
  readonly labels: (labels: Readonly<Record<string, string>> | null | undefined) => boolean;
  /** is an object created at this time (ms since the epoch) old enough for `until`? (`c.Created.After(until)` keeps it) */
  readonly before: (created: number) => boolean;
}

/** filters.Args: each key's set of values. */
function filterArgs(filters: readonly string[]): Map<string, Set<string>> {
  const args = new Map<string, Set<string>>();
  for (const f of filters) {
    const i = f.indexOf('=');
    const key = (i < 0 ? f : f.slice(0, i)).toLowerCase();
    const values = args.get(key) ?? new Set<string>();
    values.add(i < 0 ? '' : f.slice(i + 1));
    args.set(key, values);
  }
  return args;
}

/** `k` matches a present key, `k=v` an equal value (filters.MatchKVList). */
function matchKV(filter: string, labels: Readonly<Record<string, string>>): boolean {
  const i = filter.indexOf('=');
  if (i < 0) return labels[filter] !== undefined;
  return labels[filter.slice(0, i)] === filter.slice(i + 1);
}

/**
 * filters.Args as the daemon receives it (a set of values per key, keys as the client lowered them),
 * checked against `accepted` (Validate), then `dangling` and `until` read in the daemon's order;
 * `now` is the daemon's clock (ms), for an `until` given as a duration.
 */
export function parsePruneFilters(filters: readonly string[], accepted: readonly string[], now: number): PruneFilters | DockerError {
  const args = filterArgs(filters);
  for (const key of args.keys()) if (!accepted.includes(key)) return { code: 'invalid_filter', filter: key };
  const values = (key: string): string[] => [...(args.get(key) ?? [])];
  let dangling: boolean | undefined;
  const d = values('dangling');
  if (d.length > 0) {
    // ExactMatch: any false/0 value, else any true/1 value, else the filter is refused
    if (d.includes('false') || d.includes('0')) dangling = false;
    else if (d.includes('true') || d.includes('1')) dangling = true;
    else return { code: 'invalid_filter', filter: `dangling=[${d.join(' ')}]` };
  }
  const until = untilOf(values('until'), now);
  if (typeof until === 'object' && until !== null) return until;
  const want = values('label');
  const not = values('label!');
  return {
    dangling,
    labels: (l) => {
      const labels = l ?? {};
      return want.every((f) => matchKV(f, labels)) && !not.some((f) => matchKV(f, labels));
    },
    // a time the model cannot place is Go's zero time, before any `until`
    before: (created) => until === null || !Number.isSafeInteger(created) || BigInt(created) * 1_000_000n <= until,
  };
}

/** getUntilFromPruneFilters: the time (ns since the epoch) `until` names, null when not given. */
function untilOf(values: readonly string[], now: number): bigint | null | DockerError {
  if (values.length === 0) return null;
  if (values.length > 1) return { code: 'until_filters' };
  const ts = getTimestamp(values[0]!, BigInt(now) * 1_000_000n);
  if ('error' in ts) return ts.error;
  // what GetTimestamp answers always parses (a Unix timestamp is passed through only if it does)
  return parseTimestamp(ts.value) ?? { code: 'time_or_duration', value: values[0]! };
}

/**
 * The build cache's prune (builder-next toBuildkitPruneInfo), the last step of `system prune`: the
 * model has no BuildKit cache to prune, but the daemon still reads `until` there, as a Go duration
 * only (a date or a Unix timestamp the other prunes took is refused now, after they ran).
 */
export function buildCachePruneError(filters: readonly string[]): DockerError | undefined {
  const until = [...(filterArgs(filters).get('until') ?? [])];
  // two values never come this far: the containers' prune refused them first
  if (until.length !== 1) return undefined;
  const d = parseDuration(until[0]!);
  if ('ns' in d) return undefined;
  return { code: 'build_cache_prune', cause: { code: 'filter_expects_duration', filter: 'until', cause: { code: 'go_error', error: d.error } } };
}
