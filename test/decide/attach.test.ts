/**
 * The attached client's wait, decided (src/decide.ts `foreground`): a foreground run, start -a and
 * attach wait for the process in model time; one that never exits on its own is refused as
 * would_block, unless the command says how long the client stays (`leaveAfter`): then the process is
 * left running, with what it printed by then. Grouped by the status of the container attached to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const TICKS = ['sh', '-c', 'while :; do echo tick; sleep 1; done'];
const run = (cmd: readonly string[], extra: { leaveAfter?: number } = {}): Command => ({ type: 'run', detach: false, ...createRequest('web', cmd), ...extra });
const detached = (cmd: readonly string[]): Command => ({ type: 'run', detach: true, ...createRequest('web', cmd) });
const attach = (leaveAfter?: number): Command => ({ type: 'attach', ref: 'web', ...(leaveAfter !== undefined ? { leaveAfter } : {}) });
const printed = (d: { reply: { output?: readonly { text: string }[] } }): string => (d.reply.output ?? []).map((o) => o.text).join('');

describe('a foreground run', () => {
  it('of a program that exits is waited for in model time, with or without leaveAfter', () => {
    for (const extra of [{}, { leaveAfter: 0 }]) {
      // (a foreground run's attach is its ContainerCreated's: `attach: true`, which the events view shows)
      const t = given(base).when(run(['sh', '-c', 'sleep 5; echo done; exit 4'], extra)).thenEvents(['ContainerCreated', 'ContainerStarted', 'ContainerProcessBlocked', 'ContainerOutput', 'ContainerDied']);
      expect(t.decision.reply).toMatchObject({ exitCode: 4 });
      expect(t.decision.reply.running).toBeUndefined();
      expect(printed(t.decision)).toBe('done\n');
    }
  });

  it('of a program that never exits is refused as would_block, and nothing is logged', () => {
    const t = given(base).when(run(TICKS)).thenFails('would_block');
    expect(render(t.decision.error!)).toBe('strata: run (use -d) would block forever in the model (its process never exits on its own)');
  });

  it('with leaveAfter leaves it running after that long: what the look ahead emitted is taken back', () => {
    const now = given(base).when(run(TICKS, { leaveAfter: 0 })).decision;
    expect(now.reply).toMatchObject({ running: true });
    expect(now.reply.exitCode).toBeUndefined();
    expect(printed(now)).toBe('tick\n');
    const later = given(base).when(run(TICKS, { leaveAfter: 2500 })).decision;
    expect(printed(later)).toBe('tick\ntick\ntick\n');
    expect(later.events.at(-1)?.event.type).toBe('ContainerProcessBlocked');
    expect(later.events.some((e) => e.event.type === 'ContainerDied')).toBe(false);
  });
});

describe('attach', () => {
  it('when created or exited: the client refuses a stopped container', () => {
    given(base, [{ type: 'create', ...createRequest('web', TICKS) }]).when(attach(0)).thenFails('attach_refused');
    const t = given(base, [run(['true'])]).when(attach(0)).thenFails('attach_refused');
    expect(render(t.decision.error!)).toBe('You cannot attach to a stopped container, start it first');
  });

  it('when paused: refused, unpause it first', () => {
    const t = given(base, [detached(TICKS), { type: 'pause', ref: 'web' }]).when(attach(0)).thenFails('attach_refused');
    expect(render(t.decision.error!)).toBe('You cannot attach to a paused container, unpause it first');
  });

  it('when running: the attach is logged, then the output from there on until the exit', () => {
    const forever = given(base, [detached(TICKS)]).when(attach(1500)).decision;
    // what fell due since the run is logged first, as any command does; then the attach
    const types = forever.events.map((e) => e.event.type);
    expect(types.slice(types.indexOf('ContainerAttached'))).toEqual(['ContainerAttached', 'ContainerOutput', 'ContainerProcessBlocked']);
    expect(forever.reply).toMatchObject({ running: true });
    expect(printed(forever)).toBe('tick\n');
    given(base, [detached(TICKS)]).when(attach()).thenFails('would_block');
    const ends = given(base, [detached(['sh', '-c', 'sleep 2; echo bye; exit 6'])]).when(attach());
    expect(ends.decision.reply).toMatchObject({ exitCode: 6 });
    expect(printed(ends.decision)).toBe('bye\n');
  });

  it('when unknown: no such container', () => given(base).when(attach(0)).thenFails('no_such_container'));
});
