/**
 * `docker system df`'s arithmetic (src/view/df.ts) on states made by the model: the images counted
 * (not a build's intermediate), each layer once, what each image shares, the containers using each,
 * the RW layers' sizes, and the client's RECLAIMABLE sums and percentages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import * as table from '../../src/core/table.js';
import { createRequest, given } from '../../src/testing/decider-spec.js';
import type { State } from '../../src/state.js';
import { diskUsage, dfRows, reclaimableText, usageTotals } from '../../src/view/df.js';
import { baseLayer } from '../support/stores.js';

let base: LayerInput;
beforeAll(async () => {
  base = await baseLayer();
});

const run = (name: string, script: string, image = 'base:1', detach = false): Command => ({ type: 'run', detach, ...createRequest(name, ['sh', '-c', script], { image }) });
const commit = (ref: string, repoTag: string): Command => ({ type: 'commit', ref, repoTag, message: '', author: '', changes: [], pause: true });

/** The base image's size: its one layer. */
const baseSize = (s: State): number => [...table.values(s.layers)].find((l) => l.parent === null)!.size;

/** A summary of what diskUsage counted: `repo:tag size shared containers` per image, `name size active` per container. */
function counted(s: State): { layersSize: number; images: string[]; containers: string[] } {
  const du = diskUsage(s);
  const b = baseSize(s);
  // sizes relative to the base image's, which is the stand-in busybox's
  const rel = (n: number): string => (n >= b ? `B+${n - b}` : String(n));
  return {
    layersSize: du.layersSize - b,
    images: du.images.map((i) => `${i.repo}:${i.tag} ${rel(i.size)} ${rel(i.sharedSize)} ${i.containers}`),
    containers: du.containers.map((c) => `${c.container.name} ${c.sizeRw} ${c.active}`),
  };
}

describe('system df', () => {
  // c1 writes 6 bytes, committed as img:a; c2, from img:a, 4 bytes and a symlink of 4: img:b;
  // `up` runs from img:b with 2 bytes written; `made` was only created
  const world = () =>
    given(base, [
      run('c1', 'echo 12345 > /a'),
      commit('c1', 'img:a'),
      run('c2', 'echo abc > /b; ln -s /x/y /l', 'img:a'),
      commit('c2', 'img:b'),
      run('up', 'echo 1 > /u; while :; do sleep 1; done', 'img:b', true),
      { type: 'create', ...createRequest('made', ['true']) },
    ]);

  it('counts each layer once, what each image shares with the others, and the containers of each', () => {
    const s = world().strata.state;
    expect(counted(s)).toEqual({
      layersSize: 14,
      images: ['img:b B+14 B+6 1', 'img:a B+6 B+6 1', 'base:1 B+0 B+0 2'],
      containers: ['made 0 false', 'up 2 true', 'c2 8 false', 'c1 6 false'],
    });
    const b = baseSize(s);
    // what the images in use hold alone stays: img:b's 8 bytes
    expect(usageTotals(diskUsage(s))).toEqual({
      images: { total: 3, active: 3, size: b + 14, reclaimable: b + 6 },
      containers: { total: 4, active: 1, size: 16, reclaimable: 14 },
    });
  });

  it('leaves out an intermediate image, counts a dangling one, and a tag moved to the same layers shares them', () => {
    const g = world();
    // img:a loses its tag and keeps its child (img:b): an intermediate; img:c is committed twice
    // from c1 (the same layer), so the first is left dangling
    for (const c of [{ type: 'rmi', ref: 'img:a', force: true, prune: true } as const, commit('c1', 'img:c'), commit('c1', 'img:c')]) g.when(c);
    const s = g.strata.state;
    expect(counted(s)).toEqual({
      layersSize: 14,
      images: ['img:c B+6 B+6 0', '<none>:<none> B+6 B+6 0', 'img:b B+14 B+6 1', 'base:1 B+0 B+0 2'],
      containers: ['made 0 false', 'up 2 true', 'c2 8 false', 'c1 6 false'],
    });
  });

  it("names an image by its first tag in the reference store's order: the full names'", () => {
    const g = world();
    g.when(commit('c1', 'localhost:5000/q:1'));
    g.when({ type: 'tag', source: 'localhost:5000/q:1', target: 'zz/a:9' });
    // localhost:5000/q:1 comes first by its familiar name, docker.io/zz/a:9 by its full one
    expect(counted(g.strata.state).images[0]).toMatch(/^zz\/a:9 /);
  });

  it('prints RECLAIMABLE as the client does: four digits, a truncated percentage when there is a size', () => {
    expect(reclaimableText({ total: 3, active: 1, size: 870_000, reclaimable: 800_000 })).toBe('800kB (91%)');
    expect(reclaimableText({ total: 5, active: 3, size: 2_782_003, reclaimable: 2_282_003 })).toBe('2.282MB (82%)');
    expect(reclaimableText({ total: 1, active: 0, size: 1_982_256, reclaimable: 1_982_256 })).toBe('1.982MB (100%)');
    expect(reclaimableText({ total: 0, active: 0, size: 0, reclaimable: 0 })).toBe('0B');
  });

  it('has four rows: images, containers, and empty local volumes and build cache', () => {
    const rows = dfRows(world().strata.state) as { Type: string; TotalCount: string; Active: string; Size: string; Reclaimable: string }[];
    expect(rows.map((r) => [r.Type, r.TotalCount, r.Active, r.Size, r.Reclaimable])).toEqual([
      ['Images', '3', '3', expect.stringMatching(/B$/), expect.stringMatching(/%\)$/)],
      ['Containers', '4', '1', '16B', '14B (87%)'],
      ['Local Volumes', '0', '0', '0B', '0B'],
      ['Build Cache', '0', '0', '0B', '0B'],
    ]);
  });
});
