/**
 * run/create's -h/--hostname, --stop-signal and --stop-timeout, decided (docs/rules.md LIFE-19–LIFE-21).
 * Expected texts and behaviours were observed on Docker 20.10.24.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, CreateOptions, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { dockerSignal } from '../../src/container/signals.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import { createRequest, given, type Given, type Then } from '../../src/testing/decider-spec.js';
import type { Container } from '../../src/state.js';
import { statusOf } from '../../src/state.js';
import { eventLines } from '../../src/view/events.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const create = (cmd: readonly string[], extra: Partial<CreateOptions> = {}): Command => ({ type: 'create', ...createRequest('web', cmd, extra) });
const run = (cmd: readonly string[], extra: Partial<CreateOptions> = {}): Command => ({ type: 'run', detach: false, ...createRequest('web', cmd, extra) });
const start: Command = { type: 'start', ref: 'web', attach: false };
const LOOP = (traps: string): string[] => ['sh', '-c', `${traps}; while :; do sleep 1; done`];

function web(g: Given): Container {
  const c = findContainer(g.strata.state, 'web');
  if (isError(c)) throw new Error(render(c));
  return c;
}
const stdout = (t: Then): string => (t.decision.reply.output ?? []).map((o) => o.text).join('');
const killed = (t: Then): unknown[] => t.decision.events.flatMap((e) => (e.event.type === 'ContainerKilled' ? [e.event.signal] : []));

describe('-h/--hostname', () => {
  it('is Config.Hostname, /etc/hostname and $HOSTNAME', () => {
    const t = given(base).when(run(['sh', '-c', 'cat /etc/hostname; echo $HOSTNAME'], { hostname: 'a.b.c' }));
    expect(stdout(t)).toBe('a.b.c\na.b.c\n');
    const g = given(base, [create(['true'], { hostname: 'a.b.c' })]);
    expect(web(g).config.Hostname).toBe('a.b.c');
    expect(web(g).config.Domainname).toBe('');
  });
  it('"" leaves the default, the short id', () => {
    const g = given(base, [create(['true'], { hostname: '' })]);
    expect(web(g).config.Hostname).toBe(web(g).id.slice(0, 12));
  });
  it('-e HOSTNAME overrides the variable, not the file', () => {
    const t = given(base).when(run(['sh', '-c', 'cat /etc/hostname; echo $HOSTNAME'], { hostname: 'x', env: ['HOSTNAME=y'] }));
    expect(stdout(t)).toBe('x\ny\n');
  });
  it('64 bytes start; 65 (UTF-8 counted in bytes) fail the start with sethostname, before the program is looked up', () => {
    given(base, [create(['true'], { hostname: 'é'.repeat(32) })]).when(start).thenEvents(['ContainerStarted', 'ContainerDied']);
    const t = given(base, [create(['nosuchcmd'], { hostname: `${'é'.repeat(32)}a` })]).when(start).thenFails('start_failed');
    expect(render(t.decision.error!)).toBe(
      'failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: sethostname: invalid argument: unknown',
    );
    expect(t.decision.reply.exitCode).toBe(128);
    expect(t.events).toEqual(['ContainerStartFailed']);
  });
});

describe('--stop-signal', () => {
  it('parses as ParseSignal does: Atoi first (any non-zero int), then the names', () => {
    expect(['FOO', 'SIGFOO', '0', '-0', '1.5', '0x2', 'SIGSIGTERM', '', '99999999999999999999'].map(dockerSignal)).toEqual(Array(9).fill(undefined));
    expect(['+9', '-1', '65', 'usr1', 'SIGterm', 'RTMIN', 'rtmin+3', 'RTMAX-1', 'IOT'].map(dockerSignal)).toEqual([9n, -1n, 65n, 10n, 15n, 34n, 37n, 63n, 6n]);
  });
  it('create refuses one that does not parse, as the daemon does', () => {
    const t = given(base).when(create(['true'], { stopSignal: 'FOO' })).thenFails('invalid_signal');
    expect(render(t.decision.error!)).toBe('Invalid signal: FOO');
    given(base).when(create(['true'], { stopSignal: '0' })).thenFails('invalid_signal');
    given(base).when(create(['true'], { stopSignal: '65' })).thenEvents(['ContainerCreated']);
  });
  it('stop sends it first, and its trap decides the exit code', () => {
    const g = given(base, [create(LOOP("trap 'exit 3' USR1; trap 'exit 4' TERM"), { stopSignal: 'usr1' }), start]);
    expect(killed(g.when({ type: 'stop', ref: 'web', timeout: 5 }))).toEqual([10]);
    expect(web(g).state.exitCode).toBe(3);
  });
  it('one strata cannot deliver (real-time, or one the kernel refuses) makes stop refused, with nothing done', () => {
    for (const stopSignal of ['RTMIN', '65', '-1']) {
      const t = given(base, [create(['sleep', '1000'], { stopSignal }), start]).when({ type: 'stop', ref: 'web' }).thenFails('unsupported');
      expect(t.events).toEqual([]);
    }
  });
  it('commit does not take it as a change', () => {
    const t = given(base, [create(['true'])]).when({ type: 'commit', ref: 'web', repoTag: 'img:1', message: '', author: '', changes: ['STOPSIGNAL HUP'], pause: true }).thenFails('invalid_change');
    expect(render(t.decision.error!)).toBe('stopsignal is not a valid change command');
  });
  it('kill without -s still sends KILL; -s +9 is KILL too', () => {
    const g = given(base, [create(['sleep', '1000'], { stopSignal: 'USR1' }), start]);
    expect(killed(g.when({ type: 'kill', ref: 'web', signal: 'KILL' }))).toEqual([9]);
    expect(killed(given(base, [create(['sleep', '1000']), start]).when({ type: 'kill', ref: 'web', signal: '+9' }))).toEqual([9]);
  });
  it('kill -s -1: the daemon refuses the uint64 it makes of it', () => {
    const t = given(base, [create(['sleep', '1000']), start]).when({ type: 'kill', ref: 'web', signal: '-1' }).thenFails('kill_unsupported_signal');
    expect(render(t.decision.error!)).toBe('Cannot kill container: web: The linux daemon does not support signal 18446744073709551615');
  });
});

describe('--stop-signal and the restart manager', () => {
  const trapped = (stopSignal?: string) =>
    given(base, [create(LOOP("trap 'exit 3' USR1"), { restart: { name: 'on-failure', max: 1 }, ...(stopSignal !== undefined ? { stopSignal } : {}) }), start]);
  it('a signal other than the container’s own stop signal keeps it: the container restarts', () => {
    const g = trapped('TERM');
    g.when({ type: 'kill', ref: 'web', signal: 'USR1' });
    g.when({ type: 'tick' });
    g.env.advance(2000);
    g.when({ type: 'tick' });
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['running', 1]);
  });
  it('without a stop signal of its own, any signal cancels it', () => {
    const g = trapped();
    g.when({ type: 'kill', ref: 'web', signal: 'USR1' });
    g.env.advance(2000);
    g.when({ type: 'tick' });
    expect([statusOf(web(g).state), web(g).restartCount, web(g).state.exitCode]).toEqual(['exited', 0, 3]);
  });
  it('its own stop signal cancels it', () => {
    const g = trapped('USR1');
    g.when({ type: 'kill', ref: 'web', signal: 'usr1' });
    g.env.advance(2000);
    g.when({ type: 'tick' });
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['exited', 0]);
  });
  it('a restarting container: another signal only marks it stopped by hand and the restarts go on; the stop signal ends them', () => {
    const restarting = () => given(base, [create(['sh', '-c', 'exit 2'], { restart: { name: 'always', max: 0 }, stopSignal: 'TERM' }), start]);
    const g = restarting();
    expect(statusOf(web(g).state)).toBe('restarting');
    // the restarts the clock brought since the last command come first
    const other = g.when({ type: 'kill', ref: 'web', signal: 'USR1' });
    expect(other.decision.error).toBeUndefined();
    // no process to signal: the kill is bookkeeping, which `docker events` does not show
    expect(other.events.filter((e) => e === 'ContainerKilled' || e === 'ContainerStopped')).toEqual(['ContainerKilled']);
    expect(eventLines(g.strata.commands()).filter((l) => / container kill /.test(l))).toEqual([]);
    expect([statusOf(web(g).state), web(g).manuallyStopped, web(g).restartCanceled]).toEqual(['restarting', true, false]);
    g.env.advance(5000);
    g.when({ type: 'tick' });
    expect(statusOf(web(g).state)).toBe('restarting');
    const own = restarting().when({ type: 'kill', ref: 'web', signal: 'TERM' });
    expect([own.events.at(-1), own.events.filter((e) => e === 'ContainerKilled')]).toEqual(['ContainerStopped', []]);
  });
  it('any kill marks the container stopped by hand: unless-stopped restarts no more, always restarts, even for a signal that keeps the restart manager', () => {
    const killed = (name: 'always' | 'unless-stopped') => {
      const g = given(base, [create(LOOP("trap 'exit 3' USR1"), { restart: { name, max: 0 }, stopSignal: 'TERM' }), start]);
      g.when({ type: 'kill', ref: 'web', signal: 'USR1' });
      g.env.advance(2000);
      g.when({ type: 'tick' });
      return [statusOf(web(g).state), web(g).restartCount];
    };
    expect(killed('unless-stopped')).toEqual(['exited', 0]);
    expect(killed('always')).toEqual(['running', 1]);
    // killed while it waits to restart: the pending restart still comes, the exit after it is final
    const g = given(base, [create(['sh', '-c', 'exit 2'], { restart: { name: 'unless-stopped', max: 0 }, stopSignal: 'TERM' }), start]);
    g.when({ type: 'kill', ref: 'web', signal: 'USR1' });
    // the count was raised when the restart was decided, at the exit before the kill
    const count = web(g).restartCount;
    g.env.advance(60_000);
    const after = g.when({ type: 'tick' });
    expect(after.events.filter((e) => e === 'ContainerStarted' || e === 'ContainerDied' || e === 'ContainerRestarting')).toEqual(['ContainerStarted', 'ContainerDied']);
    expect([statusOf(web(g).state), web(g).restartCount]).toEqual(['exited', count]);
    // a start by the user clears the mark
    g.when({ type: 'start', ref: 'web', attach: false });
    expect([web(g).manuallyStopped, web(g).restartCanceled]).toEqual([false, false]);
  });
  it('stop of a restarting container names its stop signal', () => {
    const t = given(base, [create(['sh', '-c', 'exit 2'], { restart: { name: 'always', max: 0 }, stopSignal: 'HUP' }), start]).when({ type: 'stop', ref: 'web' });
    expect(killed(t)).toEqual([1]);
  });
  it('a paused container: its stop signal unpauses it; another is held until unpause, not modelled', () => {
    const paused = () => given(base, [create(LOOP("trap 'exit 3' USR1; trap 'exit 4' TERM"), { stopSignal: 'TERM' }), start, { type: 'pause', ref: 'web' }]);
    paused().when({ type: 'kill', ref: 'web', signal: 'TERM' }).thenEvents(['ContainerKilled', 'ContainerUnpaused']);
    paused().when({ type: 'kill', ref: 'web', signal: 'USR1' }).thenFails('unsupported');
  });
});

describe('--stop-timeout', () => {
  const ignoring = (extra: Partial<CreateOptions>) => given(base, [create(['sleep', '1000'], extra), start]);
  const graceOf = (t: Then): number => {
    const at = (signal: number) => t.decision.events.find((e) => e.event.type === 'ContainerKilled' && e.event.signal === signal)!.at;
    return at(9) - at(15);
  };
  it('is the grace period of stop and restart without -t', () => {
    expect(graceOf(ignoring({ stopTimeout: 3 }).when({ type: 'stop', ref: 'web' }))).toBe(3000);
    expect(graceOf(ignoring({ stopTimeout: 3 }).when({ type: 'restart', ref: 'web' }))).toBe(3000);
    expect(graceOf(ignoring({}).when({ type: 'stop', ref: 'web' }))).toBe(10_000);
  });
  it('-t overrides it', () => {
    expect(graceOf(ignoring({ stopTimeout: 300 }).when({ type: 'stop', ref: 'web', timeout: 1 }))).toBe(1000);
  });
  it('a negative one waits for the process however long: a TERM trap ends it, a process that ignores TERM would block', () => {
    const t = given(base, [create(LOOP("trap 'exit 4' TERM"), { stopTimeout: -1 }), start]).when({ type: 'stop', ref: 'web' });
    expect(killed(t)).toEqual([15]);
    given(base, [create(LOOP('true'), { stopTimeout: -1 }), start]).when({ type: 'stop', ref: 'web' }).thenFails('would_block');
  });
  it('is in Config, 0 included, and not inherited from the image', () => {
    const g = given(base, [create(['true'], { stopTimeout: 0 })]);
    expect(web(g).config.StopTimeout).toBe(0);
    g.when({ type: 'commit', ref: 'web', repoTag: 'img:1', message: '', author: '', changes: [], pause: true });
    g.when({ type: 'create', ...createRequest('other', ['true'], { image: 'img:1' }) }).thenEvents(['ContainerCreated']);
    const other = findContainer(g.strata.state, 'other');
    expect(isError(other) ? other : other.config.StopTimeout).toBeUndefined();
  });
});
