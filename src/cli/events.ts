/** The events verb: the log's messages in a window, then, unless the window has closed, the stream of what happens until it ends. */
import {
  bufferedEvents,
  eventFilters,
  eventFiltersInclude,
  eventLine,
  type EventMessage,
  eventMessages,
  eventWindow,
  executeTemplate,
  isError,
  isTemplateError,
  messageValue,
  parseTemplate,
  render,
  type Template,
  timeNano,
} from '../index.js';
import { follow } from './attach.js';
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
 * happens from now on until --until or an interrupt. Following (attach.ts follow), the store stays
 * open without the writer lock: each look folds in only what was appended since, a timer that falls
 * due is fired and logged as any command does, and the new commands' messages that pass the filters
 * are printed.
 */
export async function events(cli: Cli, _args: string[], opts: Opts, live?: Follow): Promise<number> {
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
  const stream = (signal: AbortSignal, pollMs?: number): Promise<number> => {
    // the CLI in process over an engine its caller holds: nothing happens while the caller waits
    // for this command, so the stream ends with the window, as `logs -f` does there
    if (cli.attached === undefined) return Promise.resolve(0);
    return follow(cli, {
      from: past.state,
      signal,
      ...(until === null ? {} : { deadline: Number(until / NS_PER_MS) }),
      ...(pollMs === undefined ? {} : { pollMs }),
      // each envelope read in its command's context, from the state before the command
      onCommands: (commands, before) => {
        for (const m of eventMessages(commands, before).messages) {
          // the daemon's timer ends the stream at --until: what happens after it is not sent
          if (until !== null && timeNano(m) > until) return 0;
          if (!emit(m)) return 1;
        }
        return undefined;
      },
    });
  };
  if (live) return stream(live.signal, live.pollMs);
  return untilSignalled(stream);
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
