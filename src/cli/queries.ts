/** The read verbs: ps, images, inspect, logs, diff, history (events.ts has events). They look at a view of the store and never write. */
import {
  containerDiff,
  executeTemplate,
  findContainer,
  findImage,
  goIndent,
  goMarshal,
  HISTORY_HEADER,
  HISTORY_TABLE,
  HISTORY_TABLE_NOT_HUMAN,
  historyRow,
  historyRows,
  imageRow,
  IMAGES_HEADER,
  IMAGES_TABLE,
  IMAGES_TABLE_DIGEST,
  inspectContainer,
  inspectImage,
  isError,
  isTemplateError,
  listContainers,
  listImages,
  logMessages,
  logsWindow,
  logTimestamp,
  type LogEntry,
  type Container,
  replay,
  table,
  parseTemplate,
  PS_HEADER,
  PS_TABLE,
  PS_TABLE_SIZE,
  psProbe,
  psRow,
  imageColumns,
  render,
} from '../index.js';
import { follow } from './attach.js';
import { type Cli, intFlag, list, type Opts, str } from './containers.js';
import { printRows } from './format.js';
import { clientNow } from './io.js';
import { clientNotFound, daemon } from './output.js';

/**
 * The model's "now": the wall clock, or the model clock if waits have carried it further; for a
 * view of the past (`--at`), the time of its last event.
 */
export const nowOf = (cli: Cli): number => cli.view().at ?? Math.max(clientNow(cli.io), cli.view().state.clock);

/** opts.FilterOpt.Set: a filter without `=` is a flag error (pflag, exit 125). */
export function badFilterFlag(cli: Cli, verb: string, opts: Opts): boolean {
  const bad = list(opts['filter']).find((f) => !f.includes('='));
  if (bad === undefined) return false;
  cli.io.err(`invalid argument "${bad}" for "-f, --filter" flag: bad format of filter (expected name=value)\nSee 'docker ${verb} --help'.\n`);
  return true;
}

/**
 * The format a listing prints (formatter.NewContainerFormat, NewImageFormat): none or `table`, the
 * verb's default table (undefined with `-q`: the ids alone); any other, as given, `-q` or not.
 */
function listingFormat(format: string | undefined, quiet: boolean, table: string): string | undefined {
  if (format === undefined || format === '' || format === 'table') return quiet ? undefined : table;
  return format;
}

export function ps(cli: Cli, _args: string[], opts: Opts): number {
  if (badFilterFlag(cli, 'ps', opts)) return 125;
  const last = intFlag(opts['last'], '-n, --last');
  if (typeof last === 'string') {
    cli.io.err(`${last}\nSee 'docker ps --help'.\n`);
    return 125;
  }
  // -l is -n 1 while -n is at its default, -1 (given or not)
  const n = last ?? -1n;
  const limit = opts['latest'] === true && n === -1n ? 1n : n;
  const given = str(opts['format']);
  const now = nowOf(cli);
  let size = opts['size'] === true;
  if (!size && given !== undefined && given !== '') {
    const t = parseTemplate(given);
    if (isTemplateError(t)) {
      cli.io.err(`${render({ code: 'ps_template', stage: 'parse', cause: t })}\n`);
      return 1;
    }
    const probe = psProbe(now);
    const ran = executeTemplate(t, probe.row);
    if (isTemplateError(ran)) {
      cli.io.err(`${render({ code: 'ps_template', stage: 'execute', cause: ran })}\n`);
      return 1;
    }
    size = probe.sizeUsed();
  }
  const s = cli.view();
  const noTrunc = opts['trunc'] === false;
  const found = listContainers(s.state, {
    all: opts['all'] === true,
    filters: list(opts['filter']),
    limit: limit > 0n ? Number(limit > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : limit) : 0,
  });
  if (isError(found)) {
    cli.io.err(daemon(found));
    return 1;
  }
  const format = listingFormat(given, opts['quiet'] === true, size ? PS_TABLE_SIZE : PS_TABLE);
  if (format === undefined) {
    for (const c of found) cli.io.out(`${noTrunc ? c.id : c.id.slice(0, 12)}\n`);
    return 0;
  }
  const image = imageColumns(s.state, noTrunc);
  return printRows(cli.io, format, found.map((c) => psRow(s.state, c, now, noTrunc, size, image)), PS_HEADER) ? 0 : 1;
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
  const digests = opts['digests'] === true;
  let format = listingFormat(str(opts['format']), opts['quiet'] === true, digests ? IMAGES_TABLE_DIGEST : IMAGES_TABLE);
  if (format === undefined) {
    // One line per row, as the 20.10 CLI prints them: an image with several tags repeats.
    for (const r of rows) cli.io.out(`${noTrunc ? r.image.id : r.image.id.slice(7, 19)}\n`);
    return 0;
  }
  // NewImageFormat: a table of the user's gets the DIGEST column unless it names {{.Digest}} as such
  if (digests && format.startsWith('table') && !format.includes('{{.Digest}}')) format += '\t{{.Digest}}';
  const now = nowOf(cli);
  return printRows(cli.io, format, rows.map((r) => imageRow(s.state, r, now, noTrunc)), IMAGES_HEADER) ? 0 : 1;
}

/** Go's json.Indent of the daemon's bytes (HTML-escaped as the daemon encodes them): four spaces. */
function indentJson(compact: string): string {
  const out = goIndent(compact, '', '    ');
  if (typeof out !== 'string') throw new Error(`inspect: ${out.error}`);
  return out;
}

export function inspect(cli: Cli, args: string[], opts: Opts): number {
  const s = cli.view();
  const type = str(opts['type']);
  const format = str(opts['format']);
  // cli/command/inspect Inspect: the template is parsed before any object is looked up
  const t = format === undefined ? undefined : parseTemplate(format);
  if (t !== undefined && isTemplateError(t)) {
    cli.io.err(`template parsing error: ${t.message}\n`);
    return 64;
  }
  const objects: object[] = [];
  // the refs not found are reported together, once the objects are printed
  const missing: string[] = [];
  for (const ref of args) {
    const c = type === 'image' ? undefined : findContainer(s.state, ref);
    if (c && !isError(c)) {
      objects.push(inspectContainer(s.state, c, opts['size'] === true));
      continue;
    }
    const img = type === 'container' ? undefined : findImage(s.state, ref);
    if (img && !isError(img)) {
      // cli/command/system/inspect.go: an image has no sizes to ask for
      if (opts['size'] === true) cli.io.err('WARNING: --size ignored for image\n');
      objects.push(inspectImage(s.state, img.image));
      continue;
    }
    missing.push(`Error: No such ${type ?? 'object'}: ${ref}\n`);
  }
  const status = missing.length > 0 ? 1 : 0;
  const reportMissing = (): void => {
    for (const line of missing) cli.io.err(line);
  };
  if (t === undefined) {
    cli.io.out(objects.length === 0 ? '[]\n' : `${indentJson(`[${objects.map((o) => goMarshal(o)).join(',')}]`)}\n`);
    reportMissing();
    return status;
  }
  // cli/command/inspect TemplateInspector.Flush: nothing printed at all still ends the output with a newline.
  if (objects.length === 0) cli.io.out('\n');
  for (const o of objects) {
    const out = executeTemplate(t, o);
    if (isTemplateError(out)) {
      cli.io.out('\n');
      cli.io.err(`${out.message}\n`);
      reportMissing();
      return 1;
    }
    cli.io.out(`${out}\n`);
  }
  reportMissing();
  return status;
}

export function logs(cli: Cli, args: string[], opts: Opts): number | Promise<number> {
  const s = cli.view();
  const c = findContainer(s.state, args[0]!);
  if (isError(c)) {
    cli.io.err(clientNotFound(c));
    return 1;
  }
  const nowMs = nowOf(cli);
  const window = logsWindow(str(opts['since']), str(opts['until']), BigInt(nowMs) * 1_000_000n, -new Date(nowMs).getTimezoneOffset() * 60);
  if (isError(window)) {
    cli.io.err(`${render(window)}\n`);
    return 1;
  }
  const stamp = opts['timestamps'] === true;
  // --details: what the log driver's options add (labels, env); strata models none, so it is empty, and a space
  const details = opts['details'] === true ? ' ' : '';
  const print = (m: LogEntry): void => (m.stream === 'stdout' ? cli.io.out : cli.io.err)(`${stamp ? `${logTimestamp(m.at)} ` : ''}${details}${m.text}`);
  const tail = str(opts['tail']);
  for (const m of logMessages(c, { ...window, ...(tail !== undefined ? { tail } : {}) })) print(m);
  if (opts['follow'] !== true || !c.state.running || cli.attached === undefined) return 0;
  // -f: the lines completed from now on, until the process exits (the daemon closes the log then)
  let seen = completeLines(c).length;
  const more = (now: Container): void => {
    const lines = completeLines(now);
    for (const m of logMessages({ ...now, logs: lines.slice(seen) }, window)) print(m);
    seen = lines.length;
  };
  return follow(cli, {
    from: s.state,
    onCommands: (commands, before, after) => {
      const envelopes = commands.flat();
      const died = envelopes.findIndex(({ event: e }) => e.type === 'ContainerDied' && e.id === c.id);
      // at the exit, the log as it was then (a --rm container is gone right after)
      const now = died < 0 ? after : replay(envelopes.slice(0, died + 1), before);
      const found = table.get(now.containers, c.id);
      if (found) more(found);
      return died < 0 ? undefined : 0;
    },
  });
}

/** The lines a container's log holds (one still open waits for its newline). */
const completeLines = (c: Container): LogEntry[] => c.logs.filter((l) => l.open !== true);

export function diff(cli: Cli, args: string[]): number {
  const entries = containerDiff(cli.view().state, args[0]!);
  if (isError(entries)) {
    cli.io.err(daemon(entries));
    return 1;
  }
  for (const e of entries) cli.io.out(`${e.kind} ${e.path}\n`);
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
  const human = opts['human'] !== false;
  const table = human ? HISTORY_TABLE : HISTORY_TABLE_NOT_HUMAN;
  return printRows(cli.io, str(opts['format']) ?? table, rows.map((r) => historyRow(r, now, noTrunc, human)), HISTORY_HEADER) ? 0 : 1;
}
