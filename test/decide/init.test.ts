/**
 * run/create --init, decided: docker-init (tini 0.19.0) as PID 1 and the program its child.
 * Observed on Docker 20.10.24: the mount point runc makes, tini's exec failures, the signals it
 * passes on and those it keeps, its exit codes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, CreateOptions, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { containerBase } from '../../src/container/stack.js';
import { goNil } from '../../src/go/reflect.js';
import { diff } from '../../src/layer/diff.js';
import type { Container } from '../../src/state.js';
import { createRequest, type Given, given, type Then } from '../../src/testing/decider-spec.js';
import { inspectContainer } from '../../src/view/inspect.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const INIT: Partial<CreateOptions> = { init: true };
const create = (cmd: readonly string[], extra: Partial<CreateOptions> = INIT): Command => ({ type: 'create', ...createRequest('web', cmd, extra) });
const run = (cmd: readonly string[], detach = true, extra: Partial<CreateOptions> = INIT): Command => ({ type: 'run', detach, ...createRequest('web', cmd, extra) });
const kill = (signal: string): Command => ({ type: 'kill', ref: 'web', signal });

function web(g: Given): Container {
  const c = findContainer(g.strata.state, 'web');
  if (isError(c)) throw new Error(render(c));
  return c;
}
const status = (g: Given): string => `${web(g).state.running ? 'running' : 'exited'} ${web(g).state.exitCode}`;
const diffOf = (g: Given): string[] => diff(web(g).rw, containerBase(g.strata.state, web(g))).map((d) => `${d.kind} ${d.path}`);
const stderr = (t: Then): string => (t.decision.reply.output ?? []).filter((o) => o.stream === 'stderr').map((o) => o.text).join('');

describe('--init', () => {
  it('is HostConfig.Init as given: true, false, or null without the flag', () => {
    const init = (extra: Partial<CreateOptions>): unknown => {
      const g = given(base, [create(['true'], extra)]);
      return (inspectContainer(g.strata.state, web(g)) as { HostConfig: { Init: unknown } }).HostConfig.Init;
    };
    expect(init(INIT)).toBe(true);
    expect(init({ init: false })).toBe(false);
    expect(init({})).toEqual(goNil('ptr', '*bool'));
    // Path and Args stay the program's
    expect(web(given(base, [create(['sleep', '1000'])]))).toMatchObject({ path: 'sleep', args: ['1000'] });
  });

  it('runc makes the mount point /sbin/docker-init at start, before the program runs, even read-only', () => {
    const g = given(base, [create(['sleep', '1000'])]);
    expect(diffOf(g)).toEqual([]);
    g.when({ type: 'start', ref: 'web', attach: false }).thenEvents(['ContainerFsChanged', 'ContainerStarted']);
    expect(diffOf(g)).toEqual(['A /sbin', 'A /sbin/docker-init']);
    expect(web(g).rw.get('sbin/docker-init')).toMatchObject({ type: 'file', mode: 0o755, size: 0 });
    expect(diffOf(given(base, [run(['sleep', '1000'], true, { init: true, readOnly: true })]))).toEqual(['A /sbin', 'A /sbin/docker-init']);
    // a restart finds it there
    g.when({ type: 'restart', ref: 'web', timeout: 1 }).thenEvents(['ContainerKilled', 'ContainerDied', 'ContainerStopped', 'ContainerStarted', 'ContainerRestarted']);
    // without --init, nothing
    expect(diffOf(given(base, [run(['sleep', '1000'], true, {})]))).toEqual([]);
  });

  it('an image with /sbin: the directory is copied up; one whose /sbin is a file is refused', () => {
    const withSbin = given(base, [
      { type: 'run', detach: false, ...createRequest('mk', ['mkdir', '/sbin']) },
      { type: 'commit', ref: 'mk', repoTag: 'sbin:1', message: '', author: '', changes: [], pause: true },
      { type: 'run', detach: true, ...createRequest('web', ['sleep', '1000'], { image: 'sbin:1', init: true }) },
    ]);
    expect(diffOf(withSbin)).toEqual(['C /sbin', 'A /sbin/docker-init']);
    const sbinFile = given(base, [
      { type: 'run', detach: false, ...createRequest('mk', ['touch', '/sbin']) },
      { type: 'commit', ref: 'mk', repoTag: 'sbin:2', message: '', author: '', changes: [], pause: true },
    ]);
    expect(render(sbinFile.when({ type: 'run', detach: true, ...createRequest('web', ['true'], { image: 'sbin:2', init: true }) }).thenFails('unsupported').decision.error!)).toMatch(/--init with an image whose \/sbin is no directory/);
  });

  it('a program docker-init cannot exec: the container starts, then exits with tini’s code and message', () => {
    const cases: [string, number, string][] = [
      ['nosuch', 127, 'No such file or directory'],
      ['/etc', 126, 'Permission denied'],
      ['/bin/nosuch/x', 127, 'No such file or directory'],
      ['/bin/sh/x', 1, 'Not a directory'],
    ];
    for (const [program, code, why] of cases) {
      const t = given(base).when(run([program], false)).thenEvents(['ContainerCreated', 'ContainerStarted', 'ContainerDied']);
      expect({ code: t.decision.reply.exitCode, stderr: stderr(t), error: t.decision.error }, program).toEqual({ code, stderr: `[FATAL tini (7)] exec ${program} failed: ${why}\n`, error: undefined });
    }
  });

  it('the exit is the child’s: its code, or 128+N for a signal N that killed it', () => {
    expect(given(base).when(run(['sh', '-c', 'echo hi; exit 7'], false)).decision.reply.exitCode).toBe(7);
    const g = given(base, [run(['sleep', '1000'])]);
    g.when({ type: 'stop', ref: 'web' });
    expect(status(g)).toBe('exited 143');
    // no grace period: the child dies at once
    expect(g.strata.state.clock - (web(g).state.startedAt ?? 0)).toBeLessThan(2000);
  });

  it('passes a signal on to its child, which is no PID 1 and dies of it', () => {
    for (const [sig, code] of [['TERM', 143], ['USR1', 138], ['HUP', 129], ['INT', 130], ['QUIT', 131], ['PIPE', 141], ['ALRM', 142]] as const) {
      const g = given(base, [run(['sleep', '1000'])]);
      g.when(kill(sig));
      expect(status(g), sig).toBe(`exited ${code}`);
    }
  });

  it('keeps those it does not pass on: the synchronous ones, TTIN, TTOU, CHLD; the child ignores CONT, URG, WINCH', () => {
    const g = given(base, [run(['sleep', '1000'])]);
    for (const sig of ['ABRT', 'SEGV', 'FPE', 'ILL', 'BUS', 'TRAP', 'SYS', 'CHLD', 'WINCH', 'CONT', 'URG', 'TTIN', 'TTOU']) {
      g.when(kill(sig)).thenEvents(['ContainerKilled']);
      expect(status(g), sig).toBe('running 0');
    }
    g.when(kill('KILL'));
    expect(status(g)).toBe('exited 137');
  });

  it('a child with traps handles what it is passed; a shell without dies, its sleep with it', () => {
    const trapped = given(base, [run(['sh', '-c', "trap 'exit 3' TERM; while :; do sleep 1; done"])]);
    trapped.when({ type: 'stop', ref: 'web', timeout: 5 });
    expect(status(trapped)).toBe('exited 3');
    const bare = given(base, [run(['sh', '-c', 'sleep 1000; true'])]);
    bare.when({ type: 'stop', ref: 'web' });
    expect(status(bare)).toBe('exited 143');
  });

  it('the child’s pid in its namespace is not the model’s to know: $$ is refused', () => {
    expect(render(given(base).when(run(['sh', '-c', 'echo $$'], false)).thenFails('unsupported').decision.error!)).toMatch(/"\$\$" in a process whose pid the model does not know/);
  });
});
