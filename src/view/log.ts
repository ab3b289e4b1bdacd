/**
 * The log itself, as `strata log` shows it: every event with its sequence number, the line of
 * events.jsonl it was written in (one line per command), its model time and a one-line summary
 * that names containers as they were named when it happened. A pure function of the log: the
 * summaries read the state just before each event, folded once by `replay`'s `before` hook.
 */
import * as table from '../core/table.js';
import { humanSize } from '../core/time.js';
import type { Envelope, Event, EventType } from '../events.js';
import { replay } from '../evolve.js';
import type { State } from '../state.js';

/** One event of the log, with what `--format` templates see of it. */
export interface LogEvent {
  /** the event's sequence number (what `--at` and `--since-seq`/`--until-seq` take) */
  readonly Seq: number;
  /** the line of events.jsonl it is in, counting from 1: the command it belongs to */
  readonly Line: number;
  /** model time, ms since the epoch */
  readonly At: number;
  /** model time, RFC 3339 in UTC with milliseconds */
  readonly Time: string;
  readonly Type: EventType;
  readonly Summary: string;
  /** the event as logged */
  readonly Event: Event;
}

/** One line of events.jsonl: one command's events (those that pass the filters). */
export interface LogLine {
  readonly Line: number;
  /** `first-last`, or one number for a line of one event */
  readonly Seq: string;
  readonly First: number;
  readonly Last: number;
  readonly Time: string;
  /** how many of the line's events are shown */
  readonly Count: number;
  readonly Types: string;
  /** each event's type and summary, `; `-separated */
  readonly Summary: string;
  readonly Events: readonly LogEvent[];
}

export interface LogWindow {
  /** only events with seq ≥ sinceSeq / ≤ untilSeq */
  readonly sinceSeq?: number;
  readonly untilSeq?: number;
  /** only events of these types (all when empty or absent) */
  readonly types?: readonly string[];
}

/** Every event of the log (given command by command, as the stores hand it back) in the window. */
export function logEvents(commands: readonly (readonly Envelope[])[], window: LogWindow = {}): LogEvent[] {
  const lineOf = new Map<number, number>();
  commands.forEach((cmd, i) => {
    for (const env of cmd) lineOf.set(env.seq, i + 1);
  });
  const types = new Set(window.types ?? []);
  const since = window.sinceSeq ?? -Infinity;
  const until = window.untilSeq ?? Infinity;
  const out: LogEvent[] = [];
  const all = commands.flat();
  // the fold stops at the window's end: nothing after it is summarised
  const upTo = all.filter((env) => env.seq <= until);
  replay(upTo, undefined, {
    freeze: false,
    before: (s, env) => {
      if (env.seq < since || (types.size > 0 && !types.has(env.event.type))) return;
      out.push({ Seq: env.seq, Line: lineOf.get(env.seq)!, At: env.at, Time: modelTime(env.at), Type: env.event.type, Summary: summary(s, env.event), Event: env.event });
    },
  });
  return out;
}

/** The same events, one entry per line of events.jsonl that has any. */
export function logLines(events: readonly LogEvent[]): LogLine[] {
  const out: LogLine[] = [];
  let group: LogEvent[] = [];
  const flush = (): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) return;
    out.push({
      Line: first.Line,
      Seq: first.Seq === last.Seq ? String(first.Seq) : `${first.Seq}-${last.Seq}`,
      First: first.Seq,
      Last: last.Seq,
      Time: first.Time,
      Count: group.length,
      Types: group.map((e) => e.Type).join(', '),
      Summary: group.map((e) => `${e.Type} ${e.Summary}`.trimEnd()).join('; '),
      Events: group,
    });
    group = [];
  };
  for (const e of events) {
    if (group.length > 0 && group[0]!.Line !== e.Line) flush();
    group.push(e);
  }
  flush();
  return out;
}

/** Model time as RFC 3339 in UTC, to the millisecond the log keeps. */
export const modelTime = (at: number): string => new Date(at).toISOString();

const short = (digest: string): string => digest.replace(/^sha256:/, '').slice(0, 12);

/** A container as it was named then, and its short id (a build's intermediate containers included). */
function who(s: State, id: string): string {
  const c = table.get(s.containers, id);
  return c === undefined ? short(id) : `${c.name} (${short(id)})`;
}

/** A string shortened to `max` characters, quoted as JSON so control characters show. */
const clip = (text: string, max = 40): string => JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);

const SIGNAL_NAMES: Readonly<Record<number, string>> = { 1: 'HUP', 2: 'INT', 3: 'QUIT', 9: 'KILL', 10: 'USR1', 12: 'USR2', 15: 'TERM', 19: 'STOP' };

/** What one event did, in a few words, against the state just before it. */
export function summary(s: State, e: Event): string {
  switch (e.type) {
    case 'LayerRegistered': {
      const parent = e.parent === null ? '' : ` on ${short(e.parent)}`;
      return `${short(e.chainId)}${parent}, ${e.changes.length} ${e.changes.length === 1 ? 'entry' : 'entries'}, ${humanSize(e.size)}`;
    }
    case 'LayerDeleted':
      return short(e.chainId);
    case 'ImageCreated':
      return `${short(e.id)} by ${e.action}${e.parent === null ? '' : `, parent ${short(e.parent)}`}`;
    case 'ImageTagged':
    case 'ImageUntagged':
      return `${e.ref} ${e.type === 'ImageTagged' ? '->' : 'from'} ${short(e.id)}`;
    case 'ImageDeleted':
    case 'ImageSaved':
    case 'ImageLoaded':
      return short(e.id);
    case 'ImageParentSet':
      return `${short(e.id)} parent ${short(e.parent)}`;
    case 'Pruned':
      return `${e.what === 'builder' ? 'build cache' : `${e.what}s`}, ${humanSize(e.reclaimed)} reclaimed`;
    case 'ContainerCreated':
      return `${e.name} (${short(e.id)}) from ${e.imageRef === '' ? 'scratch' : e.imageRef}: ${clip([e.path, ...e.args].join(' '))}`;
    case 'ContainerStarted':
      return `${who(s, e.id)} pid ${e.pid}${e.restart ? ' (restart)' : ''}`;
    case 'ContainerStartFailed':
      return `${who(s, e.id)} exit ${e.exitCode}: ${clip(e.error, 60)}`;
    case 'ContainerFsChanged': {
      const paths = [...e.set.map(([p]) => `+/${p}`), ...e.removed.map((p) => `-/${p}`)];
      return `${who(s, e.id)} ${paths.slice(0, 4).join(' ')}${paths.length > 4 ? ` …${paths.length - 4} more` : ''}`;
    }
    case 'ContainerOutput': {
      const text = e.output.map((o) => o.text).join('');
      return `${who(s, e.id)} ${clip(text)}`;
    }
    case 'ContainerProcessBlocked':
      return `${who(s, e.id)} ${e.wakeAt === null ? 'waits' : `sleeps until ${modelTime(e.wakeAt)}`}`;
    case 'ContainerKilled':
      return `${who(s, e.id)} SIG${SIGNAL_NAMES[e.signal] ?? e.signal}`;
    case 'ContainerDied':
      return `${who(s, e.id)} exit ${e.exitCode}${e.error === undefined ? '' : `: ${clip(e.error, 60)}`}`;
    case 'ContainerRestarting':
      return `${who(s, e.id)} in ${e.delay} ms`;
    case 'ContainerRenamed':
      return `${who(s, e.id)} to ${e.name}`;
    case 'ContainerUpdated': {
      const p = e.restartPolicy;
      return `${who(s, e.id)}${p === undefined ? '' : ` --restart ${p.Name}${p.MaximumRetryCount === 0 ? '' : `:${p.MaximumRetryCount}`}`}`;
    }
    case 'ContainerCommitted':
      return `${who(s, e.id)} as ${short(e.image)}`;
    case 'ExecStarted':
      return `${who(s, e.id)} ${short(e.execId)}: ${clip(e.argv.join(' '))}`;
    case 'ExecDied':
      return `${who(s, e.id)} ${short(e.execId)} exit ${e.exitCode}`;
    case 'ContainerStopped':
      return `${who(s, e.id)}${e.kill === true ? ' (restart cancelled by kill)' : ''}`;
    case 'ContainerRestarted':
    case 'ContainerPaused':
    case 'ContainerUnpaused':
    case 'ContainerExported':
    case 'ContainerProcessesListed':
    case 'ContainerPathArchived':
    case 'ContainerArchiveExtracted':
    case 'ContainerAttached':
    case 'ContainerDestroyed':
      return who(s, e.id);
  }
}
