/**
 * A restart policy as the daemon checks it for create and update alike (daemon/container.go
 * validateRestartPolicy), before it looks at the container's own settings. The name arrives as the
 * client split it (opts.ParseRestartPolicy): `''` is "no policy given", which is valid with any count.
 */
import type { DockerError } from '../core/errors.js';
import type { RestartPolicyName } from '../state.js';

/** What the client sends: the policy's name as typed, and the count after its colon (0 without one). */
export interface RestartPolicyRequest {
  readonly name: string;
  readonly max: number;
}

const NAMES: readonly string[] = ['no', 'always', 'unless-stopped', 'on-failure'] satisfies readonly RestartPolicyName[];

export const isPolicyName = (name: string): name is RestartPolicyName => NAMES.includes(name);

/** The engine's refusal of a policy, or undefined; then strata's own where the count is more than a JS number holds exactly. */
export function checkRestartPolicy(p: RestartPolicyRequest): DockerError | undefined {
  if (p.name === '') return undefined;
  if (!isPolicyName(p.name)) return { code: 'invalid_restart_policy', policy: p.name };
  if (p.name === 'on-failure') {
    if (p.max < 0) return { code: 'restart_negative_retry' };
    // the engine keeps any int64; past 2^53 the model's count would not be the number typed
    if (!Number.isSafeInteger(p.max)) return { code: 'unsupported', message: `strata: a maximum retry count above ${Number.MAX_SAFE_INTEGER} is not modelled` };
    return undefined;
  }
  return p.max !== 0 ? { code: 'restart_max_retry', policy: p.name } : undefined;
}
