/**
 * What the CLI's two entry points share without commander (main.ts through program.ts, which
 * declares every verb to commander; read.ts, the read verbs' small bundle, which leaves commander out):
 * the verb groups and their loading, docker's `--flag=true` spellings, the read verbs' flags, how a
 * verb is run once its arguments are known, and commander's reading of argv for a verb whose flags
 * are simple enough to follow exactly.
 */
import { type PastTheEnd, STORE_EXIT_CODE, StoreError } from '../index.js';
import type { Cli, Opts } from './containers.js';
import type { Io } from './io.js';
import { DOCKER_FLAGS } from './flags.js';
import { MANAGEMENT } from './management.js';
import { checkArgs } from './usage.js';

export type Handler = (cli: Cli, args: string[], opts: Opts) => number | Promise<number>;

/**
 * Each verb group, and the model behind it, is loaded when one of its verbs runs: the flags of every
 * verb are declared up front (commander needs them for its errors), their code is not, so `ps` never
 * loads the build, archive or tar code. In the bundled CLI these imports become lazily run modules.
 */
export interface Groups {
  readonly A: () => Module<typeof import('./archive.js')>;
  readonly B: () => Module<typeof import('./build.js')>;
  readonly C: () => Module<typeof import('./containers.js')>;
  readonly D: () => Module<typeof import('./diagram.js')>;
  readonly E: () => Module<typeof import('./events.js')>;
  readonly I: () => Module<typeof import('./images.js')>;
  readonly L: () => Module<typeof import('./log.js')>;
  readonly Q: () => Module<typeof import('./queries.js')>;
  readonly S: () => Module<typeof import('./store.js')>;
  readonly X: () => Module<typeof import('./export.js')>;
  readonly Y: () => Module<typeof import('./system.js')>;
}

/** A verb group's module: imported on first use by the CLI, given as it is in process (embedded.ts). */
export type Module<M> = M | Promise<M>;

/**
 * The store a verb is given (see main.ts cliFor), asked for once its arguments have been checked;
 * `at` is a read verb's `--at SEQ` (the store as it was right after that event).
 */
export type CliFor = (verb: string, at?: number) => Promise<Cli>;

export type Loader = () => Handler | Promise<Handler>;
export const lazy =
  <M extends Record<K, Handler>, K extends string>(load: () => Module<M>, name: K): Loader =>
  () => {
    const m = load();
    return m instanceof Promise ? m.then((loaded) => loaded[name]) : m[name];
  };

/** Thrown by a Cli made for `--at SEQ` past the end of the log; runVerb prints it (one line, exit 1, nothing written). */
export class AtRefused {
  constructor(readonly refusal: PastTheEnd) {}
}

export const atRefusedText = ({ refusal }: AtRefused): string => `strata: --at ${refusal.seq}: the log's last event is ${refusal.last}\n`;

/** commander's parser for a repeated flag: its values in a list. */
export const collect = (v: string, prev: string[] = []): string[] => [...prev, v];

/** Boolean flags that docker also accepts as `--flag=true|false` (pflag); commander needs them rewritten. */
const BOOLS = [
  'rm', 'force-rm', 'no-cache', 'detach', 'all', 'quiet', 'force', 'no-trunc', 'attach', 'interactive', 'tty', 'no-prune', 'pause',
  'size', 'latest', 'digests', 'timestamps', 'volumes', 'human', 'verbose', 'read-only', 'sig-proxy', 'no-stdin', 'follow', 'details', 'init',
];
/** Boolean flags on by default (`--pause`, build's `--rm`, history's `--human`): turned off, they are commander's `--no-…`. */
const ON_BY_DEFAULT = new Set(['pause', 'rm', 'human', 'sig-proxy']);
/** Boolean flags whose `false` the daemon keeps (`--init=false` is HostConfig.Init false, not unset): commander's `--no-…` too. */
const FALSE_KEPT = new Set(['init']);
/** What strconv.ParseBool reads as true and as false. */
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export function normaliseBools(argv: readonly string[]): string[] {
  const out: string[] = [];
  const { verb, end } = flagsEnd(argv);
  for (const [i, a] of argv.entries()) {
    const m = i < end ? /^--([a-z-]+)=(.*)$/.exec(a) ?? shortBool(verb, a) : null;
    const on = m ? TRUE.has(m[2]!) : false;
    if (!m || !BOOLS.includes(m[1]!) || (!on && !FALSE.has(m[2]!))) {
      out.push(a);
      continue;
    }
    if (ON_BY_DEFAULT.has(m[1]!)) {
      if (!on) out.push(`--no-${m[1]}`);
      else if (m[1] === 'rm') out.push('--rm');
    } else if (on) {
      out.push(`--${m[1]}`);
    } else if (FALSE_KEPT.has(m[1]!)) {
      out.push(`--no-${m[1]}`);
    }
  }
  return out;
}

/**
 * pflag's error for a boolean flag given a value strconv.ParseBool does not read (`--rm=maybe`,
 * `-H=yes`), or for a `--no-…` flag docker has not (`--no-rm`, which strata's parser takes), with the
 * command's words for its `See 'docker … --help'`; undefined when there is none.
 */
export function badBool(argv: readonly string[]): { readonly command: string; readonly message: string } | undefined {
  const { verb, end } = flagsEnd(argv);
  const command = (): string => {
    const words = argv.slice(0, end).filter((w) => !w.startsWith('-'));
    return words.slice(0, MANAGEMENT[words[0]!] !== undefined ? 2 : 1).join(' ');
  };
  const flags = verb === undefined ? undefined : DOCKER_FLAGS[verb];
  for (const a of argv.slice(0, end)) {
    // commander spells a flag on by default turned off `--no-x` (normaliseBools): typed, it is no docker flag
    const negation = /^(--no-[a-z-]+)(?:=|$)/.exec(a)?.[1];
    if (negation !== undefined && flags !== undefined && !flags.some((f) => f.long === negation)) return { command: command(), message: `unknown flag: ${negation}` };
    const m = /^--([a-z-]+)=(.*)$/.exec(a) ?? shortBool(verb, a);
    if (!m || !BOOLS.includes(m[1]!) || TRUE.has(m[2]!) || FALSE.has(m[2]!)) continue;
    const f = flags?.find((x) => x.long === `--${m[1]}`);
    const name = f?.short !== undefined ? `${f.short}, ${f.long}` : `--${m[1]}`;
    return { command: command(), message: `invalid argument "${m[2]}" for "${name}" flag: strconv.ParseBool: parsing "${m[2]}": invalid syntax` };
  }
  return undefined;
}

/** `-H=false` as `--human=false`: a boolean flag's shorthand given a value, read as pflag reads it. */
function shortBool(verb: string | undefined, a: string): RegExpExecArray | null {
  const m = /^-([A-Za-z])=(.*)$/.exec(a);
  const f = m && verb !== undefined ? DOCKER_FLAGS[verb]?.find((x) => x.short === `-${m[1]}` && x.type === undefined) : undefined;
  return f ? /^--([a-z-]+)=(.*)$/.exec(`${f.long}=${m![2]!}`) : null;
}

/**
 * Where the verb's own flags end in argv: for `run`, `create` and `exec` (pflag's interspersed off),
 * at the image or container, after which every word is the program's, `--rm=true` included; at `--`
 * for every verb. A flag's value is skipped by docker's list of the verb's flags (a flag with a type
 * takes one).
 */
function flagsEnd(argv: readonly string[]): { verb: string | undefined; end: number } {
  const words = argv.findIndex((a) => a === '--');
  const limit = words < 0 ? argv.length : words;
  let verb: string | undefined;
  let group: string | undefined;
  for (let i = 0; i < limit; i++) {
    const a = argv[i]!;
    if (a.startsWith('-')) {
      if (verb !== undefined && takesNextWord(DOCKER_FLAGS[verb] ?? [], a)) i++;
      continue;
    }
    if (verb === undefined && group === undefined && MANAGEMENT[a] !== undefined) {
      group = a;
      continue;
    }
    if (verb === undefined) {
      // a management form has its verb's flags: `container ls` is `ps`
      const sub = group === undefined ? undefined : Object.entries(MANAGEMENT[group] ?? {}).find(([name, c]) => name === a || c.aliases?.includes(a));
      verb = sub ? sub[1].verb : a;
      if (!INTERSPERSED_OFF.has(verb)) return { verb, end: limit };
      continue;
    }
    return { verb, end: i + 1 };
  }
  return { verb, end: limit };
}
const INTERSPERSED_OFF = new Set(['run', 'create', 'exec', 'top']);

/**
 * Whether a flag word's value is the next word, as pflag reads it: `--name x` (not `--name=x`);
 * in a cluster of short flags (`-de x`), the first one with a type takes the rest of the word, or
 * the next word when nothing is left of it.
 */
function takesNextWord(flags: readonly { readonly long: string; readonly short?: string; readonly type?: string }[], a: string): boolean {
  if (a.startsWith('--')) return !a.includes('=') && flags.some((f) => f.long === a && f.type !== undefined);
  for (let j = 1; j < a.length; j++) {
    const f = flags.find((x) => x.short === `-${a[j]}`);
    if (f?.type !== undefined) return j === a.length - 1;
  }
  return false;
}

/**
 * One flag as commander declares it: `-a, --all` (on or off), `--no-trunc` (turns `trunc` off),
 * `-f, --format <string>` (takes the next argument); `list`: repeated, its values are collected.
 */
export interface Flag {
  readonly flags: string;
  readonly list?: true;
}

/** strata's own flag on the read verbs (docker has none): the answer as it was right after event SEQ. */
const AT: Flag = { flags: '--at <seq>' };
const LISTING: readonly Flag[] = [{ flags: '-a, --all' }, { flags: '-q, --quiet' }, { flags: '--no-trunc' }, { flags: '-f, --filter <filter>', list: true }, { flags: '--format <string>' }, AT];
const PS: readonly Flag[] = [...LISTING, { flags: '-n, --last <int>' }, { flags: '-l, --latest' }, { flags: '-s, --size' }];

/** The read verbs' flags: program.ts declares them to commander, read.ts reads argv by them. */
export const READ_FLAGS: Readonly<Record<string, readonly Flag[]>> = {
  ps: PS,
  images: [...LISTING, { flags: '--digests' }],
  inspect: [{ flags: '-f, --format <string>' }, { flags: '--type <string>' }, { flags: '-s, --size' }, AT],
  'image inspect': [{ flags: '-f, --format <string>' }, AT],
  'container inspect': [{ flags: '-f, --format <string>' }, { flags: '-s, --size' }, AT],
  logs: [{ flags: '-n, --tail <string>' }, { flags: '-t, --timestamps' }, { flags: '--since <string>' }, { flags: '--until <string>' }, { flags: '-f, --follow' }, { flags: '--details' }, AT],
  diff: [AT],
  history: [{ flags: '-q, --quiet' }, { flags: '--no-trunc' }, { flags: '-H, --human' }, { flags: '--no-human' }, { flags: '--format <string>' }, AT],
  events: [{ flags: '--since <string>' }, { flags: '--until <string>' }, { flags: '-f, --filter <filter>', list: true }, { flags: '--format <string>' }],
  log: [{ flags: '--since-seq <seq>' }, { flags: '--until-seq <seq>' }, { flags: '--type <type>', list: true }, { flags: '--events' }, { flags: '--format <string>' }],
};

/**
 * A sequence number flag (`--at`, `--since-seq`, `--until-seq`): a non-negative decimal integer, or
 * the flag error pflag would print for a uint64 flag.
 */
export function seqFlag(value: unknown, flag: string): number | string | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (/^[0-9]+$/.test(s) && Number.isSafeInteger(Number(s))) return Number(s);
  return `invalid argument "${s}" for "${flag}" flag: strconv.ParseUint: parsing "${s}": ${/^[0-9]+$/.test(s) ? 'value out of range' : 'invalid syntax'}`;
}

/** `image inspect`, `container inspect`: inspect with its --type given. */
function inspectAs(Q: Groups['Q'], type: 'image' | 'container'): Loader {
  return () => {
    const as = (q: typeof import('./queries.js')): Handler => (c, args, opts) => q.inspect(c, args, { ...opts, type });
    const q = Q();
    return q instanceof Promise ? q.then(as) : as(q);
  };
}

/** The read verbs' handlers: the queries group's, and events. */
export function readLoaders({ Q, E, L }: Pick<Groups, 'Q' | 'E' | 'L'>): Readonly<Record<string, Loader>> {
  return {
    ps: lazy(Q, 'ps'),
    images: lazy(Q, 'images'),
    inspect: lazy(Q, 'inspect'),
    'image inspect': inspectAs(Q, 'image'),
    'container inspect': inspectAs(Q, 'container'),
    logs: lazy(Q, 'logs'),
    diff: lazy(Q, 'diff'),
    history: lazy(Q, 'history'),
    events: lazy(E, 'events'),
    log: lazy(L, 'log'),
  };
}

/**
 * Run a verb with its arguments and flags: their count checked, then its handler loaded and run. The
 * store's faults (corruption, a full disk, a read-only or missing home…) are one line, no trace.
 */
export async function runVerb(io: Io, verb: string, load: Loader, args: string[], opts: Opts, cliFor: CliFor): Promise<number> {
  const bad = checkArgs(verb, args.length);
  if (bad) {
    io.err(bad);
    return 1;
  }
  const at = seqFlag(opts['at'], '--at');
  if (typeof at === 'string') {
    io.err(`${at}\nSee 'strata ${verb} --help'.\n`);
    return 125;
  }
  try {
    const [handler, cli] = await Promise.all([load(), cliFor(verb, at)]);
    const code = await handler(cli, args, opts);
    if (code === 0) cli.answered?.();
    return code;
  } catch (e) {
    if (e instanceof AtRefused) {
      io.err(atRefusedText(e));
      return 1;
    }
    if (!(e instanceof StoreError)) throw e;
    io.err(`${e.message}\n`);
    return STORE_EXIT_CODE;
  }
}

interface Spelled {
  readonly short: string | undefined;
  readonly long: string;
  /** the key of its value in the options (commander's attributeName) */
  readonly key: string;
  readonly value: boolean;
  readonly negate: boolean;
  readonly list: boolean;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function spelled(f: Flag): Spelled {
  const m = /^(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)( <[a-z]+>)?$/.exec(f.flags);
  if (m === null) throw new Error(`strata: a flag commander's reading is not followed for: ${f.flags}`);
  const long = m[2]!;
  const negate = long.startsWith('--no-');
  return { short: m[1], long, key: camel(long.slice(negate ? 5 : 2)), value: m[3] !== undefined, negate, list: f.list === true };
}

/**
 * The arguments and options commander makes of a verb's argv (what follows the verb's name), when it
 * would accept them; undefined when commander is needed: an unknown flag, `--help`, a missing value,
 * a negative number (which may be an argument). Followed as commander 14 reads a command's options
 * (Command.parseOptions, options' values and defaults), for flags of the kinds Flag describes.
 */
export function readArgv(argv: readonly string[], flags: readonly Flag[]): { args: string[]; opts: Opts } | undefined {
  const all = flags.map(spelled);
  const find = (arg: string): Spelled | undefined => all.find((f) => f.short === arg || f.long === arg);
  const opts: Opts = {};
  // --no-foo alone makes foo true unless given
  for (const f of all) if (f.negate && find(`--${f.long.slice(5)}`) === undefined) opts[f.key] = true;
  const set = (f: Spelled, value?: string): void => {
    opts[f.key] = value === undefined ? !f.negate : f.list ? collect(value, opts[f.key] as string[] | undefined) : value;
  };
  const args: string[] = [];
  let group: string | undefined; // the rest of a group of short flags, `-aq`
  for (let i = 0; i < argv.length || group !== undefined; ) {
    const arg = group ?? argv[i++]!;
    group = undefined;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const isFlag = arg.length > 1 && arg[0] === '-';
    const f = isFlag ? find(arg) : undefined;
    if (f !== undefined) {
      if (!f.value) set(f);
      else if (i < argv.length) set(f, argv[i++]!);
      else return undefined;
      continue;
    }
    const first = arg.length > 2 && arg[0] === '-' && arg[1] !== '-' ? find(`-${arg[1]}`) : undefined;
    if (first !== undefined) {
      if (first.value) set(first, arg.slice(2));
      else {
        set(first);
        group = `-${arg.slice(2)}`;
      }
      continue;
    }
    const eq = /^--[^=]+=/.test(arg) ? arg.indexOf('=') : -1;
    const long = eq < 0 ? undefined : find(arg.slice(0, eq));
    if (long?.value === true) {
      set(long, arg.slice(eq + 1));
      continue;
    }
    if (isFlag) return undefined;
    args.push(arg);
  }
  return { args, opts };
}
