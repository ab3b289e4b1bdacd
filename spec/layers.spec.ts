/** Layer graph properties: commit, immutability of committed layers, the reference graph, deletion. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as table from '../src/core/table.js';
import { apply } from '../src/evolve.js';
import type { Digest } from '../src/layer/changeset.js';
import { nextChainId } from '../src/layer/digest.js';
import { type Container, type State, statusOf } from '../src/state.js';
import { Harness, type Observation, type Step, runScenario, scenario, scriptIndex, seedArb, steps } from './arbitraries.js';
import { Branches } from './branches.js';
import { invariants } from '../src/testing/invariants.js';
import { TRAP_LOOP } from '../src/testing/programs.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 40);

/*
 * Property 3. "Layer: tar of the container RW layer only (not the init layer) registered on top of the
 * parent image's ChainID. If that tar is the empty tar, the DiffID is not appended and the history entry
 * has `empty_layer: true`" (docs/rules.md COMMIT-1: daemon/commit.go, daemon/images/image_commit.go);
 * "each commit with a non-empty diff adds exactly one layer (N commits → 1+N layers); Parent always =
 * previous image id; empty diffs add none" (observed on Docker 20.10). Commit reads the
 * container; it never changes it (observed: "state afterwards: running, same Pid"; COMMIT-3).
 *
 * A refused commit adds no image, layer or tag, and logs only what the engine logs for it: daemon/commit.go
 * pauses a running container before it reads --change and the parent config, and unpauses it when either
 * fails. Observed on 20.10 (`docker events`): `commit -c 'RUN x'` of a running container logs `pause`,
 * `unpause` (the engine sometimes logs that pair twice, its monitor racing the unpause; the model logs it
 * once); with --pause=false, or of a created, exited or paused container, it logs nothing. A repository:tag
 * that does not parse (`Bad:Tag`) is refused by the docker client before it asks the daemon anything, so
 * that commit logs nothing either (found by the soak, seed 112582259).
 */
const COMMIT_BRANCHES = ['refused, nothing logged', 'refused after a pause', 'empty RW layer', 'non-empty RW layer'] as const;
type CommitBranch = (typeof COMMIT_BRANCHES)[number];

/** Refusals the docker client makes itself, before the daemon could pause anything. */
const CLIENT_REFUSALS: ReadonlySet<string> = new Set(['invalid_reference']);

const FIRST = { i: 0, form: 0, ghost: null };
/** run -d of the kit's trap loop (`trap 'exit 7' TERM; while :; do sleep 1; done`) */
const RUN_TRAP: Extract<Step, { kind: 'run' | 'create' }> = { kind: 'run', detach: true, image: FIRST, name: null, script: scriptIndex(TRAP_LOOP), restart: 'no', max: 0, autoRemove: false };
const refusedCommit = (pause: boolean, tag: string | null = null, changes = ['RUN x']): Step => ({ kind: 'commit', c: FIRST, tag, changes, pause });
/** The CI failure the engine's events settled (seed -1610305621): the refused commit of a running container pauses and unpauses it. */
const REFUSED_AFTER_PAUSE: readonly Step[] = [RUN_TRAP, refusedCommit(true)];
/** The soak's find (seed 112582259): a bad repository:tag is refused before any pause. */
const REFUSED_BY_CLIENT: readonly Step[] = [RUN_TRAP, refusedCommit(true, 'Bad:Tag', [])];

/** A refused commit: the events it logged, given whether it paused the container first. */
function checkRefused(o: Observation, c: Container, pause: boolean, code: string): CommitBranch {
  const own = o.envelopes.filter((e) => e.seq > o.before.seq).map((e) => e.event);
  const paused = pause && statusOf(c.state) === 'running' && !CLIENT_REFUSALS.has(code);
  expect(own, o.label).toEqual(paused ? [{ type: 'ContainerPaused', id: c.id }, { type: 'ContainerUnpaused', id: c.id }] : []);
  if (!paused) {
    expect(o.after, o.label).toBe(o.before);
    return 'refused, nothing logged';
  }
  for (const t of ['images', 'tags', 'layers'] as const) expect(o.after[t], `${o.label}: ${t}`).toEqual(o.before[t]);
  return 'refused after a pause';
}

test('[COMMIT-1, COMMIT-3] commit adds exactly one layer for a non-empty RW layer, none for an empty one, and never changes the container', async () => {
  const branches = new Branches<CommitBranch>(COMMIT_BRANCHES);
  const property = fc.asyncProperty(scenario(), seedArb, async (cmds, seed) => {
    await runScenario(cmds, seed, (o) => {
      if (o.command?.type !== 'commit' || !o.container) return;
      const c = o.container;
      expect(table.get(o.after.containers, c.id), o.label).toEqual(c);
      if (o.decision?.error) {
        branches.hit(checkRefused(o, c, o.command.pause, o.decision.error.code));
        return;
      }
      const parent = table.get(o.before.images, c.image)!;
      const child = table.get(o.after.images, o.decision!.reply.id!)!;
      expect(parent, o.label).toBeDefined();
      expect(child.parent, o.label).toBe(parent.id);
      const pIds = parent.config.rootfs.diff_ids;
      const cIds = child.config.rootfs.diff_ids;
      if (c.rw.size === 0) {
        branches.hit('empty RW layer');
        expect(cIds, o.label).toEqual(pIds);
        expect(child.chain, o.label).toEqual(parent.chain);
        expect(child.config.history.at(-1)?.empty_layer, o.label).toBe(true);
      } else {
        branches.hit('non-empty RW layer');
        expect(cIds.slice(0, -1), o.label).toEqual(pIds);
        expect(cIds.length, o.label).toBe(pIds.length + 1);
        const top = child.chain.at(-1)!;
        expect(top, o.label).toBe(nextChainId(parent.chain.at(-1) ?? null, cIds.at(-1) as Digest));
        const layer = table.get(o.after.layers, top)!;
        expect(layer.parent, o.label).toBe(c.layer);
        expect([...layer.changes].sort(), o.label).toEqual([...c.rw].sort());
      }
    });
  });
  await fc.assert(property, { numRuns: RUNS, examples: [[steps(REFUSED_AFTER_PAUSE), 1], [steps(REFUSED_BY_CLIENT), 1]] });
  branches.expectEach();
});

/*
 * The refused commit against the engine's events, one status and flag at a time (see Property 3): only
 * a running container committed with pause, under a repository:tag the client accepts, logs anything,
 * and that is `pause`, `unpause`.
 */
describe('[COMMIT-3] a refused commit logs what the engine logs', () => {
  const cases: [string, readonly Step[], Step, string, readonly string[]][] = [
    ['running', [RUN_TRAP], refusedCommit(true), 'invalid_change', ['ContainerPaused', 'ContainerUnpaused']],
    ['running, --pause=false', [RUN_TRAP], refusedCommit(false), 'invalid_change', []],
    ['running, a bad repository:tag', [RUN_TRAP], refusedCommit(true, 'Bad:Tag'), 'invalid_reference', []],
    ['created', [{ ...RUN_TRAP, kind: 'create', detach: false }], refusedCommit(true), 'invalid_change', []],
    ['exited', [{ ...RUN_TRAP, detach: false, script: scriptIndex(['sh', '-c', 'exit 0']) }], refusedCommit(true), 'invalid_change', []],
    ['paused', [RUN_TRAP, { kind: 'pause', c: FIRST }], refusedCommit(true), 'invalid_change', []],
  ];
  for (const [status, before, commit, code, events] of cases) {
    it(`[COMMIT-3] ${status}: ${events.length === 0 ? 'nothing' : events.join(', ')}`, async () => {
      const h = await Harness.create(1);
      for (const s of before) await h.run(s);
      const o = await h.run(commit);
      expect(o.decision?.error?.code, o.label).toBe(code);
      expect(o.envelopes.filter((e) => e.seq > o.before.seq).map((e) => e.event.type), o.label).toEqual(events);
      expect(table.get(o.after.containers, o.container!.id), o.label).toEqual(o.container);
    });
  }
});

/*
 * Property 4. Layers are content-addressed and read-only: "Read-only layers are keyed by ChainID ... If a
 * layer with that ChainID exists, the new data is discarded and the existing layer is returned"
 * (docs/rules.md LAYER-1: layer/layer_store.go). So whatever a layer held when its ChainID was first seen, every later
 * layer with that ChainID (the same one, or one re-registered after deletion) holds exactly.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[LAYER-1] a committed layer never changes', async (cmds, seed) => {
  const seen = new Map<Digest, unknown>();
  const snapshot = (l: { diffId: Digest; parent: Digest | null; size: number; changes: ReadonlyMap<string, unknown> }): unknown =>
    // JSON, not structuredClone: layers can hold immer proxies (see log.spec.ts, "plain data")
    JSON.parse(JSON.stringify({ diffId: l.diffId, parent: l.parent, size: l.size, changes: [...l.changes] }));
  await runScenario(cmds, seed, (o) => {
    for (const l of table.values(o.after.layers)) {
      const now = snapshot(l);
      const first = seen.get(l.chainId);
      if (first === undefined) seen.set(l.chainId, now);
      else expect(now, `${o.label}: layer ${l.chainId}`).toEqual(first);
    }
  });
});

/*
 * Property 5. "Each child layer holds a reference on its parent ... Image records and container RW layers
 * hold references" (docs/rules.md LAYER-2, LAYER-3: layer/layer_store.go); ChainIDs by the formula of ID-2;
 * images' parents and children by ID-4. Checked by `violations` after every step: chains and parents acyclic, every referenced
 * layer present (image chains, layer parents, container layers), refcounts = images + containers + child
 * layers referencing each layer, and no unreferenced layer left behind.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[LAYER-2, LAYER-3] the layer graph is acyclic, closed and refcounted exactly', async (cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    expect(invariants.check(o.after), o.label).toEqual([]);
  });
});

/*
 * Property 6. "Release decrements; at 0 the layer is deleted and the release cascades to its parent"
 * (docs/rules.md LAYER-3: layer/layer_store.go releaseLayer); rmi "reports the ChainIDs actually freed". A layer is deleted only when
 * nothing uses it: checked on the state just before each LayerDeleted event, independently of refcounts,
 * by looking for an image whose chain, a container whose stack, or a layer whose parent is that layer.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[LAYER-3, STORE-6] no layer still used by an image or container is deleted', async (cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    let s: State = o.before;
    // o.before is after the step's tick; replay only the command's own envelopes from it
    const own = o.envelopes.filter((e) => e.seq > o.before.seq);
    for (const env of own) {
      if (env.event.type === 'LayerDeleted') {
        const id = env.event.chainId;
        const users: string[] = [];
        for (const img of table.values(s.images)) if (img.chain.includes(id)) users.push(`image ${img.id}`);
        for (const l of table.values(s.layers)) if (l.parent === id) users.push(`layer ${l.chainId}`);
        for (const c of table.values(s.containers)) {
          for (let p = c.layer; p; p = table.get(s.layers, p)?.parent ?? null) if (p === id) users.push(`container ${c.id}`);
        }
        expect(users, `${o.label}: deleting layer ${id} (seq ${env.seq})`).toEqual([]);
      }
      s = apply(s, [env]);
      expect(invariants.everyEvent(s), `${o.label} (seq ${env.seq})`).toEqual([]);
    }
  });
});
