/**
 * An exception inside decide is a bug of the model: decide answers it as data (model_bug, nothing
 * appended), Strata.execute hands it on, and the CLI prints it as strata's, never dressed as the
 * engine's refusal ("Error response from daemon: …"), with a non-zero exit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dockerCli } from '../../src/cli/embedded.js';
import { daemon } from '../../src/cli/output.js';
import type { LayerInput } from '../../src/commands.js';
import { render } from '../../src/core/errors.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { readLayerTar } from '../../src/layer/tar-read.js';
import { StoreError } from '../../src/log/errors.js';
import { Strata } from '../../src/strata.js';
import { createRequest } from '../../src/testing/decider-spec.js';
import { testEnvironment } from '../../src/testing/environment.js';

let base: LayerInput;
beforeAll(async () => {
  const layer = await readLayerTar(makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS));
  if ('code' in layer) throw new Error(render(layer.error));
  base = layer;
});

/** A store with base:1, whose ids, once `broken` is set, cannot be drawn: a create then throws `fault()` inside decide. */
function brokenIds(fault: () => Error = () => new TypeError('ids ran out')): { strata: Strata; now: () => number; break(): void } {
  const env = testEnvironment(7);
  let broken = false;
  const strata = Strata.inMemory({
    ...env,
    newId: () => {
      if (broken) throw fault();
      return env.newId();
    },
  });
  const d = strata.execute({ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' });
  if (d.error) throw new Error(render(d.error));
  return { strata, now: env.now, break: () => (broken = true) };
}

describe('a bug of the model', () => {
  it('is decide’s answer, as data: model_bug with the exception’s message and stack, no events', () => {
    const { strata, break: breakIds } = brokenIds();
    breakIds();
    const bug = strata.execute({ type: 'create', ...createRequest('web', ['true']) });
    expect(bug.error).toMatchObject({ code: 'model_bug', message: 'ids ran out' });
    expect(bug.events).toEqual([]);
    expect(render(bug.error!)).toMatch(/^strata: internal error \(a bug in strata, not an answer of the engine\): TypeError: ids ran out\n\s+at /);
  });

  it('is printed as strata’s by the CLI, whatever the verb, with a non-zero exit', () => {
    const { strata, now, break: breakIds } = brokenIds();
    expect(dockerCli(['run', '-d', '--name', 'web', 'base:1', 'sleep', '1000'], { strata, now }).exitCode).toBe(0);
    breakIds();
    for (const argv of [['create', 'base:1', 'true'], ['run', 'base:1', 'true'], ['exec', 'web', 'true']]) {
      const r = dockerCli(argv, { strata, now });
      expect(r.stderr, argv.join(' ')).toMatch(/^strata: internal error \(a bug in strata, not an answer of the engine\): TypeError: ids ran out\n/);
      expect(r.stderr, argv.join(' ')).not.toMatch(/Error response from daemon/);
      expect(r.exitCode, argv.join(' ')).not.toBe(0);
    }
    // every verb that prints the daemon's answer prints a model bug as it is
    expect(daemon({ code: 'model_bug', message: 'boom' })).toBe('strata: internal error (a bug in strata, not an answer of the engine): boom\n');
  });
});

describe('a fault of the store under decide’s context', () => {
  it('is no bug of the model: decide lets it through (a StoreError is a ContextFault), nothing is appended', () => {
    const fault = new StoreError({ code: 'io', path: '/store/blobs', op: 'read', errno: 'EIO', detail: 'i/o error' });
    const { strata, break: breakIds } = brokenIds(() => fault);
    const before = strata.state;
    breakIds();
    expect(() => strata.execute({ type: 'create', ...createRequest('web', ['true']) })).toThrow(fault);
    expect(strata.state).toBe(before);
  });
});
