/**
 * `docker events`: the messages the daemon publishes for what the log records (daemon/events.go
 * LogContainerEventWithAttributes, LogImageEventWithAttributes, libnetwork's connect/disconnect),
 * the daemon's buffer of recent ones (daemon/events/events.go), its filters (daemon/events/filter.go)
 * and the client's two ways of printing them (cli/command/system/events.go).
 */
import { createHash } from 'node:crypto';
import type { DockerError } from '../core/errors.js';
import { getTimestamp, parseTimestamp } from './timestamp.js';
import type { Envelope } from '../events.js';
import { isReference, parseReference } from '../image/reference.js';
import { compareKeys, goMap, goNil, goPtr, goStruct } from '../go/reflect.js';

export type MessageType = 'container' | 'image' | 'network';

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

interface KnownContainer {
  name: string;
  /** Config.Image: the reference as the user gave it */
  readonly image: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly network: { readonly id: string; readonly name: string; readonly type: string } | null;
  /** set while the restart manager waits to start it again: a kill then reaches no process */
  restarting: boolean;
  /** the model time of a `run` in the foreground that created it, until its first start */
  attachAt: number | null;
}

/**
 * The network a container's NetworkMode joins, with the `type` (driver) its events carry. The model
 * has no network objects: each gets a stable made-up id. `container:<x>` joins another container's
 * namespace and connects to no network.
 */
function networkOf(mode: string): KnownContainer['network'] {
  if (mode.startsWith('container:')) return null;
  const name = mode === 'default' ? 'bridge' : mode;
  const type = name === 'none' ? 'null' : name === 'host' ? 'host' : 'bridge';
  return { id: createHash('sha256').update(`strata network ${name}`).digest('hex'), name, type };
}

function configOf(json: string): { labels: Record<string, string>; comment: string } {
  const parsed = JSON.parse(json) as { comment?: string; config?: { Labels?: Record<string, string> | null } };
  return { labels: parsed.config?.Labels ?? {}, comment: parsed.comment ?? '' };
}

/**
 * Turns envelopes into the messages the engine would have published, in its order. Stateful (names,
 * labels and images as they were when each event happened), so a follower feeds it each batch of
 * new envelopes as it arrives; a batch is whole commands, as the log appends them.
 */
export class EventMessages {
  private readonly containers = new Map<string, KnownContainer>();
  /** each image's labels and comment, from its config */
  private readonly images = new Map<string, { readonly labels: Readonly<Record<string, string>>; readonly comment: string }>();
  private last: Envelope | undefined;

  push(batch: readonly Envelope[]): EventMessage[] {
    const out: EventMessage[] = [];
    const consumed = new Set<number>();
    for (let i = 0; i < batch.length; i++) {
      const env = batch[i]!;
      if (!consumed.has(i)) this.one(env, batch[i + 1], out, () => consumed.add(i + 1));
      this.last = env;
    }
    return out;
  }

  private container(at: number, action: string, id: string, extra: Record<string, string> = {}): EventMessage | undefined {
    const c = this.containers.get(id);
    if (!c) return undefined;
    // copyAttributes: the labels go over the action's own attributes; image and name over both
    const attributes: Record<string, string> = { ...extra, ...c.labels };
    if (c.image !== '') attributes['image'] = c.image;
    attributes['name'] = c.name;
    return { type: 'container', action, id, attributes, at };
  }

  private image(at: number, action: string, id: string, name: string): EventMessage {
    return { type: 'image', action, id, attributes: { ...this.images.get(id)?.labels, name }, at };
  }

  private network(at: number, action: 'connect' | 'disconnect', id: string): EventMessage | undefined {
    const net = this.containers.get(id)?.network;
    if (!net) return undefined;
    return { type: 'network', action, id: net.id, attributes: { container: id, name: net.name, type: net.type }, at };
  }

  /** The attach of `run` in the foreground comes before the first start attempt of the same command. */
  private attach(at: number, id: string, out: EventMessage[]): void {
    const c = this.containers.get(id);
    if (!c || c.attachAt === null) return;
    if (c.attachAt === at) push(out, this.container(at, 'attach', id));
    c.attachAt = null;
  }

  /** The messages of one envelope; `consumeNext` when they include those of the next one. */
  private one(env: Envelope, next: Envelope | undefined, out: EventMessage[], consumeNext: () => void): void {
    const { at, event: e } = env;
    switch (e.type) {
      case 'ContainerCreated': {
        const attached = e.config.AttachStdout || e.config.AttachStderr;
        this.containers.set(e.id, {
          name: e.name,
          image: e.config.Image,
          labels: e.config.Labels ?? {},
          network: networkOf(e.hostConfig.NetworkMode),
          restarting: false,
          attachAt: attached ? at : null,
        });
        push(out, this.container(at, 'create', e.id));
        return;
      }
      case 'ContainerStarted':
        this.attach(at, e.id, out);
        push(out, this.network(at, 'connect', e.id), this.container(at, 'start', e.id));
        this.setRestarting(e.id, false);
        return;
      case 'ContainerStartFailed':
        // the sandbox was connected, then released: no start, no die
        this.attach(at, e.id, out);
        push(out, this.network(at, 'connect', e.id), this.network(at, 'disconnect', e.id));
        return;
      case 'ContainerKilled':
        // killWithSignal: a restarting container has no process; the kill logs no event
        if (this.containers.get(e.id)?.restarting) return;
        push(out, this.container(at, 'kill', e.id, { signal: String(e.signal) }));
        return;
      case 'ContainerDied':
        push(out, this.container(at, 'die', e.id, { exitCode: String(e.exitCode) }), this.network(at, 'disconnect', e.id));
        return;
      case 'ContainerRestarting':
        this.setRestarting(e.id, true);
        return;
      case 'ContainerStopped':
        this.setRestarting(e.id, false);
        if (e.kill !== true) push(out, this.container(at, 'stop', e.id));
        return;
      case 'ContainerRestarted':
        push(out, this.container(at, 'restart', e.id));
        return;
      case 'ContainerPaused':
        push(out, this.container(at, 'pause', e.id));
        return;
      case 'ContainerUnpaused':
        push(out, this.container(at, 'unpause', e.id));
        return;
      case 'ContainerRenamed': {
        const c = this.containers.get(e.id);
        if (!c) return;
        const old = c.name;
        c.name = e.name;
        push(out, this.container(at, 'rename', e.id, { oldName: `/${old}` }));
        return;
      }
      case 'ContainerCommitted': {
        // the tag the commit applied was logged just before it (daemon/commit.go)
        const prev = this.last?.event;
        const tagged = prev?.type === 'ImageTagged' && prev.id === e.image && this.last?.at === at ? prev.ref : '';
        const comment = this.images.get(e.image)?.comment ?? '';
        push(out, this.container(at, 'commit', e.id, { comment, imageID: e.image, imageRef: tagged }));
        return;
      }
      case 'ContainerExported':
        push(out, this.container(at, 'export', e.id));
        return;
      case 'ContainerAttached':
        push(out, this.container(at, 'attach', e.id));
        return;
      case 'Pruned':
        // daemon-wide: no actor, the bytes reclaimed (prune.go LogDaemonEventWithAttributes)
        out.push({ type: e.what, action: 'prune', id: '', attributes: { reclaimed: String(e.reclaimed) }, at });
        return;
      case 'ContainerDestroyed':
        push(out, this.container(at, 'destroy', e.id));
        this.containers.delete(e.id);
        return;
      case 'ExecStarted': {
        // "exec_create: " + Entrypoint + " " + strings.Join(Args, " ")
        const cmd = `${e.argv[0] ?? ''} ${e.argv.slice(1).join(' ')}`;
        const attrs = { execID: e.execId };
        push(out, this.container(at, `exec_create: ${cmd}`, e.id, attrs), this.container(at, `exec_start: ${cmd}`, e.id, attrs));
        return;
      }
      case 'ExecDied':
        push(out, this.container(at, 'exec_die', e.id, { execID: e.execId, exitCode: String(e.exitCode) }));
        return;
      case 'ImageCreated':
        this.images.set(e.id, configOf(e.json));
        if (e.action !== 'import') return;
        // import tags the new image, then logs the import (daemon/images/image_import.go)
        if (next?.event.type === 'ImageTagged' && next.event.id === e.id) {
          out.push(this.image(next.at, 'tag', e.id, next.event.ref));
          consumeNext();
        }
        out.push(this.image(at, 'import', e.id, e.id));
        return;
      case 'ImageTagged':
        if (e.quiet !== true) out.push(this.image(at, 'tag', e.id, e.ref));
        return;
      case 'ImageSaved':
        out.push(this.image(at, 'save', e.id, e.id));
        return;
      case 'ImageLoaded':
        out.push(this.image(at, 'load', e.id, e.id));
        return;
      case 'ImageUntagged':
        // 20.10 names the image by its id in untag events, whichever reference went
        out.push(this.image(at, 'untag', e.id, e.id));
        return;
      case 'ImageDeleted':
        // logged once the image is gone: its labels can no longer be read
        this.images.delete(e.id);
        out.push({ type: 'image', action: 'delete', id: e.id, attributes: { name: e.id }, at });
        return;
      default:
        return;
    }
  }

  private setRestarting(id: string, value: boolean): void {
    const c = this.containers.get(id);
    if (c) c.restarting = value;
  }
}

function push(out: EventMessage[], ...ms: (EventMessage | undefined)[]): void {
  for (const m of ms) if (m) out.push(m);
}

/** Every message the log records, from its start. */
export function eventMessages(log: readonly Envelope[]): EventMessage[] {
  return new EventMessages().push(log);
}

/** The whole log as `docker events` prints it (had the daemon kept every message). */
export const eventLines = (log: readonly Envelope[]): string[] => eventMessages(log).map(eventLine);

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
  const legacy = m.type !== 'network';
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
    if ('error' in ts) return { code: 'invalid_time', message: ts.error };
    sent.push(ts.value);
  }
  const [s, u] = sent as [string | null, string | null];
  const w = { since: s === null ? null : parseTimestamp(s), until: u === null ? null : parseTimestamp(u) };
  if (w.until !== null && w.since !== null && w.until < w.since) return { code: 'events_since_after_until', since: s!, until: u! };
  return w;
}
