/**
 * Property 13: the lifecycle machine (src/container/machine.ts) is the specification of which verb is
 * allowed in which status; decide must agree with it. Every edge is derived with xstate/graph, not
 * copied from the machine's source.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { getAdjacencyMap, toDirectedGraph } from 'xstate/graph';
import type { Command } from '../src/commands.js';
import type { Context } from '../src/core/context.js';
import type { ErrorCode } from '../src/core/errors.js';
import { containerMachine, VERBS, type Verb } from '../src/container/machine.js';
import { decide } from '../src/decide.js';
import * as table from '../src/core/table.js';
import { type Container, type State, type Status, statusOf } from '../src/state.js';
import { type Harness, containersOf, runScenario } from './arbitraries.js';
import { scenarioProperty } from './branches.js';

const RUNS = Number(process.env['SPEC_RUNS'] ?? 30);

// ---- the machine's edges, from xstate/graph ----

type Edges = Map<string, Map<string, Set<string>>>;
const edges: Edges = new Map();
const collect = (node: ReturnType<typeof toDirectedGraph>): void => {
  for (const e of node.edges) {
    const from = e.source.key;
    const bySource = edges.get(from) ?? new Map<string, Set<string>>();
    edges.set(from, bySource);
    const targets = bySource.get(e.label.text) ?? new Set<string>();
    targets.add(e.target.key);
    bySource.set(e.label.text, targets);
  }
  for (const child of node.children) collect(child);
};
collect(toDirectedGraph(containerMachine));

const has = (status: string, verb: string): boolean => edges.get(status)?.has(verb) ?? false;
const targets = (status: string, verb: string): Set<string> => edges.get(status)?.get(verb) ?? new Set();

/** Statuses reachable from `created` by any sequence of verbs (xstate/graph getAdjacencyMap). */
const reachable = new Set(
  Object.values(getAdjacencyMap(containerMachine, { events: VERBS.map((type) => ({ type })) })).map((v) => String(v.state.value)),
);

/** The engine's own events: a process dying, the restart manager scheduling and waking. */
const INTERNAL: readonly Verb[] = ['die', 'restart_policy', 'wake'];
/** Where a status can get to by the engine alone (no user verb). */
function settle(from: Iterable<string>): Set<string> {
  const out = new Set(from);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of [...out]) for (const v of INTERNAL) for (const t of targets(s, v)) if (!out.has(t)) grew = out.add(t) !== undefined;
  }
  return out;
}

// ---- the verbs as commands, and which refusals are "the status does not allow it" ----

type UserVerb = Exclude<Verb, 'export' | 'diff' | 'logs' | 'die' | 'restart_policy' | 'wake'>;
const USER_VERBS: readonly UserVerb[] = ['start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'rm_force', 'exec', 'top', 'commit', 'rename', 'update', 'wait', 'attach'];

function commandFor(verb: UserVerb, c: Container): Command {
  const ref = c.id;
  switch (verb) {
    case 'start': return { type: 'start', ref, attach: false };
    case 'stop': return { type: 'stop', ref, timeout: 0 };
    case 'kill': return { type: 'kill', ref, signal: 'KILL' };
    case 'pause': return { type: 'pause', ref };
    case 'unpause': return { type: 'unpause', ref };
    case 'restart': return { type: 'restart', ref, timeout: 0 };
    case 'rm': return { type: 'rm', ref, force: false };
    case 'rm_force': return { type: 'rm', ref, force: true };
    case 'exec': return { type: 'exec', ref, argv: ['true'], env: [] };
    case 'top': return { type: 'top', ref, psArgs: '' };
    case 'commit': return { type: 'commit', ref, message: '', author: '', changes: [], pause: true };
    case 'rename': return { type: 'rename', ref, name: `renamed_${c.id.slice(0, 8)}` };
    // `no`: the one policy a --rm container may be given too
    case 'update': return { type: 'update', ref, restart: { name: 'no', max: 0 } };
    case 'wait': return { type: 'wait', ref };
    // the client leaves at once: a blocking program is left running, not refused as would_block
    case 'attach': return { type: 'attach', ref, leaveAfter: 0 };
  }
}

/** Refusals that say "not in this status" (docs/rules.md LIFE-2: the 304/409 answers of each verb). */
const STATE_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['not_running', 'start_paused', 'already_paused', 'not_paused', 'restarting', 'kill_not_running', 'exec_paused', 'rm_running', 'update_removal', 'attach_refused']);

const probe = (h: Harness): Context => {
  let n = 0;
  return { now: h.env.now(), newId: () => (n++).toString(16).padStart(64, 'd'), randomName: () => `probe_${n++}`, blob: (d) => h.strata.blob(d) };
};


test('[LIFE-1] the machine: every status it names is reachable except dead and removing, which the model never enters', () => {
  expect([...reachable].sort()).toEqual(['created', 'exited', 'paused', 'removed', 'restarting', 'running']);
  for (const s of edges.keys()) expect(['created', 'running', 'paused', 'restarting', 'exited', 'removing', 'dead']).toContain(s);
});

/*
 * The machine's user-verb edges, derived with xstate/graph, are the rules of docs/rules.md LIFE-2 (create/start:
 * "Works from `created` and `exited`", "Running -> 304" (a no-op), "Paused -> 409"; stop: "Not running ->
 * 304"; kill: "requires Running"; pause: "not Running -> 409 ... already paused -> 409 ... restarting -> 409";
 * unpause: "not paused -> ..."; rm: "running/paused/restarting need -f"; exec: "Running ... not paused ... not
 * restarting"; commit: "Allowed on created, running, paused, exited"; rename and update: any live container) — a table
 * written from the rules, so a wrong edge in the machine (which decide consults) is caught here.
 */
test('[LIFE-2] the machine has exactly the user-verb edges the engine allows', () => {
  const ALLOWED: Record<string, readonly UserVerb[]> = {
    created: ['start', 'stop', 'restart', 'rm', 'rm_force', 'commit', 'rename', 'update', 'wait'],
    // attach: the client refuses any other status (attach.go)
    running: ['start', 'stop', 'kill', 'pause', 'restart', 'rm_force', 'exec', 'top', 'commit', 'rename', 'update', 'wait', 'attach'],
    paused: ['stop', 'kill', 'unpause', 'restart', 'rm_force', 'top', 'commit', 'rename', 'update', 'wait'],
    restarting: ['start', 'stop', 'kill', 'restart', 'rm_force', 'commit', 'rename', 'update', 'wait'],
    exited: ['start', 'stop', 'restart', 'rm', 'rm_force', 'commit', 'rename', 'update', 'wait'],
  };
  for (const [status, verbs] of Object.entries(ALLOWED)) {
    expect(USER_VERBS.filter((v) => has(status, v)).sort(), status).toEqual([...verbs].sort());
  }
  // the transitions that change the status
  expect([...targets('created', 'start')]).toEqual(['running']);
  expect([...targets('exited', 'start')]).toEqual(['running']);
  expect([...targets('running', 'stop')]).toEqual(['exited']);
  expect([...targets('running', 'pause')]).toEqual(['paused']);
  expect([...targets('paused', 'unpause')]).toEqual(['running']);
  expect([...targets('running', 'die')]).toEqual(['exited']);
  expect([...targets('running', 'restart_policy')]).toEqual(['restarting']);
  expect([...targets('restarting', 'wake')]).toEqual(['running']);
  // daemon/update.go: a container marked for removal, or dead, is refused an update
  expect(['removing', 'dead'].filter((st) => has(st, 'update'))).toEqual([]);
});

/*
 * Property 13. For every container in every state a scenario reaches and every user verb: decide refuses
 * the verb with a status error exactly when the machine has no edge for it in the container's status
 * (docs/rules.md LIFE-1 state model and LIFE-2 per-verb checks; observed on Docker 20.10). And when the step
 * executes a verb, the container's status afterwards is one the machine reaches by that edge followed by
 * the engine's own events (die, restart_policy, wake), or it is gone only if that closure holds `removed`
 * (or it has --rm and the closure holds `exited`). Statuses the model shows are all reachable in the machine.
 */
scenarioProperty('[LIFE-2] decide accepts a verb in a status exactly when the machine has an edge', RUNS, ['a transition taken'], async (hit, cmds, seed) => {
  const seen = new Set<Status>();
  await runScenario(cmds, seed, (o, h) => {
    const s: State = o.before;
    for (const c of containersOf(s)) {
      const status = statusOf(c.state);
      seen.add(status);
      for (const verb of USER_VERBS) {
        const d = decide(commandFor(verb, c), s, probe(h));
        const refused = d.error !== undefined && STATE_ERRORS.has(d.error.code);
        expect(refused, `${o.label}: ${verb} on a ${status} container (${d.error?.code ?? 'accepted'})`).toBe(!has(status, verb));
      }
    }
    // the executed verb's transition
    const c = o.container;
    const cmd = o.command;
    if (!c || !cmd || !o.decision || o.decision.error) return;
    const verb: string | undefined =
      cmd.type === 'rm' ? (cmd.force ? 'rm_force' : 'rm') : USER_VERBS.includes(cmd.type as UserVerb) ? cmd.type : undefined;
    if (verb === undefined) return;
    hit('a transition taken');
    const from = statusOf(c.state);
    const closure = settle(targets(from, verb));
    const now = table.get(o.after.containers, c.id);
    if (now) expect([...closure], `${o.label}: ${from} --${verb}--> ${statusOf(now.state)}`).toContain(statusOf(now.state));
    else expect(closure.has('removed') || (c.hostConfig.AutoRemove && closure.has('exited')), `${o.label}: ${from} --${verb}--> removed`).toBe(true);
  });
  for (const st of seen) expect(reachable.has(st), st).toBe(true);
});

test.prop([fc.constant(0)], { numRuns: 1 })('[LIFE-2] the verbs probed cover every user verb of the machine', () => {
  const user = VERBS.filter((v) => !INTERNAL.includes(v) && !['export', 'diff', 'logs'].includes(v));
  expect([...user].sort()).toEqual([...USER_VERBS].sort());
});
