/** The read verbs: ps, images, inspect, logs, diff, history, events. They look at a view of the store and never write. */
import { statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { findContainer, isError } from '../container/resolve.js';
import { containerBase } from '../container/stack.js';
import { goJson } from '../image/config.js';
import { findImage } from '../image/resolve.js';
import { diff as diffOf } from '../layer/diff.js';
import { type Template, isTemplateError, execute, parseTemplate } from '../template/index.js';
import { marshal } from '../template/json.js';
import { FileLog } from '../log/file-log.js';
import * as table from '../core/table.js';
import { render } from '../core/errors.js';
import type { State } from '../state.js';
import {
  type EventMessage,
  EventMessages,
  bufferedEvents,
  eventFilters,
  eventLine,
  eventWindow,
  includes,
  messageValue,
  timeNano,
} from '../view/events.js';
import { HISTORY_HEADER, HISTORY_TABLE, IMAGES_HEADER, IMAGES_TABLE, historyRow, historyRows, imageRow, listImages } from '../view/images.js';
import { inspectContainer, inspectImage } from '../view/inspect.js';
import { PS_HEADER, PS_TABLE, listContainers, psRow } from '../view/ps.js';
import { type Cli, list, type Opts, str } from './containers.js';
import { printRows } from './format.js';
import { clientNotFound, daemon } from './output.js';


/** The model's "now": the wall clock, or the model clock if waits have carried it further. */
const nowOf = (cli: Cli): number => Math.max(Date.now(), cli.view().state.clock);

/** opts.FilterOpt.Set: a filter without `=` is a flag error (pflag, exit 125). */
export function badFilterFlag(cli: Cli, verb: string, opts: Opts): boolean {
  const bad = list(opts['filter']).find((f) => !f.includes('='));
  if (bad === undefined) return false;
  cli.io.err(`invalid argument "${bad}" for "-f, --filter" flag: bad format of filter (expected name=value)\nSee 'docker ${verb} --help'.\n`);
  return true;
}

export function ps(cli: Cli, _args: string[], opts: Opts): number {
  if (badFilterFlag(cli, 'ps', opts)) return 125;
  const s = cli.view();
  const noTrunc = opts['trunc'] === false;
  const found = listContainers(s.state, { all: opts['all'] === true, noTrunc, filters: list(opts['filter']) });
  if (isError(found)) {
    cli.io.err(daemon(found));
    return 1;
  }
  if (opts['quiet'] === true) {
    for (const c of found) cli.io.out(`${noTrunc ? c.id : c.id.slice(0, 12)}\n`);
    return 0;
  }
  const now = nowOf(cli);
  return printRows(cli.io, str(opts['format']) ?? PS_TABLE, found.map((c) => psRow(s.state, c, now, noTrunc)), PS_HEADER) ? 0 : 1;
}

export function images(cli: Cli, args: string[], opts: Opts): number {
  if (badFilterFlag(cli, 'images', opts)) return 125;
  const s = cli.view();
  const noTrunc = opts['trunc'] === false;
  const rows = listImages(s.state, { all: opts['all'] === true, filters: list(opts['filter']), ...(args[0] !== undefined ? { reference: args[0] } : {}) });
  if (isError(rows)) {
    cli.io.err(daemon(rows));
    return 1;
  }
  if (opts['quiet'] === true) {
    // One line per row, as the 20.10 CLI prints them: an image with several tags repeats.
    for (const r of rows) cli.io.out(`${noTrunc ? r.image.id : r.image.id.slice(7, 19)}\n`);
    return 0;
  }
  const now = nowOf(cli);
  return printRows(cli.io, str(opts['format']) ?? IMAGES_TABLE, rows.map((r) => imageRow(s.state, r, now, noTrunc)), IMAGES_HEADER) ? 0 : 1;
}

/** Go's json.Indent of the daemon's bytes: four spaces, HTML-escaped as the daemon encodes. */
function indentJson(compact: string): string {
  return goJson(JSON.parse(compact), 4);
}

export function inspect(cli: Cli, args: string[], opts: Opts): number {
  const s = cli.view();
  const type = str(opts['type']);
  const objects: object[] = [];
  let status = 0;
  for (const ref of args) {
    const c = type === 'image' ? undefined : findContainer(s.state, ref);
    if (c && !isError(c)) {
      objects.push(inspectContainer(s.state, c));
      continue;
    }
    const img = type === 'container' ? undefined : findImage(s.state, ref);
    if (img && !isError(img)) {
      objects.push(inspectImage(s.state, img.image));
      continue;
    }
    cli.io.err(`Error: No such ${type ?? 'object'}: ${ref}\n`);
    status = 1;
  }
  const format = str(opts['format']);
  if (format === undefined) {
    cli.io.out(objects.length === 0 ? '[]\n' : `${indentJson(`[${objects.map((o) => marshal(o)).join(',')}]`)}\n`);
    return status;
  }
  const t = parseTemplate(format);
  if (isTemplateError(t)) {
    cli.io.err(`template parsing error: ${t.message}\n`);
    return 64;
  }
  // cli/command/inspect TemplateInspector.Flush: nothing printed at all still ends the output with a newline.
  if (objects.length === 0) cli.io.out('\n');
  for (const o of objects) {
    const out = execute(t, o);
    if (isTemplateError(out)) {
      cli.io.out('\n');
      cli.io.err(`${out.message}\n`);
      return 1;
    }
    cli.io.out(`${out}\n`);
  }
  return status;
}

export function logs(cli: Cli, args: string[]): number {
  const s = cli.view();
  const c = findContainer(s.state, args[0]!);
  if (isError(c)) {
    cli.io.err(clientNotFound(c));
    return 1;
  }
  for (const o of c.logs) (o.stream === 'stdout' ? cli.io.out : cli.io.err)(o.text);
  return 0;
}

export function diff(cli: Cli, args: string[]): number {
  const s = cli.view();
  const c = findContainer(s.state, args[0]!);
  if (isError(c)) {
    cli.io.err(daemon(c));
    return 1;
  }
  for (const e of diffOf(c.rw, containerBase(s.state, c))) cli.io.out(`${e.kind} ${e.path}\n`);
  return 0;
}

export function history(cli: Cli, args: string[], opts: Opts): number {
  const s = cli.view();
  const found = findImage(s.state, args[0]!);
  if (isError(found)) {
    cli.io.err(daemon(found));
    return 1;
  }
  const noTrunc = opts['trunc'] === false;
  const rows = historyRows(s.state, found.image);
  if (opts['quiet'] === true) {
    for (const r of rows) cli.io.out(`${r.id === '<missing>' || noTrunc ? r.id : r.id.slice(7, 19)}\n`);
    return 0;
  }
  const now = nowOf(cli);
  return printRows(cli.io, str(opts['format']) ?? HISTORY_TABLE, rows.map((r) => historyRow(r, now, noTrunc)), HISTORY_HEADER) ? 0 : 1;
}

/** Streaming `events`: how it ends, and how often it looks at the log. */
export interface Follow {
  /** ends the stream; the CLI aborts it on SIGINT/SIGTERM with the signal's name as the reason */
  readonly signal: AbortSignal;
  /** ms between looks at the log (default 200) */
  readonly pollMs?: number;
}

const NS_PER_MS = 1_000_000n;

/** The earliest model time at which a timer fires by itself (paused containers' timers wait). */
function nextTimerAt(s: State): number {
  let next = Infinity;
  for (const [id, at] of table.entries(s.timers)) {
    const c = table.get(s.containers, id);
    if (c && !c.state.paused && at < next) next = at;
  }
  return next;
}

/**
 * docker events: the buffered window (--since/--until), then, unless --until has passed, what
 * happens from now on until --until or an interrupt. Following, the store is opened only for a look
 * (the writer lock is free in between): when the log has grown or a timer is due, it catches the
 * clock up as any command does, and prints the new messages that pass the filters.
 */
export async function events(cli: Cli, _args: string[], opts: Opts, follow?: Follow): Promise<number> {
  // FilterOpt.Set ignores an empty --filter
  const filterFlags = list(opts['filter']).filter((f) => f !== '');
  if (badFilterFlag(cli, 'events', { filter: filterFlags })) return 125;
  const format = str(opts['format']);
  let template: Template | undefined;
  if (format !== undefined && format !== '') {
    // makeTemplate: parsed, then run once on an empty message to catch unknown fields
    const t = parseTemplate(format);
    const checked = isTemplateError(t) ? t : execute(t, messageValue());
    if (isTemplateError(checked)) {
      cli.io.err(`Error parsing format: ${checked.message}\n`);
      return 64;
    }
    template = t as Template;
  }
  const s = cli.view();
  const nowMs = nowOf(cli);
  const window = eventWindow(str(opts['since']), str(opts['until']), BigInt(nowMs) * NS_PER_MS, -new Date(nowMs).getTimezoneOffset() * 60);
  if (isError(window)) {
    cli.io.err(window.code === 'invalid_time' ? `${render(window)}\n` : daemon(window));
    return 1;
  }
  const filters = eventFilters(filterFlags);
  const print = (m: EventMessage): boolean => {
    if (template === undefined) {
      cli.io.out(`${eventLine(m)}\n`);
      return true;
    }
    const out = execute(template, messageValue(m));
    cli.io.out(`${isTemplateError(out) ? '' : out}\n`);
    if (isTemplateError(out)) cli.io.err(`${out.message}\n`);
    return !isTemplateError(out);
  };
  const log = s.events();
  const renderer = new EventMessages();
  for (const m of bufferedEvents(renderer.push(log), window, filters)) if (!print(m)) return 1;
  const until = window.until;
  if (until !== null && until < BigInt(nowMs) * NS_PER_MS) return 0;
  const emit = (m: EventMessage): boolean => !includes(filters, m) || print(m);
  if (follow) return followLog(cli, follow, renderer, log.length, s.state, until, emit);
  return untilSignalled((signal) => followLog(cli, { signal }, renderer, log.length, s.state, until, emit));
}

/** The CLI's stream runs until SIGINT or SIGTERM (then exits 130 / 143, as a client killed by it would). */
async function untilSignalled(run: (signal: AbortSignal) => Promise<number>): Promise<number> {
  const ac = new AbortController();
  const onInt = (): void => ac.abort('SIGINT');
  const onTerm = (): void => ac.abort('SIGTERM');
  process.once('SIGINT', onInt);
  process.once('SIGTERM', onTerm);
  try {
    return await run(ac.signal);
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
}

async function followLog(
  cli: Cli,
  follow: Follow,
  renderer: EventMessages,
  seen: number,
  state: State,
  until: bigint | null,
  emit: (m: EventMessage) => boolean,
): Promise<number> {
  const file = new FileLog(cli.io.home).file;
  const stamp = (): string => {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? `${st.size}:${st.mtimeMs}` : '';
  };
  let known = stamp();
  let clock = state.clock;
  let due = nextTimerAt(state);
  const pollMs = follow.pollMs ?? 200;
  for (;;) {
    const now = Math.max(Date.now(), clock);
    if (follow.signal.aborted) return follow.signal.reason === 'SIGTERM' ? 143 : 130;
    if (until !== null && BigInt(now) * NS_PER_MS >= until) return 0;
    const wait = until === null ? pollMs : Math.min(pollMs, Math.ceil(Number(until / NS_PER_MS) - now));
    await delay(Math.max(wait, 1), undefined, { signal: follow.signal }).catch(() => undefined);
    if (follow.signal.aborted) continue;
    if (stamp() === known && Date.now() < due) continue;
    // a new look, with the timers due by now fired and logged first, as any command does
    const s = await cli.look();
    const batch = s.events().slice(seen);
    clock = s.state.clock;
    due = nextTimerAt(s.state);
    known = stamp();
    seen += batch.length;
    for (const m of renderer.push(batch)) {
      // the daemon's timer ends the stream at --until: what happens after it is not sent
      if (until !== null && timeNano(m) > until) return 0;
      if (!emit(m)) return 1;
    }
  }
}
