/**
 * `strata check` and `strata export promela` as handlers: parsed options and an output sink in, an
 * exit code out. The CLI wires them to its verbs; main.ts here is a standalone entry for them.
 *
 * Exit codes: 0 no violation (check) / model written (export); 1 an invariant was violated (the
 * script that reaches it is printed); 2 the check could not run (an invariant module that does not
 * load, a worker that failed); 125 options it does not understand, as the CLI's other verbs.
 */
import { closeSync, existsSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ExploreResult, type Progress, explore } from './explore.js';
import { labelSafe, writeAut } from './lts.js';
import { programKinds, promelaModel } from './promela.js';
import { dockerScript } from './script.js';
import { VERB_NAMES, type VerbName, baseTar } from './universe.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CheckOptions {
  /** --containers N: at most N containers at once (default 2) */
  readonly containers?: number;
  /** --images M: at most M images besides base:1 (default 1) */
  readonly images?: number;
  /** --depth D: commands from the root state (default: until no new state is found) */
  readonly depth?: number;
  /** --workers W: worker threads (default 1: the exploration runs in this thread) */
  readonly workers?: number;
  /** --invariant FILE, repeatable: ES modules whose default export is (state) => string | null */
  readonly invariants?: readonly string[];
  /** --program 'ARGV', repeatable: the programs containers are created with (shell words), instead of the default five */
  readonly programs?: readonly string[];
  /** --exec 'ARGV': what exec runs (shell words) */
  readonly exec?: string;
  /** --verbs a,b,…: the verbs of the alphabet (default all; see VERB_NAMES) */
  readonly verbs?: string;
  /** --prefix P: put P before every container name and tag of the printed script */
  readonly prefix?: string;
  /** --script FILE: also write the violation's script there */
  readonly script?: string;
  /** --base-tar FILE: write the base image's tar there (what the script's $BASE_TAR names) */
  readonly baseTar?: string;
  /** --lts FILE: write the state graph there, in the Aldebaran format (lts.ts) */
  readonly lts?: string;
  /** --quiet: no progress lines on stderr */
  readonly quiet?: boolean;
}

export const EXIT_OK = 0;
export const EXIT_VIOLATION = 1;
export const EXIT_FAILED = 2;
export const EXIT_USAGE = 125;

/** Split a command line into words as a POSIX shell would: quotes and backslashes, no expansions. */
export function shellWords(text: string): string[] | string {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return `unterminated ' in ${text}`;
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (; j < text.length && text[j] !== '"'; j++) s += text[j] === '\\' && /["\\$`]/.test(text[j + 1] ?? '') ? text[++j]! : text[j]!;
      if (j >= text.length) return `unterminated " in ${text}`;
      word = (word ?? '') + s;
      i = j;
    } else if (ch === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i]!;
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

const count = (n: number): string => n.toLocaleString('en-US');

const progressLine = (p: Progress): string =>
  `check: depth ${p.depth}, ${count(p.states)} states, frontier ${count(p.frontier)} (${count(p.expanded)} expanded), ${count(p.statesPerSecond)} states/s expanded\n`;

export const summaryLine = (r: ExploreResult): string =>
  `check: ${r.states} states, ${r.transitions} transitions, depth ${r.depth}, ${r.violations} violations, ${Math.round((r.states * 1000) / Math.max(1, r.elapsedMs))} states/s\n`;

const positive = (name: string, v: number | undefined, fallback: number, min: number): number | string => {
  if (v === undefined) return fallback;
  return Number.isSafeInteger(v) && v >= min ? v : `--${name} must be a whole number of at least ${min}, not ${v}`;
};

export async function runCheck(opts: CheckOptions, io: Io): Promise<number> {
  const usage = (message: string): number => {
    io.err(`strata check: ${message}\n`);
    return EXIT_USAGE;
  };
  const containers = positive('containers', opts.containers, 2, 0);
  const images = positive('images', opts.images, 1, 0);
  const workers = positive('workers', opts.workers, 1, 1);
  const depth = opts.depth === undefined ? Infinity : positive('depth', opts.depth, 0, 0);
  for (const v of [containers, images, workers, depth]) if (typeof v === 'string') return usage(v);
  const programs: string[][] = [];
  for (const p of opts.programs ?? []) {
    const words = shellWords(p);
    if (typeof words === 'string' || words.length === 0) return usage(`--program: ${typeof words === 'string' ? words : 'an empty command'}`);
    programs.push(words);
  }
  const exec = opts.exec === undefined ? undefined : shellWords(opts.exec);
  if (typeof exec === 'string' || exec?.length === 0) return usage(`--exec: ${exec === undefined || typeof exec !== 'string' ? 'an empty command' : exec}`);
  const verbs = opts.verbs === undefined ? undefined : opts.verbs.split(',').map((v) => v.trim()).filter((v) => v !== '');
  const unknown = verbs?.filter((v) => !(VERB_NAMES as readonly string[]).includes(v)) ?? [];
  if (unknown.length > 0) return usage(`--verbs: unknown verb ${unknown.join(', ')} (known: ${VERB_NAMES.join(', ')})`);
  if (opts.lts !== undefined) {
    const word = [...programs.flat(), ...(exec ?? [])].find((w) => !labelSafe(w));
    if (word !== undefined) return usage(`--lts: a label cannot hold ${JSON.stringify(word)} (a double quote or a line break): the Aldebaran format has no escape for them`);
  }
  // the state graph's file is tried before the exploration, not after it
  const ltsCreated = opts.lts !== undefined && !existsSync(opts.lts);
  if (opts.lts !== undefined) {
    try {
      closeSync(openSync(opts.lts, 'a'));
    } catch (e) {
      io.err(`strata check: --lts ${opts.lts}: cannot write it: ${(e as Error).message}\n`);
      return EXIT_FAILED;
    }
  }

  if (opts.baseTar !== undefined) writeFileSync(opts.baseTar, baseTar());
  let lastProgress = 0;
  let result: ExploreResult;
  try {
    result = await explore({
      universe: {
        containers: containers as number,
        images: images as number,
        ...(programs.length > 0 ? { programs } : {}),
        ...(exec ? { exec } : {}),
        ...(verbs ? { verbs: verbs as VerbName[] } : {}),
      },
      depth: depth as number,
      workers: workers as number,
      graph: opts.lts !== undefined,
      invariants: (opts.invariants ?? []).map((f) => resolve(f)),
      progress: (p) => {
        if (opts.quiet || Date.now() - lastProgress < 1000) return;
        lastProgress = Date.now();
        io.err(progressLine(p));
      },
    });
  } catch (e) {
    if (ltsCreated) rmSync(opts.lts!, { force: true });
    io.err(`${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_FAILED;
  }
  if (opts.lts !== undefined && result.graph) {
    try {
      writeAut(result.graph, result.states, opts.lts);
    } catch (e) {
      io.err(`strata check: --lts ${opts.lts}: cannot write it: ${(e as Error).message}\n`);
      return EXIT_FAILED;
    }
  }
  const v = result.violation;
  if (v) {
    const script = dockerScript(v.path, opts.prefix ?? '');
    const header = `# ${v.check} violated after ${v.path.length} command${v.path.length === 1 ? '' : 's'}: ${v.message.replace(/\n/g, ' ')}`;
    io.out(`${header}\n${script.join('\n')}\n`);
    if (opts.script !== undefined) writeFileSync(opts.script, `#!/bin/sh\n${header}\n# BASE_TAR: the busybox rootfs tar (strata check --base-tar FILE writes it)\n${script.join('\n')}\n`);
  }
  if (opts.lts !== undefined && result.graph) io.out(`check: state graph written to ${opts.lts}: ${result.states} states, ${result.graph.transitions} transitions\n`);
  io.out(summaryLine(result));
  return v ? EXIT_VIOLATION : EXIT_OK;
}

export interface ExportOptions {
  /** --containers N: containers at once (default 2) */
  readonly containers?: number;
  /** --identities K: containers created in all (default N + 1) */
  readonly identities?: number;
  /** --images M: images besides base:1 (default 1) */
  readonly images?: number;
  /** --program 'ARGV', repeatable, as for check */
  readonly programs?: readonly string[];
  /** --exec 'ARGV', as for check */
  readonly exec?: string;
  /** -o FILE: write the model there instead of stdout */
  readonly output?: string;
}

export async function exportPromela(opts: ExportOptions, io: Io): Promise<number> {
  const containers = positive('containers', opts.containers, 2, 1);
  const images = positive('images', opts.images, 1, 0);
  const identities = positive('identities', opts.identities, typeof containers === 'number' ? containers + 1 : 1, 1);
  const programs = (opts.programs ?? []).map(shellWords);
  const exec = opts.exec === undefined ? undefined : shellWords(opts.exec);
  for (const v of [containers, images, identities, ...programs, ...(exec === undefined ? [] : [exec])]) {
    if (typeof v === 'string') {
      io.err(`strata export promela: ${v}\n`);
      return EXIT_USAGE;
    }
  }
  const kinds = await programKinds({
    containers: containers as number,
    images: images as number,
    ...(programs.length > 0 ? { programs: programs as string[][] } : {}),
    ...(exec === undefined ? {} : { exec: exec as string[] }),
  });
  const model = promelaModel({ containers: containers as number, identities: identities as number, images: images as number, programs: kinds.programs, execWrites: kinds.execWrites });
  if (opts.output !== undefined) writeFileSync(opts.output, model);
  else io.out(model);
  return EXIT_OK;
}
