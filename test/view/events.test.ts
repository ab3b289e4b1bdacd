/**
 * `docker events` from the model: the messages each verb logs, in the engine's order, with its
 * attributes (docker-20.10 observed, see test/conformance/events.test.ts); the daemon's buffer,
 * filters and --since/--until; the client's formats; and the stream (`strata events` following the
 * log until it is stopped).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command, LayerInput } from '../../src/commands.js';
import type { Decision } from '../../src/decision.js';
import { ACTIONS, type Envelope, type EventType } from '../../src/events.js';
import { replay } from '../../src/evolve.js';
import type { State } from '../../src/state.js';
import { goParseTime, parseDuration } from '../../src/go/time.js';
import { getTimestamp, parseTimestamp } from '../../src/core/timestamp.js';
import type { Cli } from '../../src/cli/containers.js';
import type { Io } from '../../src/cli/io.js';
import { cliFor, main } from '../../src/cli/main.js';
import { events } from '../../src/cli/events.js';
import { DEFAULT_APPLETS, makeBaseRootfs } from '../../src/layer/rootfs.js';
import { readLayerTar } from '../../src/layer/tar-read.js';
import { Strata } from '../../src/strata.js';
import { execute, parseTemplate } from '../../src/template/index.js';
import { createRequest } from '../../src/testing/decider-spec.js';
import { testEnvironment } from '../../src/testing/environment.js';
import {
  EVENTS_LIMIT,
  type EventMessage,
  bufferedEvents,
  eventFilters,
  eventLine,
  eventMessages,
  eventWindow,
  includes,
  messageValue,
  messagesOf,
} from '../../src/view/events.js';
import { render } from '../../src/core/errors.js';

const BASE_TAR = makeBaseRootfs(new TextEncoder().encode('busybox'), DEFAULT_APPLETS);
let base: LayerInput;
beforeAll(async () => {
  const layer = await readLayerTar(BASE_TAR);
  if ('code' in layer) throw new Error(render(layer.error));
  base = layer;
});

const SLEEP = ['sleep', '1000'];
const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while :; do sleep 1; done'];

/** A command, or one made from what the previous one answered (the id of an image it imported, say). */
type Step = Command | ((last: Decision) => Command);

/** A model with base:1, the commands run a second apart; how many commands the log held before the last. */
function model(steps: readonly Step[], tolerate: readonly string[] = []): { strata: Strata; before: number } {
  const env = testEnvironment(7);
  const strata = Strata.inMemory(env);
  let before = 0;
  let last: Decision | undefined;
  for (const step of [{ type: 'import', layer: base, message: '', changes: [], repoTag: 'base:1' } as Command, ...steps]) {
    env.advance(1000);
    before = strata.store.read().commands.length;
    const c = typeof step === 'function' ? step(last!) : step;
    last = strata.execute(c);
    if (last.error && last.error.code !== 'start_failed' && !tolerate.includes(last.error.code)) throw new Error(`${c.type} failed: ${last.error.code}`);
  }
  return { strata, before };
}

/** The messages of a model's whole log, and those logged by its last command. */
function world(steps: readonly Step[], tolerate: readonly string[] = []): { last: EventMessage[]; all: EventMessage[] } {
  const { strata, before } = model(steps, tolerate);
  const { commands } = strata.store.read();
  const all = eventMessages(commands).messages;
  const last = all.slice(eventMessages(commands.slice(0, before)).messages.length);
  return { last, all };
}

/** `type action (attributes)`, with ids left out: what a scenario checks. */
const brief = (m: EventMessage): string => {
  const attrs = Object.entries(m.attributes)
    .filter(([k]) => !['execID', 'imageID', 'container'].includes(k))
    .filter(([, v]) => !/^sha256:/.test(v))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  return `${m.type} ${m.action}${attrs.length ? ` (${attrs.join(', ')})` : ''}`;
};

const create = (name: string, cmd: readonly string[], extra = {}): Command => ({ type: 'create', ...createRequest(name, cmd, extra) });
const run = (name: string, cmd: readonly string[], extra = {}): Command => ({ type: 'run', detach: false, ...createRequest(name, cmd, extra) });
const runD = (name: string, cmd: readonly string[], extra = {}): Command => ({ type: 'run', detach: true, ...createRequest(name, cmd, { attach: false, ...extra }) });

describe('what each verb logs, in the engine order', () => {
  it('run --rm in the foreground: create, attach, connect, start, die, disconnect, destroy; labels in every attribute set', () => {
    const { last } = world([run('web', ['sh', '-c', 'echo hi'], { autoRemove: true, labels: ['k=v', 'a=b'] })]);
    expect(last.map(brief)).toEqual([
      'container create (a=b, image=base:1, k=v, name=web)',
      'container attach (a=b, image=base:1, k=v, name=web)',
      'network connect (name=none, type=null)',
      'container start (a=b, image=base:1, k=v, name=web)',
      'container die (a=b, exitCode=0, image=base:1, k=v, name=web)',
      'network disconnect (name=none, type=null)',
      'container destroy (a=b, image=base:1, k=v, name=web)',
    ]);
  });

  it('run -d: no attach; a failed start connects and disconnects, with no start or die', () => {
    expect(world([runD('web', SLEEP)]).last.map(brief)).toEqual([
      'container create (image=base:1, name=web)',
      'network connect (name=none, type=null)',
      'container start (image=base:1, name=web)',
    ]);
    expect(world([run('web', ['nosuchcmd'], { autoRemove: true })]).last.map(brief)).toEqual([
      'container create (image=base:1, name=web)',
      'container attach (image=base:1, name=web)',
      'network connect (name=none, type=null)',
      'network disconnect (name=none, type=null)',
      'container destroy (image=base:1, name=web)',
    ]);
  });

  it('labels go over the action attributes; image and name over the labels', () => {
    const { last } = world([create('web', ['sh', '-c', 'exit 3'], { labels: ['name=zzz', 'image=yyy', 'exitCode=q'] }), { type: 'start', ref: 'web', attach: false }]);
    expect(last.map(brief)).toContain('container die (exitCode=q, image=base:1, name=web)');
  });

  it('stop of a running --rm container: kill, kill, die, disconnect, stop, then destroy', () => {
    const { last } = world([runD('web', SLEEP, { autoRemove: true }), { type: 'stop', ref: 'web', timeout: 1 }]);
    expect(last.map(brief)).toEqual([
      'container kill (image=base:1, name=web, signal=15)',
      'container kill (image=base:1, name=web, signal=9)',
      'container die (exitCode=137, image=base:1, name=web)',
      'network disconnect (name=none, type=null)',
      'container stop (image=base:1, name=web)',
      'container destroy (image=base:1, name=web)',
    ]);
  });

  it('rm -f of a running or paused container: kill 9 (no unpause), die, destroy', () => {
    const expected = [
      'container kill (image=base:1, name=web, signal=9)',
      'container die (exitCode=137, image=base:1, name=web)',
      'network disconnect (name=none, type=null)',
      'container destroy (image=base:1, name=web)',
    ];
    expect(world([runD('web', SLEEP), { type: 'rm', ref: 'web', force: true }]).last.map(brief)).toEqual(expected);
    expect(world([runD('web', SLEEP), { type: 'pause', ref: 'web' }, { type: 'rm', ref: 'web', force: true }]).last.map(brief)).toEqual(expected);
  });

  it('stop of a paused container: kill 15, unpause, kill 9, die, stop', () => {
    const { last } = world([runD('web', SLEEP), { type: 'pause', ref: 'web' }, { type: 'stop', ref: 'web', timeout: 1 }]);
    expect(last.map((m) => m.action)).toEqual(['kill', 'unpause', 'kill', 'die', 'disconnect', 'stop']);
  });

  it('restart: stop, then connect, start, restart', () => {
    const { last } = world([runD('web', LOOP), { type: 'restart', ref: 'web', timeout: 10 }]);
    expect(last.map((m) => `${m.type} ${m.action}`)).toEqual([
      'container kill',
      'container die',
      'network disconnect',
      'container stop',
      'network connect',
      'container start',
      'container restart',
    ]);
  });

  it('a restart policy restarts without a restart event; kill of a restarting container logs nothing, stop only stop', () => {
    const policy = { restart: { name: 'always', max: 0 } };
    const restarted = world([runD('web', ['sh', '-c', 'exit 2'], policy)]);
    expect(restarted.all.filter((m) => m.type === 'container').map((m) => m.action)).toEqual(['create', 'start', 'die']);
    // a second later: the restarts due after 100, 200 and 400 ms of backoff happened at their times
    // (as the engine's, observed: start die ×3 in the first second), and it is restarting again
    const restarts = ['start', 'die', 'start', 'die', 'start', 'die'];
    const killed = world([runD('web', ['sh', '-c', 'exit 2'], policy), { type: 'kill', ref: 'web', signal: 'KILL' }]);
    expect(killed.last.filter((m) => m.type === 'container').map((m) => m.action)).toEqual(restarts);
    const stopped = world([runD('web', ['sh', '-c', 'exit 2'], policy), { type: 'stop', ref: 'web' }]);
    expect(stopped.last.filter((m) => m.type === 'container').map((m) => m.action)).toEqual([...restarts, 'stop']);
  });

  it('exec: exec_create and exec_start name the command (a trailing space without arguments), exec_die its exit code', () => {
    const { last } = world([runD('web', SLEEP), { type: 'exec', ref: 'web', argv: ['true'], env: [] }, { type: 'exec', ref: 'web', argv: ['sh', '-c', 'exit 4'], env: [] }]);
    expect(last.map(brief)).toEqual([
      'container exec_create: sh -c exit 4 (image=base:1, name=web)',
      'container exec_start: sh -c exit 4 (image=base:1, name=web)',
      'container exec_die (exitCode=4, image=base:1, name=web)',
    ]);
    const first = world([runD('web', SLEEP), { type: 'exec', ref: 'web', argv: ['true'], env: [] }]).last;
    expect(first.map((m) => m.action)).toEqual(['exec_create: true ', 'exec_start: true ', 'exec_die']);
    expect(new Set(first.map((m) => m.attributes['execID'])).size).toBe(1);
  });

  it('commit of a running container: pause, image tag (the image labels), commit (comment, imageID, imageRef), unpause', () => {
    const { last } = world([
      runD('web', SLEEP, { labels: ['k=v'] }),
      { type: 'commit', ref: 'web', repoTag: 'img:1', message: 'msg', author: '', changes: ['LABEL x=1'], pause: true },
    ]);
    expect(last.map(brief)).toEqual([
      'container pause (image=base:1, k=v, name=web)',
      'image tag (k=v, name=img:1, x=1)',
      'container commit (comment=msg, image=base:1, imageRef=img:1, k=v, name=web)',
      'container unpause (image=base:1, k=v, name=web)',
    ]);
    const imageId = last[1]!.id;
    expect(last[2]!.attributes['imageID']).toBe(imageId);
    const untagged = world([runD('web', SLEEP), { type: 'commit', ref: 'web', message: '', author: '', changes: [], pause: false }]).last;
    expect(untagged.map(brief)).toEqual(['container commit (comment=, image=base:1, imageRef=, name=web)']);
  });

  it('rename: the new name, and the old one with its slash', () => {
    const { last } = world([create('web', SLEEP), { type: 'rename', ref: 'web', name: 'api' }]);
    expect(last.map(brief)).toEqual(['container rename (image=base:1, name=api, oldName=/web)']);
  });

  it('update: the container’s labels, image and name, whatever it changed; a refused update logs nothing', () => {
    const labelled = { labels: ['k=v'], autoRemove: true };
    const { last } = world([runD('web', SLEEP, labelled), { type: 'update', ref: 'web', restart: { name: 'no', max: 0 } }]);
    expect(last.map(brief)).toEqual(['container update (image=base:1, k=v, name=web)']);
    expect(world([runD('web', SLEEP), { type: 'update', ref: 'web', restart: { name: '', max: 0 } }]).last.map(brief)).toEqual(['container update (image=base:1, name=web)']);
    expect(world([runD('web', SLEEP, labelled), { type: 'update', ref: 'web', restart: { name: 'always', max: 0 } }], ['update_auto_remove']).last).toEqual([]);
  });

  it('restart of a program that exits at once: the restart event comes before its die', () => {
    // observed (generated scenario): start, restart, die
    const { last } = world([run('web', ['true']), { type: 'restart', ref: 'web' }]);
    expect(last.filter((m) => m.type === 'container').map((m) => m.action)).toEqual(['start', 'restart', 'die']);
  });

  it('start -a: attach before the start (none for a paused container, which the daemon will not attach to)', () => {
    // observed: create … start -a → create, attach, connect, start, die; start -a of a paused one logs nothing
    const { last } = world([create('web', ['true']), { type: 'start', ref: 'web', attach: true }]);
    expect(last.map((m) => `${m.type} ${m.action}`)).toEqual(['container attach', 'network connect', 'container start', 'container die', 'network disconnect']);
    const paused = world([runD('pz', SLEEP), { type: 'pause', ref: 'pz' }, { type: 'start', ref: 'pz', attach: true }], ['start_paused']);
    expect(paused.last).toEqual([]);
  });

  it('export logs export; a prune logs one daemon-wide prune with the bytes reclaimed and no actor', () => {
    // observed: `container export <id> (image=…, name=expx, pz=1)`, then `container prune  (reclaimed=0)`
    const exported = world([create('web', ['true'], { labels: ['pz=1'] }), { type: 'export', ref: 'web' }]);
    expect(exported.last.map(brief)).toEqual(['container export (image=base:1, name=web, pz=1)']);
    const pruned = world([create('web', ['true']), { type: 'container_prune', filters: [] }, { type: 'image_prune', all: false, filters: ['dangling=true'] }]);
    const prunes = pruned.all.filter((m) => m.action === 'prune');
    expect(prunes.map((m) => `${m.type} ${eventLine(m).split(' ').slice(2).join(' ')}`)).toEqual(['container prune  (reclaimed=0)', 'image prune  (reclaimed=0)']);
    const json = execute(parseTemplate('{{json .}}') as never, messageValue(prunes[0]!)) as string;
    expect(json).toMatch(/^\{"status":"prune","Type":"container","Action":"prune","Actor":\{"ID":"","Attributes":\{"reclaimed":"0"\}\},"scope":"local","time":\d+,"timeNano":\d+\}$/);
  });

  it('images: import logs its tag first; untag names the image by id; delete has no labels', () => {
    const { all } = world([
      { type: 'import', layer: base, message: '', changes: ['LABEL im=1'], repoTag: 'imp:1' },
      { type: 'tag', source: 'imp:1', target: 'imp:2' },
      { type: 'rmi', ref: 'imp:1', force: false, prune: true },
      { type: 'rmi', ref: 'imp:2', force: false, prune: true },
    ]);
    const imp = all.filter((m) => m.type === 'image').slice(2);
    const id = imp[0]!.id;
    expect(imp.map((m) => `${m.action} ${JSON.stringify(m.attributes)}`)).toEqual([
      `tag {"im":"1","name":"imp:1"}`,
      `import {"im":"1","name":"${id}"}`,
      `tag {"im":"1","name":"imp:2"}`,
      `untag {"im":"1","name":"${id}"}`,
      `untag {"im":"1","name":"${id}"}`,
      `delete {"name":"${id}"}`,
    ]);
  });
});

/**
 * A log with something of every rule: exec, commit with and without a tag, rename, a foreground run
 * with --rm, a failed start, a restart policy and a kill while it waits, imports with and without a
 * tag (then tagged by a later command), stop, restart, rm -f, prunes, rmi.
 */
const rich = (): Step[] => [
  runD('web', LOOP, { labels: ['k=v'] }),
  { type: 'exec', ref: 'web', argv: ['sh', '-c', 'exit 4'], env: [] },
  { type: 'commit', ref: 'web', repoTag: 'img:1', message: 'msg', author: '', changes: ['LABEL x=1'], pause: true },
  { type: 'commit', ref: 'web', message: '', author: '', changes: [], pause: false },
  { type: 'rename', ref: 'web', name: 'api' },
  { type: 'update', ref: 'api', restart: { name: 'on-failure', max: 2 } },
  run('fg', ['sh', '-c', 'echo hi'], { autoRemove: true, labels: ['a=b'] }),
  run('bad', ['nosuchcmd']),
  runD('flap', ['sh', '-c', 'exit 2'], { restart: { name: 'always', max: 0 } }),
  { type: 'kill', ref: 'flap', signal: 'KILL' },
  { type: 'import', layer: base, message: '', changes: ['LABEL im=1'], repoTag: 'imp:1' },
  { type: 'import', layer: base, message: '', changes: ['LABEL im=2'] },
  (last) => ({ type: 'tag', source: last.reply.id!, target: 'imp:2' }),
  { type: 'stop', ref: 'api', timeout: 1 },
  { type: 'restart', ref: 'api', timeout: 1 },
  { type: 'rm', ref: 'api', force: true },
  { type: 'container_prune', filters: [] },
  { type: 'rmi', ref: 'imp:1', force: false, prune: true },
];

describe('the messages are a function of the log', () => {
  it('the same messages whether the log is read whole, command by command, or on from any command; the fold is the projection', () => {
    const { strata } = model(rich());
    const { commands } = strata.store.read();
    const whole = eventMessages(commands);
    expect(whole.state).toEqual(strata.state);
    expect(new Set(whole.messages.map((m) => m.action.split(':')[0]))).toEqual(
      new Set(['tag', 'import', 'create', 'connect', 'start', 'exec_create', 'exec_start', 'exec_die', 'pause', 'commit', 'unpause', 'rename', 'update', 'attach', 'die', 'disconnect', 'destroy', 'kill', 'stop', 'restart', 'prune', 'untag', 'delete']),
    );
    let state: State | undefined;
    const one: EventMessage[] = [];
    for (const c of commands) {
      const read = eventMessages([c], state);
      one.push(...read.messages);
      state = read.state;
    }
    expect(one).toEqual(whole.messages);
    for (let k = 0; k <= commands.length; k++) {
      const head = eventMessages(commands.slice(0, k));
      expect([...head.messages, ...eventMessages(commands.slice(k), head.state).messages], `cut before command ${k}`).toEqual(whole.messages);
    }
  });

  it('messagesOf reads the state just before the envelope and its command, and writes nothing; ACTIONS gives every action', () => {
    const { strata } = model(rich());
    const { commands } = strata.store.read();
    // what the engine logs with an event, besides the event's own action
    const WITH: Partial<Record<EventType, readonly string[]>> = {
      ContainerStarted: [ACTIONS.ContainerAttached, 'connect'],
      ContainerStartFailed: [ACTIONS.ContainerAttached, 'connect', 'disconnect'],
      ContainerDied: ['disconnect'],
      ExecStarted: ['exec_create'],
      ImageCreated: [ACTIONS.ImageTagged],
    };
    const each: EventMessage[] = [];
    const done: Envelope[] = [];
    for (const command of commands) {
      command.forEach((env, i) => {
        const before = structuredClone(replay(done, undefined, { freeze: false }));
        const copy = structuredClone(before);
        const got = messagesOf(before, command, i);
        expect(messagesOf(before, command, i)).toEqual(got);
        expect(before).toEqual(copy);
        for (const m of got) expect([ACTIONS[env.event.type], ...(WITH[env.event.type] ?? [])], env.event.type).toContain(m.action.split(':')[0]);
        each.push(...got);
        done.push(env);
      });
    }
    expect(each).toEqual(eventMessages(commands).messages);
    // a state handed in unfrozen is read, not written
    const half = structuredClone(replay(commands.slice(0, 8).flat()));
    const copy = structuredClone(half);
    expect(eventMessages(commands.slice(8), half).messages).toEqual(eventMessages(commands).messages.slice(eventMessages(commands.slice(0, 8)).messages.length));
    expect(half).toEqual(copy);
  });

  it('import: the tag logged with it comes first; a tag by a later command comes after it', () => {
    const imports = world([
      { type: 'import', layer: base, message: '', changes: [], repoTag: 'imp:1' },
      { type: 'import', layer: base, message: '', changes: ['LABEL im=2'] },
      (last) => ({ type: 'tag', source: last.reply.id!, target: 'imp:2' }),
    ]).all.slice(2);
    const [first, second] = [imports[1]!.id, imports[2]!.id];
    expect(imports.map((m) => `${m.action} ${m.attributes['name']}`)).toEqual([`tag imp:1`, `import ${first}`, `import ${second}`, `tag imp:2`]);
  });

  it('commit: imageRef is the tag logged just before it, in its own command', () => {
    const { strata } = model([runD('web', SLEEP), { type: 'commit', ref: 'web', repoTag: 'img:1', message: '', author: '', changes: [], pause: false }]);
    const { commands } = strata.store.read();
    const command = commands.at(-1)!;
    const i = command.findIndex((e) => e.event.type === 'ContainerCommitted');
    expect(command[i - 1]!.event.type).toBe('ImageTagged');
    const before = replay([...commands.slice(0, -1).flat(), ...command.slice(0, i)]);
    expect(messagesOf(before, command, i).map((m) => m.attributes['imageRef'])).toEqual(['img:1']);
    // the same envelope as the first of a command: no tag was logged with it
    expect(messagesOf(before, command.slice(i), 0).map((m) => m.attributes['imageRef'])).toEqual(['']);
  });
});

describe('printing', () => {
  const m: EventMessage = { type: 'container', action: 'die', id: 'c'.repeat(64), attributes: { name: 'web', exitCode: '0', image: 'base:1', Z: 'z' }, at: Date.UTC(2026, 10, 29, 12, 0, 0, 5) };

  it('prettyPrintEvent: fixed nine fractional digits, attributes sorted bytewise', () => {
    expect(eventLine(m)).toBe(`2026-11-29T12:00:00.005000000Z container die ${'c'.repeat(64)} (Z=z, exitCode=0, image=base:1, name=web)`);
  });

  it('{{json .}}: the engine fields, the deprecated ones only for containers and images', () => {
    const json = (x: EventMessage): string => execute(parseTemplate('{{json .}}') as never, messageValue(x)) as string;
    expect(json(m)).toBe(
      `{"status":"die","id":"${'c'.repeat(64)}","from":"base:1","Type":"container","Action":"die","Actor":{"ID":"${'c'.repeat(64)}","Attributes":{"Z":"z","exitCode":"0","image":"base:1","name":"web"}},"scope":"local","time":1795953600,"timeNano":1795953600005000000}`,
    );
    expect(json({ ...m, type: 'network', action: 'connect', attributes: { name: 'none' } })).toMatch(/^\{"Type":"network","Action":"connect",/);
    expect(json({ ...m, type: 'image', action: 'tag', attributes: { name: 'x:1' } })).toMatch(/^\{"status":"tag","id":"c+","Type":"image"/);
  });

  it('templates are checked against an empty *events.Message', () => {
    const t = parseTemplate('{{.Bogus}}');
    expect(execute(t as never, messageValue())).toEqual({ code: 'template_exec', message: 'template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type *events.Message' });
    expect(execute(parseTemplate('{{.Actor.Attributes}}|{{.Time}}') as never, messageValue())).toBe('map[]|0');
  });
});

describe('filters (daemon/events/filter.go)', () => {
  const c = (attributes: Record<string, string>, action = 'start', id = 'abc123'): EventMessage => ({ type: 'container', action, id, attributes, at: 0 });
  const img = (name: string, action = 'tag'): EventMessage => ({ type: 'image', action, id: 'sha256:beef', attributes: { name }, at: 0 });
  const f = (...flags: string[]) => eventFilters(flags);

  it('container= matches the id or the name, by prefix; keys are lower-cased, values trimmed', () => {
    expect(includes(f('container=we'), c({ name: 'web' }))).toBe(true);
    expect(includes(f('container=abc'), c({ name: 'web' }))).toBe(true);
    expect(includes(f('Container= web '), c({ name: 'web' }))).toBe(true);
    expect(includes(f('container=api'), c({ name: 'web' }))).toBe(false);
    expect(includes(f('container=web'), img('web:1'))).toBe(true);
    expect(includes(f('container=api', 'container=web'), c({ name: 'web' }))).toBe(true);
  });

  it('image= matches the id, the name, or either without its tag; image events by their name attribute', () => {
    expect(includes(f('image=base'), c({ image: 'base:1', name: 'web' }))).toBe(true);
    expect(includes(f('image=base:1'), c({ image: 'base:1', name: 'web' }))).toBe(true);
    expect(includes(f('image=bas'), c({ image: 'base:1', name: 'web' }))).toBe(false);
    expect(includes(f('image=img'), img('img:2'))).toBe(true);
    expect(includes(f('image=sha256:beef'), img('sha256:beef', 'untag'))).toBe(true);
    expect(includes(f('image=img'), img('sha256:beef', 'untag'))).toBe(false);
  });

  it('event= is exact, but a prefix match once exec_create, exec_start or health_status is among the values', () => {
    expect(includes(f('event=exec_start'), c({}, 'exec_start: sh -c true'))).toBe(true);
    expect(includes(f('event=exec_die'), c({}, 'exec_die'))).toBe(true);
    expect(includes(f('event=exec'), c({}, 'exec_die'))).toBe(false);
    expect(includes(f('event=exec_create', 'event=st'), c({}, 'stop'))).toBe(true);
  });

  it('label= matches the attributes (k or k=v, all of them); type and scope exactly; unknown keys are ignored', () => {
    expect(includes(f('label=exitCode=137'), c({ exitCode: '137' }, 'die'))).toBe(true);
    expect(includes(f('label=exitCode=137', 'label=k'), c({ exitCode: '137' }, 'die'))).toBe(false);
    expect(includes(f('label=k'), c({}))).toBe(false);
    expect(includes(f('type=image'), c({}))).toBe(false);
    expect(includes(f('type=container', 'scope=local', 'bogus=1'), c({}))).toBe(true);
    expect(includes(f('scope=swarm'), c({}))).toBe(false);
    expect(includes(f('network=none'), { type: 'network', action: 'connect', id: 'n1', attributes: { name: 'none' }, at: 0 })).toBe(true);
  });
});

describe('the buffer and the window', () => {
  const at = (s: number): EventMessage => ({ type: 'container', action: 'start', id: String(s), attributes: { name: String(s) }, at: s * 1000 });
  const ns = (s: number): bigint => BigInt(s) * 1_000_000_000n;

  it('without --since or --until nothing of the past is shown', () => {
    expect(bufferedEvents([at(1)], { since: null, until: null }, f0)).toEqual([]);
  });

  it(`only the last ${EVENTS_LIMIT} messages are kept; --until 0 sets no end`, () => {
    const all = Array.from({ length: 300 }, (_, i) => at(i + 1));
    const got = bufferedEvents(all, { since: ns(0), until: ns(0) }, f0);
    expect(got.length).toBe(EVENTS_LIMIT);
    expect(got[0]!.id).toBe('45');
  });

  it('since and until are inclusive', () => {
    const got = bufferedEvents([at(1), at(2), at(3), at(4)], { since: ns(2), until: ns(3) }, f0);
    expect(got.map((m) => m.id)).toEqual(['2', '3']);
  });

  it('the client reads durations against its now, in whole seconds; dates and Unix times exactly', () => {
    const now = ns(1_800_000_000) + 750_000_000n;
    expect(eventWindow('10m', '0s', now)).toEqual({ since: ns(1_800_000_000 - 600), until: ns(1_800_000_000) });
    expect(eventWindow('2027-01-15T08:00:00.5Z', '1800000000.75', now)).toEqual({ since: ns(1_800_000_000) + 500_000_000n, until: ns(1_800_000_000) + 750_000_000n });
    expect(eventWindow('2027-01-15T08:00:00.5Z', '1800000000.25', now)).toEqual({ code: 'events_since_after_until', since: '1800000000.500000000', until: '1800000000.25' });
    expect(eventWindow(undefined, '', now)).toEqual({ since: null, until: null });
    expect(eventWindow('1h', '2h', now)).toEqual({ code: 'events_since_after_until', since: '1799996400', until: '1799992800' });
    const bogus = eventWindow('bogus', undefined, now);
    expect(bogus).toEqual({ code: 'invalid_time', cause: { code: 'time_or_duration', value: 'bogus' } });
    expect('code' in bogus && render(bogus)).toBe('failed to parse value as time or duration: "bogus"');
  });
});

const f0 = eventFilters([]);

describe('Go time parsing (api/types/time, time.ParseDuration, time.Parse)', () => {
  it('durations', () => {
    expect(parseDuration('1h30m')).toEqual({ ns: 5_400_000_000_000n });
    expect(parseDuration('1.5s')).toEqual({ ns: 1_500_000_000n });
    expect(parseDuration('-2µs')).toEqual({ ns: -2_000n });
    expect(parseDuration('.5m')).toEqual({ ns: 30_000_000_000n });
    for (const bad of ['', '5', '1d', '.s', '1e3', '-']) expect(parseDuration(bad)).toHaveProperty('error');
  });

  it('dates in the layouts GetTimestamp picks, in the local zone when they name none', () => {
    expect(getTimestamp('2020-11-29', 0n)).toEqual({ value: '1606608000.000000000' });
    expect(getTimestamp('2020-11-29', 0n, 3600)).toEqual({ value: '1606604400.000000000' });
    expect(getTimestamp('2020-11-29T10:30-01:30', 0n)).toEqual({ value: '1606651200.000000000' });
    expect(getTimestamp('2020-11-29T10:00:00.123456789123Z', 0n)).toEqual({
      error: { code: 'go_error', error: 'parsing time "2020-11-29T10:00:00.123456789123Z" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse "123Z" as "Z07:00"' },
    });
    expect(getTimestamp('0', 5n)).toEqual({ value: '0' });
    expect(getTimestamp('0s', 5_000_000_000n)).toEqual({ value: '5' });
  });

  it('Go error texts', () => {
    expect(goParseTime('2006-01-02', '2023-02-29')).toBe('parsing time "2023-02-29": day out of range');
    expect(goParseTime('2006-01-02', '26-11-29')).toBe('parsing time "26-11-29" as "2006-01-02": cannot parse "1-29" as "2006"');
    expect(goParseTime('2006-01-02', '2020-11-29 x')).toBe('parsing time "2020-11-29 x": extra text: " x"');
    expect(goParseTime('2006-01-02T15:04:05Z07:00', '2020-11-29T10:00:00+01:0x')).toBe(
      'parsing time "2020-11-29T10:00:00+01:0x" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"',
    );
  });

  it('Unix timestamps as the daemon reads them back', () => {
    expect(parseTimestamp('1000000000.5')).toBe(1_000_000_000_500_000_000n);
    expect(parseTimestamp('+5')).toBe(5_000_000_000n);
    expect(parseTimestamp('1.')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// The stream: `strata events` on a file store, followed while other commands write to it.

describe('strata events, following the log', () => {
  let home = '';
  afterEach(() => {
    if (home) rmSync(home, { recursive: true, force: true });
  });

  const io = (out: string[], err: string[]): Io => ({
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    outBytes: () => undefined,
    stdoutIsTerminal: false,
    stdinIsTerminal: false,
    stdin: async () => BASE_TAR,
    home,
    env: {},
  });
  const cliOf = (out: string[], err: string[]): Promise<Cli> => cliFor(io(out, err), 'events');
  const docker = async (...args: string[]): Promise<number> => main(args, io([], []));
  const until = async (cond: () => boolean, ms = 5000): Promise<void> => {
    const end = Date.now() + ms;
    while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  };

  it('shows what happens from now on, filtered, until stopped (exit 130 for SIGINT)', async () => {
    home = mkdtempSync(join(tmpdir(), 'strata-events-'));
    expect(await docker('import', '-', 'base:1')).toBe(0);
    expect(await docker('create', '--network', 'none', '--name', 'before', 'base:1', 'true')).toBe(0);
    const out: string[] = [];
    const ac = new AbortController();
    const streaming = events(await cliOf(out, []), [], { filter: ['type=container'] }, { signal: ac.signal, pollMs: 10 });
    expect(await docker('create', '--network', 'none', '--name', 'after', 'base:1', 'true')).toBe(0);
    expect(await docker('tag', 'base:1', 'base:2')).toBe(0);
    expect(await docker('start', 'after')).toBe(0);
    await until(() => out.join('').includes('container die'));
    ac.abort('SIGINT');
    expect(await streaming).toBe(130);
    const lines = out.join('').split('\n').filter(Boolean);
    expect(lines.map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual(['container create', 'container start', 'container die']);
    expect(lines.every((l) => l.includes('name=after'))).toBe(true);
  });

  it('catches the clock up while it follows: a sleep that ends is a die', async () => {
    home = mkdtempSync(join(tmpdir(), 'strata-events-'));
    expect(await docker('import', '-', 'base:1')).toBe(0);
    expect(await docker('run', '-d', '--network', 'none', '--name', 'nap', 'base:1', 'sleep', '1')).toBe(0);
    const out: string[] = [];
    const ac = new AbortController();
    const streaming = events(await cliOf(out, []), [], { filter: ['event=die'], format: '{{.Actor.Attributes.name}} {{.Actor.Attributes.exitCode}}' }, { signal: ac.signal, pollMs: 20 });
    await until(() => out.length > 0);
    ac.abort('SIGTERM');
    expect(await streaming).toBe(143);
    expect(out.join('')).toBe('nap 0\n');
  });

  it('with an --until still to come: the window, then the stream until then', async () => {
    home = mkdtempSync(join(tmpdir(), 'strata-events-'));
    expect(await docker('import', '-', 'base:1')).toBe(0);
    const out: string[] = [];
    // --until 2s from now, in whole seconds: one to two seconds of stream
    const streaming = events(await cliOf(out, []), [], { since: '1h', until: '-2s', filter: ['type=image'], format: '{{.Action}} {{.Actor.Attributes.name}}' }, { signal: new AbortController().signal, pollMs: 20 });
    expect(await docker('tag', 'base:1', 'base:2')).toBe(0);
    expect(await streaming).toBe(0);
    const lines = out.join('').split('\n');
    expect(lines).toHaveLength(4);
    expect([lines[0], lines[2], lines[3]]).toEqual(['tag base:1', 'tag base:2', '']);
    expect(lines[1]).toMatch(/^import sha256:[0-9a-f]{64}$/);
  });

  it('a past window prints and exits; errors are the client and daemon texts', async () => {
    home = mkdtempSync(join(tmpdir(), 'strata-events-'));
    expect(await docker('import', '-', 'base:1')).toBe(0);
    const out: string[] = [];
    const err: string[] = [];
    // --until 0: no end to the window, but only the past (and no --since: from the oldest kept)
    expect(await main(['events', '--until', '0', '--format', '{{.Type}} {{.Action}}'], io(out, err))).toBe(0);
    expect(out.join('')).toBe('image tag\nimage import\n');
    expect(await main(['events', '--since', '2000000000', '--until', '1000000000'], io(out, err))).toBe(1);
    expect(await main(['events', '--until', 'x'], io(out, err))).toBe(1);
    expect(await main(['events', '--filter', 'nope'], io(out, err))).toBe(125);
    expect(await main(['events', '--format', '{{.Nope}}'], io(out, err))).toBe(64);
    expect(err.join('')).toBe(
      [
        'Error response from daemon: `since` time (2000000000) cannot be after `until` time (1000000000)',
        'failed to parse value as time or duration: "x"',
        'invalid argument "nope" for "-f, --filter" flag: bad format of filter (expected name=value)',
        "See 'docker events --help'.",
        'Error parsing format: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *events.Message',
        '',
      ].join('\n'),
    );
  });
});
