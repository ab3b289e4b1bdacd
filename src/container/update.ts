/**
 * docker update (daemon/update.go, container.UpdateContainer), of what the model has: the restart
 * policy. The new policy is what the restart manager reads at the container's next exit; a restart
 * already waiting for its backoff still happens (SetPolicy leaves a pending restart as it is).
 */
import type { DockerError } from '../core/errors.js';
import type { Work } from '../core/work.js';
import { type Container, statusOf } from '../state.js';
import { allows } from './machine.js';
import { type RestartPolicyRequest, checkRestartPolicy, isPolicyName } from './restart-policy.js';

export function update(w: Work, c: Container, restart: RestartPolicyRequest | undefined): DockerError | undefined {
  // verifyContainerSettings comes first, before the container's own state is looked at
  const invalid = restart === undefined ? undefined : checkRestartPolicy(restart);
  if (invalid) return invalid;
  if (!allows(statusOf(c.state), 'update')) return { code: 'update_removal', id: c.id };
  // a policy without a name changes nothing; `no` is the one a --rm container may be given
  const policy = restart !== undefined && isPolicyName(restart.name) ? { Name: restart.name, MaximumRetryCount: restart.max } : undefined;
  if (policy && c.hostConfig.AutoRemove && policy.Name !== 'no') return { code: 'update_auto_remove', id: c.id };
  w.emit(policy ? { type: 'ContainerUpdated', id: c.id, restartPolicy: policy } : { type: 'ContainerUpdated', id: c.id });
  return undefined;
}
