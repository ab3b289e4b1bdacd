/**
 * The layers figure, from a store's state: images as stacks of layers, a shared layer drawn once,
 * each container as its image's stack plus an init layer and a read-write layer with what `diff`
 * lists; `--graph` adds the image parent graph; `--at` draws the past.
 */
import { describe, expect, it } from 'vitest';
import { type State, dockerCli, layersDiagram, layersGraph } from '../../src/index.js';
import { ModelSession } from '../../src/testing/session.js';

/** The store: import base:1, run dd1, commit dd1 ddimg:1, create dd2 ddimg:1, run -d dd3 base:1. */
function store(): ModelSession {
  const s = new ModelSession('');
  for (const argv of [
    ['run', '--name', 'dd1', 'base:1', 'sh', '-c', 'echo hi > /f'],
    ['commit', 'dd1', 'ddimg:1'],
    ['create', '--name', 'dd2', 'ddimg:1'],
    ['run', '-d', '--name', 'dd3', 'base:1', 'sleep', '1000'],
  ]) expect(s.run(argv).exitCode).toBe(0);
  return s;
}

const baseLayerOf = (state: State): string => {
  const g = layersGraph(state);
  if ('code' in g) throw new Error(g.code);
  return g.layers.find((l) => l.parent === null)!.chainId;
};

describe('strata diagram layers', () => {
  it('[VIEW-4] names every image and container, and draws the base layer the two images share once', () => {
    const s = store();
    const dot = s.run(['diagram', 'layers', '--format', 'dot']);
    expect(dot.exitCode).toBe(0);
    for (const name of ['base:1', 'ddimg:1', 'container dd1', 'container dd2', 'container dd3']) expect(dot.stdout).toContain(name);
    const base = baseLayerOf(s.state);
    // one node for it, and edges up from it to ddimg:1's layer, to base:1 and to dd1's and dd3's init layers
    expect(dot.stdout.match(new RegExp(`^ {2}"L ${base}" \\[label=`, 'gm'))).toHaveLength(1);
    expect(dot.stdout.match(new RegExp(`^ {2}"L ${base}" -> `, 'gm'))).toHaveLength(4);
    expect(dot.stdout).toMatch(/label="read-write layer\\nA \/f"/);
    expect(dot.stdout).toMatch(/label="container dd3 \([0-9a-f]{12}\) · running"/);
    expect(dot.stdout).toContain('sh -c echo hi > /f'); // the commit's layer, made by dd1's command
  });

  it('draws only what it is asked for, with each container’s image, and the parent graph with --graph', () => {
    const s = store();
    const g = layersGraph(s.state, ['dd2']);
    if ('code' in g) throw new Error(g.code);
    expect(g.containers.map((c) => c.name)).toEqual(['dd2']);
    expect(g.images.flatMap((i) => i.tags)).toEqual(['ddimg:1']);
    expect(g.layers).toHaveLength(2);
    const withParents = layersGraph(s.state, ['dd2'], { graph: true });
    if ('code' in withParents) throw new Error(withParents.code);
    expect(withParents.images.flatMap((i) => i.tags).sort()).toEqual(['base:1', 'ddimg:1']);
    const mermaid = s.run(['diagram', 'layers', 'dd2', '--graph']).stdout;
    expect(mermaid).toMatch(/^flowchart BT\n/);
    expect(mermaid).toMatch(/ -\. parent \.-> /);
  });

  it('refuses a name that is neither a container nor an image, as inspect does', () => {
    const s = store();
    expect(s.run(['diagram', 'layers', 'dd1', 'nope'])).toEqual({ stdout: '', stderr: 'Error: No such object: nope\n', exitCode: 1 });
    expect(layersDiagram(s.state, 'dot', { refs: ['nope'] })).toEqual({ code: 'no_such_object', ref: 'nope' });
  });

  it('draws the store as it was with --at', () => {
    const s = store();
    const afterRun = s.state.seq; // then: after dd3's run
    expect(s.run(['rm', '-f', 'dd3']).exitCode).toBe(0);
    const now = s.run(['diagram', 'layers', '--format', 'dot']).stdout;
    expect(now).not.toContain('container dd3');
    const then = dockerCli(['diagram', 'layers', '--format', 'dot', '--at', String(afterRun)], { strata: s.strata });
    expect(then.stdout).toContain('container dd3');
  });

  it('draws SVG with every name as text', async () => {
    const s = store();
    const svg = await layersDiagram(s.state, 'svg');
    if (typeof svg !== 'string') throw new Error('not drawn');
    for (const name of ['base:1', 'ddimg:1', 'dd1', 'dd2', 'dd3']) expect(svg).toContain(name);
  });
});
