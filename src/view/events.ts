/**
 * `docker events`: the messages the daemon publishes for what the log records (daemon/events.go
 * LogContainerEventWithAttributes, LogImageEventWithAttributes, libnetwork's connect/disconnect),
 * those of each envelope a pure function of it, its command and the state just before it
 * (`messagesOf`); the daemon's buffer of recent ones (daemon/events/events.go), its filters
 * (daemon/events/filter.go) and the client's two ways of printing them (cli/command/system/events.go).
 */
import { createHash } from 'node:crypto';
import type { DockerError } from '../core/errors.js';
import { getTimestamp, parseTimestamp } from '../core/timestamp.js';
import * as table from '../core/table.js';
import { ACTIONS, type Envelope, type Event } from '../events.js';
import { frozen, replay } from '../evolve.js';
import { imageConfigOf } from '../image/config.js';
import { isReference, parseReference } from '../image/reference.js';
import type { Digest } from '../layer/changeset.js';
import type { Container, State } from '../state.js';
import { compareKeys, goMap, goNil, goPtr, goStruct } from '../go/reflect.js';

export type MessageType = 'container' | 'image' | 'network' | 'builder';

/** One events.Message as the engine publishes it (the deprecated status/id/from fields derive from it). */
export interface EventMessage {
  readonly type: MessageType;
  readonly action: string;
  /** Actor.ID */
  readonly id: string;
  /** Actor.Attributes */
  readonly attributes: Readonly<Record<string, string>>;
  /** model time, ms since the epoch */
  readonly at: number;
}

/** TimeNano: the model's millisecond times in nanoseconds. */
export const timeNano = (m: EventMessage): bigint => BigInt(m.at) * 1_000_000n;

type Attributes = Readonly<Record<string, string>>;

interface Network {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

/** A network by name, with the `type` (driver) its events carry. The model has no network objects: each gets a stable made-up id. */
function network(name: string): Network {
  const type = name === 'none' ? 'null' : name === 'host' ? 'host' : 'bridge';
  return { id: createHash('sha256').update(`strata network ${name}`).digest('hex'), name, type };
}

/** The networks every daemon has, made once. */
const PREDEFINED: ReadonlyMap<string, Network> = new Map(['bridge', 'host', 'none'].map((name) => [name, network(name)]));

/** The network a container's NetworkMode joins; `container:<x>` joins another container's namespace and connects to none. */
function networkOf(mode: string): Network | null {
  if (mode.startsWith('container:')) return null;
  const name = mode === 'default' ? 'bridge' : mode;
  return PREDEFINED.get(name) ?? network(name);
}

/** What a container message tells of its container: from the container, or from the event that creates it. */
type Described = Pick<Container, 'id' | 'name' | 'config'>;

/** copyAttributes: the labels go over the action's own attributes; Config.Image and the name over both. */
function containerMessage(c: Described, at: number, action: string, extra: Attributes = {}): EventMessage {
  const attributes: Record<string, string> = { ...extra, ...c.config.Labels };
  if (c.config.Image !== '') attributes['image'] = c.config.Image;
  attributes['name'] = c.name;
  return { type: 'container', action, id: c.id, attributes, at };
}

/** An image message: the image's labels, and `name`. */
const imageMessage = (at: number, action: string, id: Digest, name: string, labels: Attributes | null | undefined): EventMessage => ({
  type: 'image',
  action,
  id,
  attributes: { ...labels, name },
  at,
});

/** libnetwork's connect and disconnect of the container's sandbox, as the network's messages. */
function networkMessages(c: Container, at: number, action: 'connect' | 'disconnect'): EventMessage[] {
  const net = networkOf(c.hostConfig.NetworkMode);
  return net ? [{ type: 'network', action, id: net.id, attributes: { container: c.id, name: net.name, type: net.type }, at }] : [];
}

/** Whether `tagged` is the tag an import applied, logged right after its image (image_import.go tags, then logs the import). */
const isImportTag = (created: Event | undefined, tagged: Event | undefined): boolean =>
  created?.type === 'ImageCreated' && created.action === 'import' && tagged?.type === 'ImageTagged' && tagged.id === created.id;

/**
 * `run` in the foreground: the client attaches to the container it created with its streams attached,
 * then starts it, so the command that created it logs `attach` before its first start attempt. (`start
 * -a` and a build's RUN log their attach as ContainerAttached.)
 */
function runAttach(c: Container, command: readonly Envelope[], i: number): EventMessage[] {
  const { at } = command[i]!;
  if (!(c.config.AttachStdout || c.config.AttachStderr) || c.state.startedAt !== null) return [];
  for (let j = i - 1; j >= 0; j--) {
    const e = command[j]!.event;
    if (!('id' in e) || e.id !== c.id) continue;
    if (e.type === 'ContainerCreated') return [containerMessage(c, at, ACTIONS.ContainerAttached)];
    if (e.type === 'ContainerStarted' || e.type === 'ContainerStartFailed') return [];
  }
  return [];
}

/**
 * The messages the engine publishes for `command[i]`, in its order: a pure function of `before`, the
 * state just before that envelope (names, labels, networks, images' labels and comments as they were
 * then), and of the command it belongs to (one line of the log), whose envelopes the engine sometimes
 * logs in another order or together. `ACTIONS` gives every message's action; the rules here give its
 * attributes and what the engine logs with it. A container the state does not know has no messages.
 */
export function messagesOf(before: State, command: readonly Envelope[], i: number): EventMessage[] {
  const { at, event: e } = command[i]!;
  const prev = command[i - 1];
  const next = command[i + 1];
  switch (e.type) {
    case 'LayerRegistered':
    case 'LayerDeleted':
    case 'ImageParentSet':
      return [];
    case 'Pruned':
      // daemon-wide: no actor, the bytes reclaimed (prune.go LogDaemonEventWithAttributes)
      return [{ type: e.what, action: ACTIONS[e.type], id: '', attributes: { reclaimed: String(e.reclaimed) }, at }];
    case 'ContainerCreated':
      // a create the daemon undid at once (its working directory could not be made): create.go logs
      // `create` once the container is made, and its cleanup logs the `destroy` alone
      if (next?.event.type === 'ContainerDestroyed' && next.event.id === e.id) return [];
      return [containerMessage(e, at, ACTIONS[e.type])];
    case 'ImageCreated': {
      // of the images made, only an import's logs its creation (commit logs the container's commit,
      // load a load per image, a build nothing); its tag, logged with it, comes first
      if (e.action !== 'import') return [];
      const labels = imageConfigOf(e.json).config.Labels;
      const tag = next?.event.type === 'ImageTagged' && isImportTag(e, next.event) ? [imageMessage(next.at, ACTIONS.ImageTagged, e.id, next.event.ref, labels)] : [];
      return [...tag, imageMessage(at, ACTIONS[e.type], e.id, e.id, labels)];
    }
    case 'ImageTagged':
      // load sets its tags quietly; an import's tag came with the import
      if (e.quiet === true || isImportTag(prev?.event, e)) return [];
      return [imageMessage(at, ACTIONS[e.type], e.id, e.ref, table.get(before.images, e.id)?.config.config.Labels)];
    case 'ImageUntagged':
    case 'ImageSaved':
    case 'ImageLoaded':
      // 20.10 names the image by its id in untag events, whichever reference went
      return [imageMessage(at, ACTIONS[e.type], e.id, e.id, table.get(before.images, e.id)?.config.config.Labels)];
    case 'ImageDeleted':
      // logged once the image is gone: its labels can no longer be read
      return [imageMessage(at, ACTIONS[e.type], e.id, e.id, null)];
  }
  const c = table.get(before.containers, e.id);
  if (c === undefined) return [];
  const action = ACTIONS[e.type];
  const own = (extra?: Attributes): EventMessage[] => (action === null ? [] : [containerMessage(c, at, action, extra)]);
  switch (e.type) {
    case 'ContainerStarted':
      return [...runAttach(c, command, i), ...networkMessages(c, at, 'connect'), ...own()];
    case 'ContainerStartFailed':
      // the sandbox was connected, then released: no start, no die
      return [...runAttach(c, command, i), ...networkMessages(c, at, 'connect'), ...networkMessages(c, at, 'disconnect')];
    case 'ContainerKilled':
      // killWithSignal: a restarting container has no process; the kill logs no event
      return c.state.restarting ? [] : own({ signal: String(e.signal) });
    case 'ContainerDied':
      return [...own({ exitCode: String(e.exitCode) }), ...networkMessages(c, at, 'disconnect')];
    case 'ContainerStopped':
      // `kill` of a container waiting to restart only cancels the restart, and logs nothing
      return e.kill === true ? [] : own();
    case 'ContainerRenamed':
      return [containerMessage({ id: c.id, name: e.name, config: c.config }, at, ACTIONS[e.type], { oldName: `/${c.name}` })];
    case 'ContainerCommitted': {
      // the tag the commit applied is logged just before it (daemon/commit.go)
      const imageRef = prev?.event.type === 'ImageTagged' && prev.event.id === e.image ? prev.event.ref : '';
      return own({ comment: table.get(before.images, e.image)?.config.comment ?? '', imageID: e.image, imageRef });
    }
    case 'ExecStarted': {
      // "exec_create: " + Entrypoint + " " + strings.Join(Args, " "), and exec_start the same
      const cmd = `${e.argv[0] ?? ''} ${e.argv.slice(1).join(' ')}`;
      const attrs = { execID: e.execId };
      return [containerMessage(c, at, `exec_create: ${cmd}`, attrs), containerMessage(c, at, `${ACTIONS[e.type]}: ${cmd}`, attrs)];
    }
    case 'ExecDied':
      return own({ execID: e.execId, exitCode: String(e.exitCode) });
    default:
      return own();
  }
}

/**
 * Every message of `commands` (each one command's envelopes, in log order) and the state after them,
 * from `from`, the state before the first (the initial one when not given): one fold of the log, each
 * envelope's messages read from the state just before it. A follower hands the state back as `from`
 * with the commands appended since. `from` is never written: it is frozen first if it is not (which
 * is why the state returned is left unfrozen: only a caller that goes on needs that pass over it).
 */
export function eventMessages(commands: readonly (readonly Envelope[])[], from?: State): { readonly messages: EventMessage[]; readonly state: State } {
  const messages: EventMessage[] = [];
  let k = 0;
  let i = 0;
  const state = replay(commands.flat(), from === undefined ? undefined : frozen(from), {
    before: (s) => {
      while (i >= commands[k]!.length) [k, i] = [k + 1, 0];
      messages.push(...messagesOf(s, commands[k]!, i++));
    },
    freeze: false,
  });
  return { messages, state };
}

/** The whole log, command by command, as `docker events` prints it (had the daemon kept every message). */
export const eventLines = (commands: readonly (readonly Envelope[])[]): string[] => eventMessages(commands).messages.map(eventLine);

// ---------------------------------------------------------------------------------------------
// The daemon's buffer and its filters.

/** daemon/events eventsLimit: how many recent messages the daemon keeps for --since/--until. */
export const EVENTS_LIMIT = 256;

/** filters.Args after the client's FilterOpt: keys lower-cased and trimmed, values trimmed, each a set. */
export type EventFilters = ReadonlyMap<string, ReadonlySet<string>>;

/** opts.FilterOpt.Set for each `--filter` (the caller has refused values without `=`). */
export function eventFilters(flags: readonly string[]): EventFilters {
  const out = new Map<string, Set<string>>();
  for (const f of flags) {
    if (f === '') continue;
    const i = f.indexOf('=');
    const key = f.slice(0, i).trim().toLowerCase();
    const set = out.get(key) ?? new Set<string>();
    set.add(f.slice(i + 1).trim());
    out.set(key, set);
  }
  return out;
}

const exactMatch = (f: EventFilters, key: string, source: string): boolean => {
  const values = f.get(key);
  return values === undefined || values.size === 0 || values.has(source);
};

const fuzzyMatch = (f: EventFilters, key: string, source: string): boolean =>
  exactMatch(f, key, source) || [...(f.get(key) ?? [])].some((prefix) => source.startsWith(prefix));

/** filters.Args.MatchKVList: every `k` present, every `k=v` equal. */
function matchKVList(f: EventFilters, key: string, sources: Readonly<Record<string, string>>): boolean {
  const values = f.get(key);
  if (values === undefined || values.size === 0) return true;
  if (Object.keys(sources).length === 0) return false;
  return [...values].every((v) => {
    const i = v.indexOf('=');
    const have = sources[i < 0 ? v : v.slice(0, i)];
    return have !== undefined && (i < 0 || have === v.slice(i + 1));
  });
}

/** The object types whose filter matches the actor's id or `name` attribute by prefix (fuzzyMatchName). */
const NAMED = ['daemon', 'container', 'plugin', 'volume', 'network', 'service', 'node', 'secret', 'config'];
const FUZZY_EVENTS = ['health_status', 'exec_create', 'exec_start'];

/** stripTag: the familiar repository name of a reference, or the text itself when it is none. */
function stripTag(image: string): string {
  const r = parseReference(image);
  return isReference(r) ? r.repo : image;
}

/** Filter.Include. Unknown keys are ignored, as the daemon does for events. */
export function includes(f: EventFilters, m: EventMessage): boolean {
  if (f.size === 0) return true;
  const events = f.get('event');
  const eventOk = [...(events ?? [])].some((v) => FUZZY_EVENTS.includes(v)) ? fuzzyMatch(f, 'event', m.action) : exactMatch(f, 'event', m.action);
  const name = m.attributes['name'] ?? '';
  const imageName = m.attributes[m.type === 'image' ? 'name' : 'image'] ?? '';
  const imageOk = [m.id, imageName, stripTag(m.id), stripTag(imageName)].some((s) => exactMatch(f, 'image', s));
  return (
    eventOk &&
    exactMatch(f, 'type', m.type) &&
    (!f.has('scope') || exactMatch(f, 'scope', 'local')) &&
    NAMED.every((key) => fuzzyMatch(f, key, m.id) || fuzzyMatch(f, key, name)) &&
    imageOk &&
    (!f.has('label') || matchKVList(f, 'label', m.attributes))
  );
}

/** A --since/--until window as the daemon holds it: nanoseconds since the epoch, null when not given. */
export interface EventWindow {
  readonly since: bigint | null;
  readonly until: bigint | null;
}

/**
 * loadBufferedEvents: of the last EVENTS_LIMIT messages, those from `since` (scanning back, it stops
 * at the first older one) up to `until` (0 means no end), that pass the filters. Nothing without
 * either bound: a plain `docker events` shows only what happens from now on.
 */
export function bufferedEvents(messages: readonly EventMessage[], w: EventWindow, f: EventFilters): EventMessage[] {
  if (w.since === null && w.until === null) return [];
  const since = w.since ?? 0n;
  const until = w.until ?? 0n;
  const out: EventMessage[] = [];
  const buffer = messages.slice(-EVENTS_LIMIT);
  for (let i = buffer.length - 1; i >= 0; i--) {
    const m = buffer[i]!;
    const t = timeNano(m);
    if (t < since) break;
    if (until > 0n && t > until) continue;
    if (includes(f, m)) out.push(m);
  }
  return out.reverse();
}

// ---------------------------------------------------------------------------------------------
// How the client prints a message.

/** rfc3339NanoFixed: nine fractional digits, always (the model's times are whole milliseconds). */
const fixedNano = (ms: number): string => `${new Date(ms).toISOString().slice(0, 23)}000000Z`;

/** prettyPrintEvent: `<time> <type> <action> <actor id> (<attributes sorted by key>)`. */
export function eventLine(m: EventMessage): string {
  const keys = Object.keys(m.attributes).sort(compareKeys);
  const attrs = keys.length > 0 ? ` (${keys.map((k) => `${k}=${m.attributes[k]}`).join(', ')})` : '';
  return `${fixedNano(m.at)} ${m.type} ${m.action} ${m.id}${attrs}`;
}

const MESSAGE_JSON = {
  Status: { name: 'status', omitEmpty: true },
  ID: { name: 'id', omitEmpty: true },
  From: { name: 'from', omitEmpty: true },
  Scope: { name: 'scope', omitEmpty: true },
  Time: { name: 'time', omitEmpty: true },
  TimeNano: { name: 'timeNano', omitEmpty: true },
};

/**
 * The events.Message a --format template sees; without a message, the empty *events.Message the
 * client validates a template against. Container and image messages fill the deprecated
 * status/id/from fields (Events.Log).
 */
export function messageValue(m?: EventMessage): object {
  if (m === undefined) {
    const actor = goStruct('events.Actor', { ID: '', Attributes: goNil('map', 'map[string]string') });
    const empty = { Status: '', ID: '', From: '', Type: '', Action: '', Actor: actor, Scope: '', Time: 0n, TimeNano: 0n };
    return goPtr(goStruct('events.Message', empty, MESSAGE_JSON));
  }
  const legacy = m.type === 'container' || m.type === 'image';
  return goStruct(
    'events.Message',
    {
      Status: legacy ? m.action : '',
      ID: legacy ? m.id : '',
      From: m.type === 'container' ? (m.attributes['image'] ?? '') : '',
      Type: m.type,
      Action: m.action,
      Actor: goStruct('events.Actor', { ID: m.id, Attributes: goMap('map[string]string', Object.entries(m.attributes)) }),
      Scope: 'local',
      Time: BigInt(Math.floor(m.at / 1000)),
      TimeNano: timeNano(m),
    },
    MESSAGE_JSON,
  );
}

// ---------------------------------------------------------------------------------------------
// --since / --until

/**
 * The window for `--since` / `--until` as given (undefined or '' when not): the client turns each
 * into a timestamp against its now (GetTimestamp), the daemon reads them back (ParseTimestamps) and
 * refuses an `until` before `since`. `now` is in nanoseconds; `offsetSec` is the client's zone.
 */
export function eventWindow(since: string | undefined, until: string | undefined, now: bigint, offsetSec = 0): EventWindow | DockerError {
  const sent: (string | null)[] = [];
  for (const value of [since, until]) {
    if (value === undefined || value === '') {
      sent.push(null);
      continue;
    }
    const ts = getTimestamp(value, now, offsetSec);
    if ('error' in ts) return { code: 'invalid_time', cause: ts.error };
    sent.push(ts.value);
  }
  const [s, u] = sent as [string | null, string | null];
  const w = { since: s === null ? null : parseTimestamp(s), until: u === null ? null : parseTimestamp(u) };
  if (w.until !== null && w.since !== null && w.until < w.since) return { code: 'events_since_after_until', since: s!, until: u! };
  return w;
}
