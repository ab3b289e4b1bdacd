/**
 * `strata log`: the event log itself (docker has no such verb; `docker events` shows only the
 * engine's actions). One row per line of events.jsonl (one command's events), or with `--events`
 * one row per event; `--since-seq`/`--until-seq` and `--type` choose the events, `--format` takes
 * a Go template over the fields of view/log.ts (LogLine, LogEvent).
 */
import { EVENT_TYPES, logEvents, logLines } from '../index.js';
import { type Cli, list, type Opts, str } from './containers.js';
import { printRows } from './format.js';
import { seqFlag } from './verbs.js';

const LINES_TABLE = 'table {{.Line}}\t{{.Seq}}\t{{.Time}}\t{{.Summary}}';
const LINES_HEADER = new Map([
  ['Line', 'LINE'], ['Seq', 'SEQ'], ['First', 'FIRST'], ['Last', 'LAST'], ['Time', 'TIME'], ['Count', 'EVENTS'], ['Types', 'TYPES'], ['Summary', 'EVENTS'],
]);
const EVENTS_TABLE = 'table {{.Seq}}\t{{.Line}}\t{{.Time}}\t{{.Type}}\t{{.Summary}}';
const EVENTS_HEADER = new Map([['Seq', 'SEQ'], ['Line', 'LINE'], ['At', 'AT'], ['Time', 'TIME'], ['Type', 'EVENT'], ['Summary', 'SUMMARY']]);

export function log(cli: Cli, _args: string[], opts: Opts): number {
  const since = seqFlag(opts['sinceSeq'], '--since-seq');
  const until = seqFlag(opts['untilSeq'], '--until-seq');
  if (typeof since === 'string' || typeof until === 'string') {
    cli.io.err(`${typeof since === 'string' ? since : until}\nSee 'strata log --help'.\n`);
    return 125;
  }
  // --type takes a list, as docker's --filter does: repeated or comma-separated
  const types = list(opts['type']).flatMap((t) => t.split(',')).filter((t) => t !== '');
  const unknown = types.find((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown !== undefined) {
    cli.io.err(`strata: --type ${unknown}: not an event type; the log's types are ${EVENT_TYPES.join(', ')}\n`);
    return 125;
  }
  const events = logEvents(cli.view().commands(), {
    ...(since !== undefined ? { sinceSeq: since } : {}),
    ...(until !== undefined ? { untilSeq: until } : {}),
    types,
  });
  const format = str(opts['format']);
  if (opts['events'] === true) return printRows(cli.io, format ?? EVENTS_TABLE, events, EVENTS_HEADER) ? 0 : 1;
  return printRows(cli.io, format ?? LINES_TABLE, logLines(events), LINES_HEADER) ? 0 : 1;
}
