/**
 * The checker's two verbs, as `strata check` and `strata export promela` run them (src/cli/main.ts
 * hands them here) or as a standalone entry:
 *
 *   node dist/check/main.js check [--containers N] [--images M] [--depth D] [--workers W]
 *        [--invariant FILE]… [--program 'ARGV']… [--exec 'ARGV'] [--verbs a,b,…] [--prefix P]
 *        [--script FILE] [--base-tar FILE] [--lts FILE] [--quiet]
 *   node dist/check/main.js export promela [--containers N] [--identities K] [--images M]
 *        [--program 'ARGV']… [--exec 'ARGV'] [-o FILE]
 */
import { pathToFileURL } from 'node:url';
import { CHECK_HELP, EXPORT_PROMELA_HELP } from './help.js';
import { type CheckOptions, EXIT_OK, EXIT_USAGE, type ExportOptions, type Io, exportPromela, runCheck } from './cli.js';

type Parsed = Record<string, string | string[] | boolean>;

const REPEATED = new Set(['invariant', 'program']);
const FLAGS = new Set(['quiet']);
const NUMBERS = new Set(['containers', 'images', 'depth', 'workers', 'identities']);

/** `--name value`, `--name=value`, `-o value`; repeated options collect; an error message for anything else. */
function parse(args: readonly string[], known: readonly string[]): Parsed | string {
  const out: Parsed = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const m = /^(?:--([a-z-]+)(?:=(.*))?|-(o))$/.exec(a);
    if (!m) return `unexpected argument "${a}"`;
    const name = m[1] ?? 'output';
    if (!known.includes(name)) return `unknown flag: ${a}`;
    if (FLAGS.has(name)) {
      out[name] = true;
      continue;
    }
    const value = m[2] ?? args[++i];
    if (value === undefined) return `flag needs an argument: ${a}`;
    out[name] = REPEATED.has(name) ? [...((out[name] as string[] | undefined) ?? []), value] : value;
  }
  for (const n of NUMBERS) {
    const v = out[n];
    if (typeof v === 'string' && !/^[0-9]+$/.test(v)) return `--${n} takes a whole number, not "${v}"`;
  }
  return out;
}

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function options(p: Parsed): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    const key = k === 'invariant' ? 'invariants' : k === 'program' ? 'programs' : camel(k);
    o[key] = NUMBERS.has(k) ? Number(v) : v;
  }
  return o;
}

export const CHECK_FLAGS = ['containers', 'images', 'depth', 'workers', 'invariant', 'program', 'exec', 'verbs', 'prefix', 'script', 'base-tar', 'lts', 'quiet'];
export const EXPORT_FLAGS = ['containers', 'identities', 'images', 'program', 'exec', 'output'];

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.err(`strata: ${message}\nSee 'strata ${argv[0] === 'export' ? 'export promela' : 'check'} --help'.\n`);
    return EXIT_USAGE;
  };
  // --help anywhere, as docker's verbs take it
  if (argv[0] === 'check' && argv.includes('--help')) return (io.out(CHECK_HELP), EXIT_OK);
  if (argv[0] === 'export' && argv[1] === 'promela' && argv.includes('--help')) return (io.out(EXPORT_PROMELA_HELP), EXIT_OK);
  if (argv[0] === 'check') {
    const p = parse(argv.slice(1), CHECK_FLAGS);
    return typeof p === 'string' ? usage(p) : runCheck(options(p) as CheckOptions, io);
  }
  if (argv[0] === 'export' && argv[1] === 'promela') {
    const p = parse(argv.slice(2), EXPORT_FLAGS);
    return typeof p === 'string' ? usage(p) : exportPromela(options(p) as ExportOptions, io);
  }
  return usage(`unknown command ${JSON.stringify(argv.join(' '))}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const io: Io = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`strata: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
