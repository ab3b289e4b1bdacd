/** Container lifecycle properties: rm's precondition, what ps lists, what update leaves. */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import * as table from '../src/core/table.js';
import { listContainers } from '../src/view/ps.js';
import { type Container, statusOf } from '../src/state.js';
import { type Observation, runScenario, scenario, seedArb, stepArbitraries, updateStep } from './arbitraries.js';
import { scenarioProperty } from './branches.js';
import { invariants } from '../src/testing/invariants.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 25);

const assertSound = (o: Observation): void => {
  expect(invariants.check(o.after), o.label).toEqual([]);
};

/*
 * Property 1. "rm allowed for created/exited; running/paused/restarting need -f."
 * (docs/rules.md LIFE-4: observed on Docker 20.10; daemon/delete.go containerRm:
 * "If Running (incl. paused/restarting) and not `-f`: ... 409"; "`-f`: SIGKILL first ... Then: ... event
 * `destroy`. Stopped/created containers are removed without `-f`.")
 * A refused rm changes nothing: the state is the same object and no event is logged.
 */
scenarioProperty('[LIFE-4, NAME-1] rm removes only non-running containers unless forced', RUNS, ['refused: live, no -f', 'removed: stopped', 'removed: live, -f'], async (hit, cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    assertSound(o);
    if (o.command?.type !== 'rm' || !o.container) return;
    const c: Container = o.container;
    const status = statusOf(c.state);
    const live = status === 'running' || status === 'paused' || status === 'restarting';
    hit(!live ? 'removed: stopped' : o.command.force ? 'removed: live, -f' : 'refused: live, no -f');
    if (live && !o.command.force) {
      expect(o.decision?.error, o.label).toEqual({ code: 'rm_running', id: c.id, status });
      expect(o.after, o.label).toBe(o.before);
      expect(o.envelopes, o.label).toEqual([]);
    } else {
      expect(o.decision?.error, o.label).toBeUndefined();
      expect(table.get(o.after.containers, c.id), o.label).toBeUndefined();
      expect(table.get(o.after.names, c.name), o.label).toBeUndefined();
      expect(o.envelopes.some((e) => e.event.type === 'ContainerDestroyed' && e.event.id === c.id), o.label).toBe(true);
    }
  });
});

/*
 * Property 2. "Default lists only Running containers (this includes paused and restarting). `-a` all"
 * (docs/rules.md LIFE-13: daemon/list.go; observed on Docker 20.10: `docker ps` shows "only the
 * restarting, paused and running rows"). Sorted newest-created first.
 */
test.prop([scenario(), seedArb], { numRuns: RUNS })('[LIFE-13] ps shows running, paused and restarting containers; ps -a all', async (cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    const all = [...table.values(o.after.containers)];
    const ps = listContainers(o.after, { all: false, filters: [] });
    const psa = listContainers(o.after, { all: true, filters: [] });
    if ('code' in ps || 'code' in psa) throw new Error('ps refused no filters');
    const up = all.filter((c) => ['running', 'paused', 'restarting'].includes(statusOf(c.state)));
    const ids = (cs: readonly Container[]): string[] => cs.map((c) => c.id).sort();
    expect(ids(ps), o.label).toEqual(ids(up));
    expect(ids(psa), o.label).toEqual(ids(all));
    for (const list of [ps, psa]) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.created >= list[i]!.created, o.label).toBe(true);
    }
  });
});

/*
 * docs/rules.md UPDATE-2, UPDATE-4 (daemon/update.go, container.UpdateContainer; observed on Docker
 * 20.10). An update refused changes nothing and logs nothing; one accepted logs its `update` last (after
 * what the clock brought) and leaves the policy given, or the one it had for a policy without a name;
 * a container created with --rm never holds a policy but no (create and update both refuse one).
 */
scenarioProperty('[UPDATE-2, UPDATE-4] update sets the policy given or refuses, changing nothing; a --rm container keeps no policy', RUNS, ['refused', 'updated'], async (hit, cmds, seed) => {
  await runScenario(cmds, seed, (o) => {
    for (const c of table.values(o.after.containers)) {
      const name = c.hostConfig.RestartPolicy.Name;
      if (c.hostConfig.AutoRemove) expect(name === 'no' || name === '', `${o.label}: --rm container ${c.name} has policy ${name}`).toBe(true);
    }
    if (o.command?.type !== 'update' || !o.container) return;
    const c: Container = o.container;
    const given = o.command.restart!;
    if (o.decision?.error) {
      hit('refused');
      // the step's tick may have logged what the clock brought; the update itself nothing
      expect(o.after, o.label).toBe(o.before);
      return;
    }
    hit('updated');
    expect(o.envelopes.at(-1)?.event, o.label).toMatchObject({ type: 'ContainerUpdated', id: c.id });
    const after = table.get(o.after.containers, c.id)!.hostConfig.RestartPolicy;
    expect(after, o.label).toEqual(given.name === '' ? c.hostConfig.RestartPolicy : { Name: given.name, MaximumRetryCount: given.max });
  });
}, { arbitraries: [...stepArbitraries, updateStep, updateStep, updateStep] });

// Coverage guard: the scenarios do reach every status the properties above are about.
test('[LIFE-1] scenarios reach created, running, paused, restarting and exited containers', async () => {
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(scenario(), seedArb, async (cmds, seed) => {
      const h = await runScenario(cmds, seed);
      for (const s of h.statuses) seen.add(s);
    }),
    { numRuns: 80 },
  );
  expect([...seen].sort()).toEqual(expect.arrayContaining(['created', 'exited', 'paused', 'restarting', 'running']));
});
