/**
 * A check of the project's own specs, beside the kit's invariants (src/testing/invariants.ts): the
 * state and the log hold plain data, never a live immer draft.
 */
import { types } from 'node:util';

/**
 * state.ts: "Plain data, so immer can draft it and JSON can show it"; events.ts: the log is the
 * source of truth. Neither may hold a live immer draft (a Proxy) of some other state: the paths of
 * the first few proxies found.
 */
export function proxyViolations(root: unknown, where = '$', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (out.length >= 5 || root === null || typeof root !== 'object' || seen.has(root)) return out;
  if (types.isProxy(root)) {
    out.push(`${where} is a Proxy`);
    return out;
  }
  seen.add(root);
  if (root instanceof Map) for (const [k, v] of root) proxyViolations(v, `${where}.get(${JSON.stringify(k)})`, out, seen);
  else if (ArrayBuffer.isView(root)) return out;
  else for (const [k, v] of Object.entries(root)) proxyViolations(v, `${where}.${k}`, out, seen);
  return out;
}
