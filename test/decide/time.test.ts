/**
 * Time, by container status: a wait on the model clock costs a handful of events whatever its
 * length when the process only sleeps, what falls due between two commands happens at its own time,
 * and stop's grace period is the engine's (container/stop-timeout.ts; the bounds observed on the
 * engine, see stop-timeout.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import * as table from '../../src/core/table.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { readLayerTar } from '../../src/layer/tar-read.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import type { Timed } from '../../src/core/work.js';
import type { EventType } from '../../src/events.js';
import { findContainer, isError } from '../../src/container/resolve.js';
import type { Container } from '../../src/state.js';
import type { Strata } from '../../src/strata.js';

let base: LayerInput;
beforeAll(async () => {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(render(layer.error));
  base = layer;
});

const QUIET = ['sh', '-c', 'while :; do sleep 1; done'];
const DEAF = ['sh', '-c', "trap '' TERM; while :; do sleep 1; done"];
const POLITE = ['sh', '-c', "trap 'exit 3' TERM; while :; do sleep 1; done"];
const TICKS = ['sh', '-c', 'while :; do echo tick; sleep 1; done'];
const DAY = 86_400_000;

const create = (cmd: readonly string[]): Command => ({ type: 'create', ...createRequest('web', cmd) });
const start: Command = { type: 'start', ref: 'web', attach: false };
const running = (cmd: readonly string[]) => given(base, [create(cmd), start]);
const stop = (timeout?: number): Command => ({ type: 'stop', ref: 'web', ...(timeout === undefined ? {} : { timeout }) });

const web = (s: Strata): Container => {
  const c = findContainer(s.state, 'web');
  if (isError(c)) throw new Error(c.code);
  return c;
};
const at = (events: readonly Timed[], type: EventType): number[] => events.filter((e) => e.event.type === type).map((e) => e.at);

describe('when running a loop that only sleeps', () => {
  /** stop -t `timeout`: the time from TERM to KILL, and how many events the stop appended */
  const stopped = (cmd: readonly string[], timeout: number): { grace: number; events: number } => {
    const t = running(cmd).when(stop(timeout)).thenEvents(['ContainerKilled', 'ContainerKilled', 'ContainerDied', 'ContainerStopped']);
    const [term, kill] = at(t.decision.events, 'ContainerKilled');
    return { grace: kill! - term!, events: t.events.length };
  };
  const FEW = 8;
  it('stop -t 10000 waits the 10,000 s on the model clock, then kills it, in a handful of events', () => {
    const r = stopped(DEAF, 10_000);
    expect(r.grace).toBe(10_000_000);
    expect(r.events).toBeLessThanOrEqual(FEW);
  });
  it('stop -t 1000000 costs no more', () => {
    const r = stopped(QUIET, 1_000_000);
    expect(r.grace).toBe(1_000_000_000);
    expect(r.events).toBeLessThanOrEqual(FEW);
  });
  it('stop -t 0 kills at once', () => expect(stopped(DEAF, 0).grace).toBe(0));
  it("a t of 9223372037 or more overflows the daemon's time.Duration: a deadline already passed, SIGKILL at once", () =>
    expect(stopped(DEAF, 9_223_372_037).grace).toBe(0));
  it('the largest t the daemon does not overflow waits its 292 years, still in a handful of events', () => {
    const r = stopped(DEAF, 9_223_372_036);
    expect(r.grace).toBe(9_223_372_036_000);
    expect(r.events).toBeLessThanOrEqual(FEW);
  });
  it('t=-1 (what -t 9223372036854775807 sends) waits without a limit: refused, it would block for ever', () => {
    const t = running(DEAF).when(stop(-1)).thenFails('would_block');
    expect(render(t.decision.error!)).toBe('strata: stop with t=-1 (no time limit) would block forever in the model (its process never exits on its own)');
  });
  it('the next command a day later adds one event for it: where a day of rounds left the process', () => {
    const g = running(QUIET);
    const before = web(g.strata).process!.state.wakeAt!;
    g.env.advance(DAY + 500);
    const t = g.when({ type: 'tick' }).thenEvents(['ContainerProcessBlocked']);
    expect(t.events).toEqual(['ContainerProcessBlocked']);
    const after = web(g.strata).process!.state;
    // one round a second: the round after the last one due by then
    const now = g.env.now();
    expect(after.wakeAt).toBe(before + Math.floor((now - before) / 1000) * 1000 + 1000);
    expect(t.decision.events[0]!.at).toBe(after.wakeAt! - 1000);
  });
  it('wait is refused at once: it never exits', () => running(QUIET).when({ type: 'wait', ref: 'web' }).thenFails('would_block'));
  it('an exec of sleep 3000 waits on the clock in a handful of events', () => {
    const t = running(QUIET).when({ type: 'exec', ref: 'web', argv: ['sh', '-c', 'sleep 3000; echo done'], env: [] }).thenEvents(['ExecStarted', 'ExecDied']);
    expect(t.decision.reply).toMatchObject({ exitCode: 0, output: [{ stream: 'stdout', text: 'done\n' }] });
    const [started] = at(t.decision.events, 'ExecStarted');
    expect(at(t.decision.events, 'ExecDied')[0]! - started!).toBe(3_000_000);
    expect(t.events.length).toBeLessThanOrEqual(5);
  });
  it('an exec of a loop that only sleeps is refused: neither it nor PID 1 ever ends', () =>
    running(QUIET).when({ type: 'exec', ref: 'web', argv: ['sh', '-c', 'while :; do sleep 1; done'], env: [] }).thenFails('would_block'));
});

describe('when running a loop that only sleeps but never repeats itself (its variable grows)', () => {
  const GROWING = ['sh', '-c', 'X=a; while :; do X=${X}a; sleep 1; done'];
  // ten thousand rounds of a growing state, each cloned as it is resumed
  const SLOW = 30_000;
  const x = (g: ReturnType<typeof running>): string | null | undefined => {
    const st = web(g.strata).process!.state;
    return st.kind === 'sh' ? st.vars.find((v) => v.name === 'X')?.value : undefined;
  };
  it('the next command 12,000 s later finds it exactly 12,000 rounds on, in a couple of events', () => {
    const g = running(GROWING);
    const before = x(g)!.length;
    g.env.advance(12_000_000 - 1000);
    const t = g.when({ type: 'tick' });
    expect(x(g)!.length - before).toBe(12_000);
    expect(t.events.length).toBeLessThanOrEqual(2);
  }, SLOW);
  it('wait on it is refused, once the model has followed it for a while', () => running(GROWING).when({ type: 'wait', ref: 'web' }).thenFails('would_block'), SLOW);
});

describe('when running a loop that traps TERM', () => {
  it('stop with t=-1 waits for the trap, which runs once the sleep ends', () => {
    const t = running(POLITE).when(stop(-1)).thenEvents(['ContainerKilled', 'ContainerDied', 'ContainerStopped']);
    expect(t.decision.events.find((e) => e.event.type === 'ContainerDied')!.event).toMatchObject({ exitCode: 3 });
    const [term] = at(t.decision.events, 'ContainerKilled');
    expect(at(t.decision.events, 'ContainerDied')[0]! - term!).toBeLessThanOrEqual(1000);
  });
  it('stop with a long grace period ends at the trap, not at the deadline', () => {
    const t = running(POLITE).when(stop(9_223_372_036));
    const [term] = at(t.decision.events, 'ContainerKilled');
    expect(at(t.decision.events, 'ContainerStopped')[0]! - term!).toBeLessThanOrEqual(1000);
  });
});

describe('when running a loop that prints', () => {
  it('the next command, 10.5 s later, finds a line of output at each round, each at its own time', () => {
    const g = running(TICKS);
    const last = web(g.strata).process!.state.wakeAt!;
    g.env.advance(9_500);
    const t = g.when({ type: 'tick' });
    const outputs = at(t.decision.events, 'ContainerOutput');
    expect(outputs).toEqual(Array.from({ length: 10 }, (_, i) => last + i * 1000));
    expect(web(g.strata).logs.filter((o) => o.text === 'tick\n').length).toBe(11);
    // the process's state is logged once, where the last round left it
    expect(t.events.filter((e) => e === 'ContainerProcessBlocked')).toHaveLength(1);
  });
  it('a foreground wait on it is refused: it never exits', () => running(TICKS).when({ type: 'wait', ref: 'web' }).thenFails('would_block'));
});

describe('when running sleep 1000', () => {
  const SLEEP = ['sleep', '1000'];
  it('an exec of a loop that only sleeps ends with PID 1: 137, exec_die before die, at PID 1\'s exit', () => {
    const t = running(SLEEP).when({ type: 'exec', ref: 'web', argv: ['sh', '-c', 'while :; do sleep 1; done'], env: [] });
    expect(t.decision.reply.exitCode).toBe(137);
    expect(t.events.filter((e) => e !== 'ContainerProcessBlocked')).toEqual(['ExecStarted', 'ExecDied', 'ContainerDied']);
    expect(at(t.decision.events, 'ExecDied')).toEqual(at(t.decision.events, 'ContainerDied'));
  });
  it('stop -t 5 kills it after 5 s: PID 1 ignores TERM', () => {
    const [term, kill] = at(running(SLEEP).when(stop(5)).decision.events, 'ContainerKilled');
    expect(kill! - term!).toBe(5000);
  });
});

describe('when paused', () => {
  it('a loop frozen for a day does nothing; unpaused, it goes on from where it was', () => {
    const g = given(base, [create(QUIET), start, { type: 'pause', ref: 'web' }]);
    const frozen = web(g.strata).process!.state.wakeAt!;
    g.env.advance(DAY);
    g.when({ type: 'tick' }).thenNothingHappened();
    expect(table.get(g.strata.state.timers, web(g.strata).id)).toBe(frozen);
    g.when({ type: 'unpause', ref: 'web' }).thenEvents(['ContainerUnpaused']);
    const t = g.when({ type: 'tick' }).thenEvents(['ContainerProcessBlocked']);
    expect(web(g.strata).process!.state.wakeAt).toBeGreaterThan(t.decision.events[0]!.at);
  });
});

describe('stop and restart with a t the daemon cannot read (a library caller\'s)', () => {
  it('stop: the daemon\'s strconv.Atoi error, before it looks the container up', () => {
    const t = given(base).when({ type: 'stop', ref: 'nope', timeout: 1.5 }).thenFails('stop_timeout_atoi');
    expect(render(t.decision.error!)).toBe('strconv.Atoi: parsing "1.5": invalid syntax');
  });
  it('restart: out of range', () => {
    const t = running(QUIET).when({ type: 'restart', ref: 'web', timeout: 1e19 }).thenFails('stop_timeout_atoi');
    expect(render(t.decision.error!)).toBe('strconv.Atoi: parsing "10000000000000000000": value out of range');
  });
});
