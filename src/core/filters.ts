/**
 * The prune verbs' `--filter` (daemon/prune.go, api/types/filters): keys checked against the verb's
 * accepted set, `label` / `label!` matched as filters.MatchKVList does. `until` is not modelled.
 */
import type { DockerError } from './errors.js';

export interface PruneFilters {
  /** the values of `dangling` given (image prune) */
  readonly dangling: readonly string[];
  /** does an object with these labels pass the label filters? */
  readonly labels: (labels: Readonly<Record<string, string>> | null | undefined) => boolean;
}

/** `k` matches a present key, `k=v` an equal value (filters.MatchKVList). */
function matchKV(filter: string, labels: Readonly<Record<string, string>>): boolean {
  const i = filter.indexOf('=');
  if (i < 0) return labels[filter] !== undefined;
  return labels[filter.slice(0, i)] === filter.slice(i + 1);
}

export function parsePruneFilters(filters: readonly string[], accepted: readonly string[]): PruneFilters | DockerError {
  const want: string[] = [];
  const not: string[] = [];
  const dangling: string[] = [];
  for (const f of filters) {
    const i = f.indexOf('=');
    const key = (i < 0 ? f : f.slice(0, i)).toLowerCase();
    const value = i < 0 ? '' : f.slice(i + 1);
    if (!accepted.includes(key)) return { code: 'invalid_filter', filter: key };
    if (key === 'until') return { code: 'unsupported', message: 'strata: prune --filter until is not modelled' };
    if (key === 'label') want.push(value);
    else if (key === 'label!') not.push(value);
    else if (key === 'dangling') dangling.push(value);
  }
  return {
    dangling,
    labels: (l) => {
      const labels = l ?? {};
      return want.every((f) => matchKV(f, labels)) && !not.some((f) => matchKV(f, labels));
    },
  };
}
