/**
 * The container verbs, decided in each status. Expected errors are the engine's
 * (observed on Docker 20.10; docs/rules.md LIFE-2–LIFE-16); event sequences follow moby's (daemon/start.go, stop.go, kill.go, delete.go).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import { baseLayer } from '../support/stores.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { statusOf } from '../../src/state.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const create = (cmd: readonly string[], extra = {}): Command => ({ type: 'create', ...createRequest('web', cmd, extra) });
const start: Command = { type: 'start', ref: 'web', attach: false };
const SLEEP = ['sleep', '1000'];

describe('when created', () => {
  it('start runs PID 1', () => given(base, [create(SLEEP)]).when(start).thenEvents(['ContainerStarted']));
  it('stop is a no-op that succeeds', () => given(base, [create(SLEEP)]).when({ type: 'stop', ref: 'web' }).thenNothingHappened());
  it('kill is refused: not running', () => {
    const t = given(base, [create(SLEEP)]).when({ type: 'kill', ref: 'web', signal: 'KILL' }).thenFails('kill_not_running');
    expect(render(t.decision.error!)).toMatch(/^Cannot kill container: web: Container [0-9a-f]{64} is not running$/);
  });
  it('pause is refused: not running', () => given(base, [create(SLEEP)]).when({ type: 'pause', ref: 'web' }).thenFails('not_running'));
  it('unpause is refused: not paused', () => given(base, [create(SLEEP)]).when({ type: 'unpause', ref: 'web' }).thenFails('not_paused'));
  it('exec is refused: not running', () => given(base, [create(SLEEP)]).when({ type: 'exec', ref: 'web', argv: ['true'], env: [] }).thenFails('not_running'));
  it('rm removes it', () => given(base, [create(SLEEP)]).when({ type: 'rm', ref: 'web', force: false }).thenEvents(['ContainerDestroyed']));
  it('wait answers 0 at once', () => expect(given(base, [create(['sh', '-c', 'exit 9'])]).when({ type: 'wait', ref: 'web' }).decision.reply.exitCode).toBe(0));
  it('start of a missing program fails with 127 and leaves it created', () => {
    const g = given(base, [create(['nosuchcmd'])]);
    const t = g.when(start).thenFails('start_failed');
    expect(t.events).toEqual(['ContainerStartFailed']);
    expect(render(t.decision.error!)).toBe(
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown',
    );
    expect(t.decision.reply.exitCode).toBe(127);
  });
  it('start -a ends with the first exit, before the restart policy runs it again', () => {
    const g = given(base, [create(['sh', '-c', 'echo out; exit 3'], { restart: { name: 'on-failure', max: 2 } })]);
    const t = g.when({ type: 'start', ref: 'web', attach: true });
    expect(t.decision.reply.output).toEqual([{ stream: 'stdout', text: 'out\n' }]);
    expect(t.decision.reply.exitCode).toBe(3);
    expect(t.events.filter((e) => e !== 'ContainerOutput' && e !== 'ContainerFsChanged')).toEqual(['ContainerAttached', 'ContainerStarted', 'ContainerDied', 'ContainerRestarting']);
  });
  it('start of a directory fails with 126', () => {
    const t = given(base, [create(['/bin'])]).when(start).thenFails('start_failed');
    expect(t.decision.reply.exitCode).toBe(126);
  });
});

describe('when running', () => {
  const running = () => given(base, [create(SLEEP), start]);
  it('start again is a silent no-op', () => running().when(start).thenNothingHappened());
  it('rm without force is refused', () => {
    const t = running().when({ type: 'rm', ref: 'web', force: false }).thenFails('rm_running');
    expect(render(t.decision.error!)).toMatch(/^You cannot remove a running container [0-9a-f]{64}\. Stop the container before attempting removal or force remove$/);
  });
  it('rm -f kills then destroys', () => running().when({ type: 'rm', ref: 'web', force: true }).thenEvents(['ContainerKilled', 'ContainerDied', 'ContainerDestroyed']));
  it('kill sends SIGKILL: exit 137', () => {
    const t = running().when({ type: 'kill', ref: 'web', signal: 'KILL' }).thenEvents(['ContainerKilled', 'ContainerDied']);
    const died = t.decision.events.find((e) => e.event.type === 'ContainerDied')!.event;
    expect(died).toMatchObject({ exitCode: 137 });
  });
  it('kill -s TERM is ignored by PID 1 without a handler', () => running().when({ type: 'kill', ref: 'web', signal: 'TERM' }).thenEvents(['ContainerKilled']));
  it('kill -s INT ends a `sh -c` loop with 130 once its sleep returns: ash catches INT and raises it after the foreground command', () => {
    const g = given(base, [create(['sh', '-c', 'while :; do sleep 5; done']), start, { type: 'kill', ref: 'web', signal: 'INT' }]);
    const c = findContainer(g.strata.state, 'web');
    expect(!isError(c) && statusOf(c.state)).toBe('running');
    expect(g.when({ type: 'wait', ref: 'web' }).decision.reply.exitCode).toBe(130);
  });
  it('kill -s INT is dropped when the sleep is the script’s last command, which ash execs in its place (observed: 0)', () => {
    const g = given(base, [create(['sh', '-c', 'true; sleep 2']), start, { type: 'kill', ref: 'web', signal: 'INT' }]);
    expect(g.when({ type: 'wait', ref: 'web' }).decision.reply.exitCode).toBe(0);
  });
  it('kill -s INT ends even the last command’s shell once a trap was set, or under `!` (observed: 130)', () => {
    for (const script of ["trap 'exit 7' TERM; sleep 2", '! sleep 2', 'sleep 2 && true']) {
      const g = given(base, [create(['sh', '-c', script]), start, { type: 'kill', ref: 'web', signal: 'INT' }]);
      expect(g.when({ type: 'wait', ref: 'web' }).decision.reply.exitCode, script).toBe(130);
    }
  });
  it('kill -s BOGUS is refused', () => expect(render(running().when({ type: 'kill', ref: 'web', signal: 'BOGUS' }).thenFails('invalid_signal').decision.error!)).toBe('Invalid signal: BOGUS'));
  it('kill -s 0 is refused', () => running().when({ type: 'kill', ref: 'web', signal: '0' }).thenFails('invalid_signal'));
  it('stop waits the grace period then kills: 137, 10 s on the model clock', () => {
    const t = running().when({ type: 'stop', ref: 'web' }).thenEvents(['ContainerKilled', 'ContainerKilled', 'ContainerDied', 'ContainerStopped']);
    const [first, last] = [t.decision.events[0]!, t.decision.events.at(-1)!];
    expect(last.at - first.at).toBe(10_000);
  });
  it('stop with a TERM trap exits with the trap code', () => {
    const g = given(base, [create(['sh', '-c', "trap 'exit 5' TERM; while :; do sleep 1; done"]), start]);
    const t = g.when({ type: 'stop', ref: 'web', timeout: 5 });
    const died = t.decision.events.find((e) => e.event.type === 'ContainerDied')!.event;
    expect(died).toMatchObject({ exitCode: 5 });
  });
  it('pause freezes it', () => running().when({ type: 'pause', ref: 'web' }).thenEvents(['ContainerPaused']));
  it('unpause is refused: not paused', () => running().when({ type: 'unpause', ref: 'web' }).thenFails('not_paused'));
  it('exec runs a second process: output and exit code', () => {
    const t = running().when({ type: 'exec', ref: 'web', argv: ['sh', '-c', 'echo hi; exit 4'], env: [] });
    expect(t.decision.reply).toMatchObject({ exitCode: 4, output: [{ stream: 'stdout', text: 'hi\n' }] });
  });
  it('exec of a missing program fails with 126', () => {
    const t = running().when({ type: 'exec', ref: 'web', argv: ['nosuchcmd'], env: [] }).thenFails('exec_failed');
    expect(render(t.decision.error!)).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown',
    );
  });
  it('restart stops and starts it again', () => running().when({ type: 'restart', ref: 'web', timeout: 1 }).thenEvents(['ContainerKilled', 'ContainerKilled', 'ContainerDied', 'ContainerStopped', 'ContainerStarted', 'ContainerRestarted']));
  it('rename keeps it running', () => running().when({ type: 'rename', ref: 'web', name: 'web2' }).thenEvents(['ContainerRenamed']));
});

describe('when paused', () => {
  const paused = () => given(base, [create(SLEEP), start, { type: 'pause', ref: 'web' }]);
  it('pause again is refused', () => paused().when({ type: 'pause', ref: 'web' }).thenFails('already_paused'));
  it('start is refused', () => expect(render(paused().when(start).thenFails('start_paused').decision.error!)).toBe('cannot start a paused container, try unpause instead'));
  it('exec is refused, naming the container', () => expect(render(paused().when({ type: 'exec', ref: 'web', argv: ['true'], env: [] }).thenFails('exec_paused').decision.error!)).toBe('Container web is paused, unpause the container before exec'));
  it('rm without force is refused with the paused text', () => expect(render(paused().when({ type: 'rm', ref: 'web', force: false }).thenFails('rm_running').decision.error!)).toMatch(/^You cannot remove a paused container [0-9a-f]{64}\. Unpause and then stop/));
  it('a signal PID 1 ignores still unpauses it', () => paused().when({ type: 'kill', ref: 'web', signal: 'TERM' }).thenEvents(['ContainerKilled', 'ContainerUnpaused']));
  it('unpause resumes it', () => paused().when({ type: 'unpause', ref: 'web' }).thenEvents(['ContainerUnpaused']));
});

describe('when restarting', () => {
  const restarting = () => given(base, [create(['sh', '-c', 'exit 2'], { restart: { name: 'always', max: 0 } }), start]);
  it('the restart manager has it restarting after the first exit', () => {
    const g = restarting();
    const c = findContainer(g.strata.state, 'web');
    expect(isError(c) ? c : statusOf(c.state)).toBe('restarting');
    expect(render(g.when({ type: 'rm', ref: 'web', force: false }).thenFails('rm_running').decision.error!)).toMatch(/^You cannot remove a restarting container/);
  });
  it('pause is refused', () => restarting().when({ type: 'pause', ref: 'web' }).thenFails('restarting'));
  it('stop ends the restarts (after the restarts the clock brought)', () => {
    const t = restarting().when({ type: 'stop', ref: 'web' });
    // a second passed since the last command: the restart manager restarted it (100 ms, 200 ms, 400 ms backoff)
    expect(t.events.slice(0, 3)).toEqual(['ContainerStarted', 'ContainerDied', 'ContainerRestarting']);
    expect(t.events.slice(-2)).toEqual(['ContainerKilled', 'ContainerStopped']);
  });
});

describe('when exited', () => {
  const exited = () => given(base, [create(['sh', '-c', 'exit 3']), start]);
  it('start runs it again', () => exited().when(start).thenEvents(['ContainerStarted', 'ContainerDied']));
  it('stop is a no-op', () => exited().when({ type: 'stop', ref: 'web' }).thenNothingHappened());
  it('kill is refused', () => exited().when({ type: 'kill', ref: 'web', signal: 'KILL' }).thenFails('kill_not_running'));
  it('exec is refused', () => exited().when({ type: 'exec', ref: 'web', argv: ['true'], env: [] }).thenFails('not_running'));
  it('wait answers the exit code', () => expect(exited().when({ type: 'wait', ref: 'web' }).decision.reply.exitCode).toBe(3));
  it('start by the user resets the restart count: a policy that had given up restarts it again', () => {
    // on-failure:1 and exit 2: restarted once by the time of the next command, then given up
    const g = given(base, [create(['sh', '-c', 'exit 2'], { restart: { name: 'on-failure', max: 1 } }), start, { type: 'wait', ref: 'web' }]);
    const before = findContainer(g.strata.state, 'web');
    expect(isError(before) ? before : [statusOf(before.state), before.restartCount]).toEqual(['exited', 1]);
    const t = g.when(start);
    expect(t.events.filter((e) => e !== 'ContainerOutput' && e !== 'ContainerFsChanged')).toEqual(['ContainerStarted', 'ContainerDied', 'ContainerRestarting']);
    const after = findContainer(g.strata.state, 'web');
    expect(isError(after) ? after : [statusOf(after.state), after.restartCount]).toEqual(['restarting', 1]);
  });
  it('rm removes it', () => exited().when({ type: 'rm', ref: 'web', force: false }).thenEvents(['ContainerDestroyed']));
});

describe('names and references', () => {
  it('a name in use is a conflict naming the holder', () => {
    const t = given(base, [create(SLEEP)]).when(create(SLEEP)).thenFails('name_conflict');
    expect(render(t.decision.error!)).toMatch(/^Conflict\. The container name "\/web" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.$/);
  });
  it('a bad name is refused', () => expect(render(given(base).when({ type: 'create', ...createRequest('bad name!', SLEEP) }).thenFails('invalid_container_name').decision.error!)).toBe('Invalid container name (bad name!), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed'));
  it('an unknown container is not found', () => given(base).when({ type: 'stop', ref: 'nope' }).thenFails('no_such_container'));
  it('an unknown image is not found, tag defaulted', () => expect(render(given(base).when({ type: 'create', ...createRequest('x', SLEEP, { image: 'nosuch' }) }).thenFails('no_such_image').decision.error!)).toBe('No such image: nosuch:latest'));
  it('an image without Cmd and no command is refused', () => given(base).when(create([])).thenFails('no_command'));
  it('rename to the same name is refused', () => given(base, [create(SLEEP)]).when({ type: 'rename', ref: 'web', name: 'web' }).thenFails('rename_same_name'));
  it('a script outside the modelled subset is refused at create', () => given(base).when(create(['sh', '-c', 'echo a | cat'])).thenFails('unsupported'));
});

describe('waiting on a process that never exits', () => {
  const LOOP = ['sh', '-c', "trap 'exit 3' TERM; while :; do sleep 1; done"];
  it('a foreground run of an endless loop is refused at once, leaving nothing behind', () => {
    const t0 = Date.now();
    const t = given(base).when({ type: 'run', detach: false, ...createRequest('web', LOOP) }).thenFails('would_block');
    expect(t.events).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it('wait on an endless loop is refused', () => given(base, [create(LOOP), start]).when({ type: 'wait', ref: 'web' }).thenFails('would_block'));
  it('wait on a container its restart policy always restarts ends at its next exit, which restarts it again (observed: 3)', () => {
    const t = given(base, [create(['sh', '-c', 'exit 3'], { restart: { name: 'always', max: 0 } }), start]).when({ type: 'wait', ref: 'web' });
    expect(t.decision.reply.exitCode).toBe(3);
    // what fell due before the command is caught up first; the wait itself ends at the next death,
    // and the restart manager restarts it again: the last events
    expect(t.events.filter((e) => e === 'ContainerDied' || e === 'ContainerRestarting').slice(-2)).toEqual(['ContainerDied', 'ContainerRestarting']);
    expect(t.events.at(-1)).toBe('ContainerRestarting');
  });
  it('wait on on-failure:2 ends at the next exit, with its code', () => {
    const t = given(base, [create(['sh', '-c', 'exit 1'], { restart: { name: 'on-failure', max: 2 } }), start]).when({ type: 'wait', ref: 'web' });
    expect(t.decision.reply.exitCode).toBe(1);
    expect(t.events.filter((e) => e === 'ContainerRestarting').length).toBeLessThanOrEqual(2);
    expect(t.events.at(-1)).toMatch(/^Container(Died|Restarting)$/);
  });
  it('an exec of an endless loop in a container that runs for ever is refused', () =>
    given(base, [create(['sh', '-c', 'while :; do sleep 5; done']), start]).when({ type: 'exec', ref: 'web', argv: ['sh', '-c', 'while :; do sleep 1; done'], env: [] }).thenFails('would_block'));
  it('an exec of an endless loop ends when PID 1 does (observed: 137, exec_die then die)', () => {
    const t = given(base, [create(SLEEP), start]).when({ type: 'exec', ref: 'web', argv: ['sh', '-c', 'while :; do echo x; sleep 1; done'], env: [] });
    expect(t.decision.reply.exitCode).toBe(137);
    expect(t.events.filter((e) => e === 'ExecDied' || e === 'ContainerDied')).toEqual(['ExecDied', 'ContainerDied']);
  });
});

describe('when running with --rm', () => {
  it('restart keeps the container (daemon/restart.go clears AutoRemove for the stop)', () => {
    const t = given(base, [create(SLEEP, { autoRemove: true }), start]).when({ type: 'restart', ref: 'web', timeout: 0 });
    expect(t.events).not.toContain('ContainerDestroyed');
    expect(t.events).toContain('ContainerRestarted');
  });
  // observed: kill, kill, die, stop, destroy — the stop event before --rm removes it
  it('stop removes it', () => given(base, [create(SLEEP, { autoRemove: true }), start]).when({ type: 'stop', ref: 'web', timeout: 0 }).thenEvents(['ContainerKilled', 'ContainerKilled', 'ContainerDied', 'ContainerStopped', 'ContainerDestroyed']));
});

describe('time', () => {
  it('two commits right after a wait carried the model clock ahead of the wall clock get two image ids', () => {
    const commit: Command = { type: 'commit', ref: 'web', message: '', author: '', changes: [], pause: true };
    // stop's 10 s grace period moves the model clock 10 s past the (test) wall clock
    const g = given(base, [create(SLEEP), start, { type: 'stop', ref: 'web' }]);
    const first = g.when(commit).decision.reply.id;
    const second = g.when(commit).decision.reply.id;
    expect(first).toMatch(/^sha256:/);
    expect(second).not.toBe(first);
  });
});

describe('before create: an image that declares volumes', () => {
  // the engine mounts an anonymous volume there, whose writes are in no layer; the model has no volumes
  it('create is refused clearly, nothing happens', () => {
    const withVolume: Command = { type: 'commit', ref: 'web', repoTag: 'vol:1', message: '', author: '', changes: ['VOLUME /data'], pause: true };
    const g = given(base, [create(SLEEP), withVolume]);
    const t = g.when({ type: 'create', ...createRequest('other', SLEEP, { image: 'vol:1' }) }).thenFails('unsupported');
    expect(render(t.decision.error!)).toBe('strata does not model volumes: the image declares VOLUME /data');
  });
});
