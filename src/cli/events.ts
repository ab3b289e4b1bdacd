/** The events verb: the log's messages in a window, then, unless the window has closed, the stream of what happens until it ends. */
import { statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import {
  bufferedEvents,
  eventFilters,
  eventFiltersInclude,
  eventLine,
  type EventMessage,
  eventMessages,
  eventWindow,
  executeTemplate,
  FileLog,
  isError,
  isTemplateError,
  messageValue,
  nextWake,
  parseTemplate,
  render,
  type State,
  type Template,
  timeNano,
} from '../index.js';
import { type Cli, list, type Opts, str } from './containers.js';
import { daemon } from './output.js';
import { badFilterFlag, nowOf } from './queries.js';

/** Streaming `events`: how it ends, and how often it looks at the log. */
export interface Follow {
  /** ends the stream; the CLI aborts it on SIGINT/SIGTERM with the signal's name as the reason */
  readonly signal: AbortSignal;
  /** ms between looks at the log (default 200) */
  readonly pollMs?: number;
}

const NS_PER_MS = 1_000_000n;

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
    const checked = isTemplateError(t) ? t : executeTemplate(t, messageValue());
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
    const out = executeTemplate(template, messageValue(m));
    cli.io.out(`${isTemplateError(out) ? '' : out}\n`);
    if (isTemplateError(out)) cli.io.err(`${out.message}\n`);
    return !isTemplateError(out);
  };
  const log = s.commands();
  const past = eventMessages(log);
  for (const m of bufferedEvents(past.messages, window, filters)) if (!print(m)) return 1;
  const until = window.until;
  if (until !== null && until < BigInt(nowMs) * NS_PER_MS) return 0;
  const emit = (m: EventMessage): boolean => !eventFiltersInclude(filters, m) || print(m);
  if (follow) return followLog(cli, follow, past.state, log.length, s.state, until, emit);
  return untilSignalled((signal) => followLog(cli, { signal }, past.state, log.length, s.state, until, emit));
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
  /** the state after the `seen` commands, before those whose messages are still to come */
  before: State,
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
  let due = nextWake(state);
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
    const batch = s.commands().slice(seen);
    clock = s.state.clock;
    due = nextWake(s.state);
    known = stamp();
    seen += batch.length;
    const read = eventMessages(batch, before);
    before = read.state;
    for (const m of read.messages) {
      // the daemon's timer ends the stream at --until: what happens after it is not sent
      if (until !== null && timeNano(m) > until) return 0;
      if (!emit(m)) return 1;
    }
  }
}
