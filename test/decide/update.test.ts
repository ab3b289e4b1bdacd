/**
 * docker update --restart, decided in each status (docs/rules.md UPDATE-1–UPDATE-4): the refusals
 * are the engine's (observed on Docker 20.10), and the policy given is the one the restart manager
 * follows from the container's next exit on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { type Given, createRequest, given } from '../../src/testing/decider-spec.js';
import { baseLayer } from '../support/stores.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { type Container, statusOf } from '../../src/state.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const create = (cmd: readonly string[], extra = {}): Command => ({ type: 'create', ...createRequest('web', cmd, extra) });
const start: Command = { type: 'start', ref: 'web', attach: false };
const update = (name: string, max = 0, ref = 'web'): Command => ({ type: 'update', ref, restart: { name, max } });
const SLEEP = ['sh', '-c', 'sleep 1000'];
/** a program that exits by itself, 5 s after its start, with 3 */
const EXITS = ['sh', '-c', 'sleep 5; exit 3'];

function web(g: Given): Container {
  const c = findContainer(g.strata.state, 'web');
  if (isError(c)) throw new Error(render(c));
  return c;
}
const policyOf = (g: Given): string => {
  const p = web(g).hostConfig.RestartPolicy;
  return `${p.Name}:${p.MaximumRetryCount}`;
};
/** `ms` more of the wall clock, then a command that only lets the clock catch up */
const later = (g: Given, ms: number) => {
  g.env.advance(ms);
  return g.when({ type: 'tick' });
};
const without = (events: readonly string[]): string[] => events.filter((e) => e !== 'ContainerOutput' && e !== 'ContainerFsChanged' && e !== 'ContainerProcessBlocked');

describe('when created', () => {
  it('update sets the policy, and the start that follows runs under it', () => {
    const g = given(base, [create(['sh', '-c', 'exit 2'])]);
    g.when(update('on-failure', 1)).thenEvents(['ContainerUpdated']);
    expect(policyOf(g)).toBe('on-failure:1');
    g.when(start);
    // one restart (100 ms after the first exit), then on-failure:1 has given up
    const t = later(g, 5000);
    expect(without(t.events)).toEqual(['ContainerStarted', 'ContainerDied']);
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['exited', 1]);
  });
  it('an invalid policy name is refused, and nothing changes', () => {
    const t = given(base, [create(SLEEP)]).when(update('bogus')).thenFails('invalid_restart_policy');
    expect(render(t.decision.error!)).toBe("invalid restart policy 'bogus'");
  });
  it('a count with a policy other than on-failure is refused', () =>
    expect(render(given(base, [create(SLEEP)]).when(update('always', 3)).thenFails('restart_max_retry').decision.error!)).toBe("maximum retry count cannot be used with restart policy 'always'"));
  it('a negative on-failure count is refused', () =>
    expect(render(given(base, [create(SLEEP)]).when(update('on-failure', -1)).thenFails('restart_negative_retry').decision.error!)).toBe('maximum retry count cannot be negative'));
  it('an on-failure count beyond what the model holds exactly is refused as strata’s own', () =>
    given(base, [create(SLEEP)]).when(update('on-failure', 2 ** 60)).thenFails('unsupported'));
  it('a policy without a name changes nothing, and is logged all the same', () => {
    const g = given(base, [create(SLEEP, { restart: { name: 'on-failure', max: 4 } })]);
    const t = g.when(update('', 3)).thenEvents(['ContainerUpdated']);
    expect(t.decision.events[0]!.event).toEqual({ type: 'ContainerUpdated', id: web(g).id });
    expect(policyOf(g)).toBe('on-failure:4');
  });
  it('an unknown container is not found, before the policy is looked at', () => given(base, [create(SLEEP)]).when(update('bogus', 0, 'nosuch')).thenFails('no_such_container'));
});

describe('when running', () => {
  it('given always, it is restarted when its program exits afterwards', () => {
    const g = given(base, [create(EXITS), start]);
    g.when(update('always'));
    const t = later(g, 4000);
    expect(without(t.events)).toEqual(['ContainerDied', 'ContainerRestarting', 'ContainerStarted']);
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['running', 1]);
  });
  it('given no, a policy it was created with no longer restarts it', () => {
    const g = given(base, [create(EXITS, { restart: { name: 'always', max: 0 } }), start]);
    g.when(update('no'));
    const t = later(g, 4000);
    expect(without(t.events)).toEqual(['ContainerDied']);
    expect(statusOf(web(g).state)).toBe('exited');
  });
  it('given unless-stopped, a stop still ends it for good', () => {
    const g = given(base, [create(EXITS), start]);
    g.when(update('unless-stopped'));
    g.when({ type: 'stop', ref: 'web', timeout: 0 });
    later(g, 10_000).thenNothingHappened();
    expect(statusOf(web(g).state)).toBe('exited');
  });
  it('a signal sent before cancels the restart manager: given always, it is not restarted (observed: kill -s USR1, then update)', () => {
    const g = given(base, [create(EXITS), start, { type: 'kill', ref: 'web', signal: 'USR1' }]);
    g.when(update('always'));
    expect(without(later(g, 4000).events)).toEqual(['ContainerDied']);
  });
  it('on-failure:N counts the restarts made before the update', () => {
    const g = given(base, [create(['sh', '-c', 'sleep 3; exit 2'], { restart: { name: 'on-failure', max: 5 } }), start]);
    // 7 s after the start: exits at 3 s and 6.1 s, each restarted (100 ms, 200 ms later): running, 2 restarts made
    g.env.advance(6000);
    g.when(update('on-failure', 2));
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['running', 2]);
    // its next exit (9.3 s) is not restarted: 2 restarts made is not fewer than 2
    later(g, 5000);
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['exited', 2]);
  });
});

describe('when paused', () => {
  it('update changes the policy and leaves it paused', () => {
    const g = given(base, [create(SLEEP), start, { type: 'pause', ref: 'web' }]);
    g.when(update('on-failure', 2)).thenEvents(['ContainerUpdated']);
    expect([statusOf(web(g).state), policyOf(g)]).toEqual(['paused', 'on-failure:2']);
  });
});

describe('when restarting', () => {
  const restarting = () => given(base, [create(['sh', '-c', 'exit 2'], { restart: { name: 'always', max: 0 } }), start]);
  it('given no, the restart already waiting still happens, then it stays exited (observed)', () => {
    const g = restarting();
    // a second after the start: restarted at 100, 300 and 700 ms, the next one due at 1.5 s
    const t = g.when(update('no'));
    expect(without(t.events).slice(-2)).toEqual(['ContainerRestarting', 'ContainerUpdated']);
    const count = web(g).restartCount;
    expect(without(later(g, 60_000).events)).toEqual(['ContainerStarted', 'ContainerDied']);
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['exited', count]);
  });
});

describe('when exited', () => {
  it('update leaves it exited; the next start runs under the new policy', () => {
    const g = given(base, [create(['sh', '-c', 'exit 2']), start]);
    g.when(update('on-failure', 1)).thenEvents(['ContainerUpdated']);
    expect(statusOf(web(g).state)).toBe('exited');
    g.when(start);
    later(g, 5000);
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['exited', 1]);
  });
});

describe('a container created with --rm', () => {
  const rm = () => given(base, [create(SLEEP, { autoRemove: true }), start]);
  it('is refused any policy but no', () => {
    for (const name of ['always', 'unless-stopped', 'on-failure']) {
      const t = rm().when(update(name)).thenFails('update_auto_remove');
      expect(render(t.decision.error!)).toMatch(/^Cannot update container [0-9a-f]{64}: Restart policy cannot be updated because AutoRemove is enabled for the container$/);
    }
  });
  it('may be given no, or no policy at all', () => {
    rm().when(update('no')).thenEvents(['ContainerUpdated']);
    rm().when(update('')).thenEvents(['ContainerUpdated']);
  });
  it('is checked for the policy’s name and count first', () => rm().when(update('always', 1)).thenFails('restart_max_retry'));
});
