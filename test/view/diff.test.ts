/**
 * `containerDiff`, docker diff read from a state through the library: what `strata diff` prints, as
 * data, and the engine's error as a value for a ref that names no container.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import { containerDiff, dockerCli } from '../../src/index.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const run = (name: string, script: string): Command => ({ type: 'run', detach: false, ...createRequest(name, ['sh', '-c', script], { image: 'base:1' }) });

describe('containerDiff', () => {
  it('lists what the container added, changed and deleted, as `strata diff` prints it', () => {
    const { strata } = given(base, [run('c1', 'echo x > /f; rm /bin/ls')]);
    const s = strata.state;
    expect(containerDiff(s, 'c1')).toEqual([
      { kind: 'C', path: '/bin' },
      { kind: 'D', path: '/bin/ls' },
      { kind: 'A', path: '/f' },
    ]);
    expect(dockerCli(['diff', 'c1'], { strata }).stdout).toBe('C /bin\nD /bin/ls\nA /f\n');
  });

  it('answers a ref that names no container with the engine’s error, as a value', () => {
    const s = given(base).strata.state;
    expect(containerDiff(s, 'nosuch')).toEqual({ code: 'no_such_container', ref: 'nosuch' });
  });
});
