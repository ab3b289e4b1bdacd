/**
 * Observations that can be compared across engines: ids become symbols by order of appearance
 * (each side numbers its own), wall-clock times and durations are masked, and the world is reduced
 * to what the model claims to know.
 */
import { topTable } from '../index.js';

import { createHash } from 'node:crypto';
import { readTar } from '../go/tar/index.js';

/** What one docker command line printed, and its exit code. */
export interface Result {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** The world as the engine API shows it: inspect JSON, changes and history per object. */
export interface RawWorld {
  readonly containers: readonly Record<string, unknown>[];
  readonly changes: Readonly<Record<string, readonly { Kind: number; Path: string }[]>>;
  readonly images: readonly Record<string, unknown>[];
  readonly histories: Readonly<Record<string, readonly Record<string, unknown>[]>>;
}

/**
 * The reference engine runs with --ip-forward=false; every `run`, every build step's container and
 * every `update` (whose client prints the daemon's warnings bare, after its names) warns about it.
 */
const ENGINE_NOISE = /^(?:WARNING: | ---> \[Warning\] |)IPv4 forwarding is disabled\. Networking will not work\.\n/gm;

export class Masker {
  private readonly ids = new Map<string, string>();
  /** digests that are the same on every engine (the DiffID of a tar both sides imported), left as they are */
  readonly literal = new Set<string>();

  /**
   * `exactColumns` keeps table alignment as printed: right for scenarios that leave time columns out
   * of their tables; generated scenarios print whole tables, whose widths follow masked durations.
   */
  constructor(private readonly options: { readonly exactColumns?: boolean } = {}) {}

  mask(text: string): string {
    const masked = text
      .replace(ENGINE_NOISE, '')
      // the engine's data root (a temporary directory here, /var/lib/docker by default)
      .replace(/(?:\/[\w.-]+)+(?=\/(?:image\/)?overlay2\/)/g, '<data-root>')
      .replace(/\b(?:sha256:)?[0-9a-f]{64}\b/g, (id) => this.full(id))
      .replace(/\b[0-9a-f]{12}\b/g, (id) => this.short(id))
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>')
      .replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} UTC/g, '<time>')
      .replace(/(?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes|hours|days|weeks|months|years)) ago/g, '<ago>')
      .replace(/Up (?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes|hours|days|weeks|months|years))/g, 'Up <duration>')
      // the pid docker-init's child has in its namespace: what runc's init spent before it (6 to 8)
      .replace(/\[FATAL tini \(\d+\)\]/g, '[FATAL tini (<pid>)]');
    // table columns are as wide as their widest cell, and masked cells had different widths
    return this.options.exactColumns ? masked : masked.replace(/ {2,}/g, '  ');
  }

  /** The symbol of an id, allocating the next one on first sight. */
  symbol(id: string): string {
    const hex = id.replace(/^sha256:/, '');
    if (this.literal.has(hex)) return id;
    let sym = this.ids.get(hex);
    if (!sym) {
      sym = `<id${this.ids.size + 1}>`;
      this.ids.set(hex, sym);
    }
    return sym;
  }

  private full(id: string): string {
    const sym = this.symbol(id);
    return sym === id ? id : id.startsWith('sha256:') ? `sha256:${sym}` : sym;
  }

  /** A short id is the object whose full id it prefixes, if one was seen. */
  private short(s: string): string {
    for (const hex of this.literal) if (hex.startsWith(s)) return s;
    for (const [hex, sym] of this.ids) if (hex.startsWith(s)) return sym.replace('>', ':short>');
    return this.symbol(s.padEnd(64, '?')).replace('>', ':short>');
  }
}

export interface Observed {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * rmi conflicts name "a container using the image": moby takes the first its container store yields,
 * and that store is a Go map, so which one is the engine's chance. Any of them is right.
 */
// Applied before ids are numbered: an id seen only here must not take a number on one side alone.
const anyUser = (text: string): string =>
  text
    .replace(/container [0-9a-f]{12} is using its referenced image/g, 'container <a user of the image> is using its referenced image')
    .replace(/being used by (running|stopped) container [0-9a-f]{12}/g, 'being used by $1 container <a user of the image>');

/**
 * The docker client's own log line when its wait on a container is cancelled: whether (and where) it
 * appears races the client's goroutines — observed after failing attached starts and, rarely, after a
 * plain `run -d`. Not part of what the engine answered.
 */
const CLIENT_WAIT_RACE = /^time="<time>" level=error msg="error waiting for container: context canceled"\n/gm;

/** docker top's columns whose values are pids: the row's own, and those it names. */
const PID_REFS = new Set(['PPID', 'PGID', 'SID']);
/** docker top's columns of the host's facts: when a process started, its CPU time and use, its memory. */
const HOST_FACTS: Readonly<Record<string, string>> = {
  STIME: '<start>', START: '<start>', ELAPSED: '<elapsed>', TIME: '<cpu time>', C: '<use>', '%CPU': '<use>', '%MEM': '<use>', VSZ: '<memory>', RSS: '<memory>',
};

/**
 * `docker top`'s table, with the host's facts masked: its pids become symbols, the rows' own numbered
 * in the order of the rows sorted without them (ps lists by pid, and the host hands pids out in an
 * order of its own, wrapping around), a pid outside the container (the shim's) by its first sight;
 * start times, CPU and memory are masked. Realigned as the client aligns it, once the table is
 * known to be the client's (else it is left as it is, to differ). Any other text is left as it is.
 */
export function maskProcessTable(text: string): string {
  const lines = text.split('\n');
  if (lines.pop() !== '' || lines.length < 2) return text;
  const [titles, ...rows] = lines.map((l) => l.split(/ {2,}/)) as [string[], ...string[][]];
  const pid = titles.indexOf('PID');
  const last = titles.length - 1;
  // a pid column that is the last holds the words that overflowed the titles after the pid
  const split = (cell: string, i: number): [string, string] => {
    const space = i === last ? cell.indexOf(' ') : -1;
    return space < 0 ? [cell, ''] : [cell.slice(0, space), cell.slice(space)];
  };
  if (pid < 0 || rows.some((r) => r.length !== titles.length || !/^[0-9]+$/.test(split(r[pid]!, pid)[0]))) return text;
  if (topTable({ titles, processes: rows }) !== text) return text;
  const pids = (i: number): boolean => i === pid || PID_REFS.has(titles[i]!);
  const masked = rows.map((r) => r.map((cell, i) => HOST_FACTS[titles[i]!] ?? cell));
  const key = (r: readonly string[]): string => r.map((cell, i) => (pids(i) ? split(cell, i)[1] : cell)).join('\t');
  masked.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const own = new Map(masked.map((r, n) => [split(r[pid]!, pid)[0], `<pid${n + 1}>`]));
  const outside = new Map<string, string>();
  const symbol = (p: string): string => own.get(p) ?? outside.get(p) ?? outside.set(p, `<outside${outside.size + 1}>`).get(p)!;
  const processes = masked.map((r) =>
    r.map((cell, i) => {
      if (!pids(i)) return cell;
      const [p, rest] = split(cell, i);
      return `${symbol(p)}${rest}`;
    }),
  );
  return topTable({ titles, processes });
}

/** Mask a command's result; `sortLines` for output whose order the engine does not define (diff). */
export function observe(m: Masker, r: Result, sortLines = false): Observed {
  const stdout = m.mask(maskProcessTable(r.stdout));
  return {
    stdout: sortLines ? stdout.split('\n').filter(Boolean).sort().join('\n') : stdout,
    stderr: m.mask(anyUser(r.stderr)).replace(CLIENT_WAIT_RACE, ''),
    exitCode: r.exitCode,
  };
}

const KIND = ['C', 'A', 'D'] as const;
type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** What the model claims about the world after a step, in a form two engines can agree on. */
export function normaliseWorld(m: Masker, w: RawWorld, timed: ReadonlySet<string> = new Set()): unknown {
  const containers = [...w.containers]
    .sort((a, b) => String(a['Name']).localeCompare(String(b['Name'])))
    .map((c) => {
      const st = obj(c['State']);
      const cfg = obj(c['Config']);
      const id = String(c['Id']);
      return {
        // numbered here, in name order, so ids a prune prints in a Go map's order are known already
        id: m.symbol(id),
        name: c['Name'],
        status: st['Status'],
        running: st['Running'],
        paused: st['Paused'],
        restarting: st['Restarting'],
        exitCode: st['ExitCode'],
        error: m.mask(String(st['Error'] ?? '')),
        image: m.symbol(String(c['Image'])),
        path: c['Path'],
        args: c['Args'],
        cmd: cfg['Cmd'],
        entrypoint: cfg['Entrypoint'],
        // as a set: the engine's `run` stores -e values in an order that changes from run to run
        // (observed: -e A=1 -e C=2 -e D=3 gave A,C,D / D,A,C / C,D,A over eight runs)
        env: arr(cfg['Env']).map(String).sort(),
        workingDir: cfg['WorkingDir'],
        labels: cfg['Labels'],
        restartCount: c['RestartCount'],
        autoRemove: obj(c['HostConfig'])['AutoRemove'],
        restartPolicy: obj(c['HostConfig'])['RestartPolicy'],
        readOnly: obj(c['HostConfig'])['ReadonlyRootfs'],
        // the id's first 12 digits when none was given: masked as the container's short id
        hostname: m.mask(String(cfg['Hostname'])),
        stopSignal: cfg['StopSignal'] ?? null,
        stopTimeout: cfg['StopTimeout'] ?? null,
        diff: arr(w.changes[id]).map((d) => `${KIND[obj(d)['Kind'] as number]} ${obj(d)['Path']}`).sort(),
      };
    });
  // A layer's DiffID is content-determined only for an imported tar (one layer, one history row):
  // committed and built layers hold the mtimes of what their processes wrote, which follow each
  // side's clock (the engine's build steps take real time; the model's 1 ms). So does an imported
  // tar the caller names `timed` (an export's: its files carry the container's times).
  const determined = new Set<string>();
  for (const i of w.images) {
    const layers = arr(obj(i['RootFS'])['Layers']);
    if (layers.length === 1 && arr(w.histories[String(i['Id'])]).length === 1 && !timed.has(String(layers[0]))) determined.add(String(layers[0]));
  }
  const layer = (d: unknown): string => (determined.has(String(d)) ? m.symbol(String(d)) : '<layer with times>');
  const images = [...w.images]
    .map((i) => {
      const id = String(i['Id']);
      const cfg = obj(i['Config']);
      return {
        id: m.symbol(id),
        tags: [...arr(i['RepoTags'])].map(String).sort(),
        parent: i['Parent'] ? m.symbol(String(i['Parent'])) : '',
        comment: i['Comment'],
        layers: arr(obj(i['RootFS'])['Layers']).map(layer),
        size: i['Size'],
        // Env as a set: a committed image inherits its container's Env, in that container's random order
        config: { cmd: cfg['Cmd'], entrypoint: cfg['Entrypoint'], env: cfg['Env'] === null ? null : arr(cfg['Env']).map(String).sort(), workingDir: cfg['WorkingDir'], labels: cfg['Labels'], user: cfg['User'] },
        history: arr(w.histories[id]).map((h) => {
          const r = obj(h);
          return { id: r['Id'] === '<missing>' ? '<missing>' : m.symbol(String(r['Id'])), createdBy: r['CreatedBy'], size: r['Size'], comment: r['Comment'], tags: r['Tags'] ?? null };
        }),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return { containers, images };
}

/** A line diff (longest common subsequence) of two JSON values, for reports: `-` engine, `+` model. */
export function difference(a: unknown, b: unknown, context = 2): string {
  const x = JSON.stringify(a, null, 2).split('\n');
  const y = JSON.stringify(b, null, 2).split('\n');
  // lcs[i][j] = length of the LCS of x[i..] and y[j..]
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const ops: string[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push(`  ${x[i++]}`);
      j++;
    } else if (j < y.length && (i === x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) ops.push(`+ ${y[j++]}`);
    else ops.push(`- ${x[i++]}`);
  }
  // keep the changed lines and a little context around them
  const keep = ops.map((_op, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => !o.startsWith('  ')));
  const out: string[] = [];
  ops.forEach((op, k) => {
    if (keep[k]) out.push(op);
    else if (keep[k - 1]) out.push('  …');
  });
  return out.slice(0, 80).join('\n');
}

/** 2021-01-01: files a scenario makes on the host carry older times of its choosing. */
export const RECENT = 1609459200;

/**
 * A tar as `tar -tv --numeric-owner` would list it, one line per entry: type, mode, uid/gid, owner
 * names, size, mtime, name and link target, then a digest of each file's bytes. Times after
 * 2021 are shown as `<recent>`: those are the times the engine and the model each gave a file they
 * wrote now, a second apart at most, which the model does not claim to match to the second.
 * `stdout` holds the tar's bytes one per character (latin1), as the drivers give a binary stdout.
 */
export function tarListing(stdout: string): string {
  const bytes = Buffer.from(stdout, 'latin1');
  const lines: string[] = [];
  for (const e of readTar(bytes)) {
    if ('error' in e) {
      lines.push(`<tar error: ${e.error}>`);
      break;
    }
    const mtime = e.mtime >= RECENT ? '<recent>' : String(e.mtime);
    const data = e.typeflag === '0' ? ` ${createHash('sha256').update(e.data).digest('hex').slice(0, 10)}` : '';
    const link = e.linkname === '' ? '' : ` -> ${e.linkname}`;
    lines.push(`${e.typeflag} ${e.mode.toString(8)} ${e.uid}/${e.gid} ${e.uname}/${e.gname} ${e.size} ${mtime} ${e.name}${link}${data}`);
  }
  return lines.length === 0 && bytes.length > 0 ? `<not a tar: ${bytes.length} bytes>` : lines.join('\n');
}
