/**
 * What the classic builder writes as each step's history `created_by` (the container's Cmd joined
 * with spaces), as 20.10 writes it. Metadata steps commit `<shell> "#(nop) " <comment>`, hence TWO
 * spaces after `#(nop)`; WORKDIR, COPY and ADD put the comment in the same argument as `#(nop) `, hence
 * one; RUN records its command (after a `|N K=V…` prefix when build args are in use). The comments
 * print their values with Go's %v and %q: `CMD ["cat" "/x"]`, `VOLUME [/data]`, `SHELL [/bin/sh -c]`.
 */
import type { DockerError } from '../core/errors.js';
import { normalize } from '../sh/path.js';
import { goQuote, goQuoteRune } from '../go/strconv.js';
import { formatDuration } from '../go/time.js';
import type { AddInstruction, CopyInstruction, HealthConfig, Instruction, RunInstruction } from './instructions.js';
import { compareBytes } from '../go/strings.js';

/** The shell of Linux images that set none. */
export const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];

/** The run config the step starts from. */
export interface StepContext {
  /** The config's Shell (empty or absent: the default shell). */
  readonly shell?: readonly string[] | null;
  /** The config's WorkingDir. */
  readonly workingDir: string;
}

/** The config's Shell, or the default one when it has none. */
export function shellOf(shell: readonly string[] | null | undefined): readonly string[] {
  return shell === undefined || shell === null || shell.length === 0 ? DEFAULT_SHELL : shell;
}

/** resolveCmdLine: the shell form runs under the current shell; `ENTRYPOINT` alone stays null. */
export function resolveCmdLine(
  instr: { readonly cmdLine: readonly string[] | null; readonly prependShell: boolean },
  shell?: readonly string[] | null,
): string[] | null {
  if (instr.cmdLine === null) return null;
  return instr.prependShell ? [...shellOf(shell), ...instr.cmdLine] : [...instr.cmdLine];
}

/** normalizeWorkdir: a relative WORKDIR joins the current one (cleaned); an absolute one is kept as written. */
export function normalizeWorkdir(current: string, requested: string): { readonly path: string } | { readonly error: DockerError } {
  if (requested === '') return { error: { code: 'workdir_empty' } };
  if (requested.startsWith('/')) return { path: requested };
  return { path: normalize(`/${current}/${requested}`) }; // filepath.Join cleans
}

/** The history comment of a metadata step or of WORKDIR (`ENV a=b`, `WORKDIR /app`), for an expanded instruction. */
export function historyComment(instr: Exclude<Instruction, RunInstruction | CopyInstruction | AddInstruction>, ctx: StepContext): string {
  switch (instr.kind) {
    case 'env':
      return ['ENV', ...instr.env.map((e) => `${e.key}=${e.value}`)].join(' ');
    case 'label':
      return ['LABEL', ...instr.labels.map((l) => `${l.key}=${l.value}`)].join(' ');
    case 'maintainer':
      return `MAINTAINER ${instr.maintainer}`;
    case 'arg':
      return `ARG ${instr.args.map((a) => (a.value === undefined ? a.key : `${a.key}=${a.value}`)).join(' ')}`;
    case 'cmd':
      return `CMD ${goQuoteList(resolveCmdLine(instr, ctx.shell))}`;
    case 'entrypoint':
      return `ENTRYPOINT ${goQuoteList(resolveCmdLine(instr, ctx.shell))}`;
    case 'shell':
      return `SHELL [${instr.shell.join(' ')}]`;
    case 'expose':
      return `EXPOSE ${instr.ports.join(' ')}`;
    case 'user':
      return `USER ${instr.user}`;
    case 'volume':
      return `VOLUME [${instr.volumes.join(' ')}]`;
    case 'stopsignal':
      return `STOPSIGNAL ${instr.signal}`;
    case 'onbuild':
      return `ONBUILD ${instr.expression}`;
    case 'healthcheck':
      return `HEALTHCHECK ${goQuoteHealth(instr.health)}`;
    case 'workdir': {
      const w = normalizeWorkdir(ctx.workingDir, instr.path);
      if ('error' in w) throw new Error('an empty WORKDIR has no history: the step fails before it commits');
      return `WORKDIR ${w.path}`;
    }
  }
}

/**
 * `created_by` of a metadata step or WORKDIR: the shell (SHELL's own new one for a SHELL step),
 * `#(nop) ` and the comment.
 */
export function createdBy(instr: Exclude<Instruction, RunInstruction | CopyInstruction | AddInstruction>, ctx: StepContext): string {
  const shell = instr.kind === 'shell' ? instr.shell : shellOf(ctx.shell);
  const comment = historyComment(instr, ctx);
  const cmd = instr.kind === 'workdir' ? [...shell, `#(nop) ${comment}`] : [...shell, '#(nop) ', comment];
  return cmd.join(' ');
}

/**
 * `created_by` of RUN: its command, after `|N K=V…` when build args apply (`buildArgs`: the allowed
 * ones the step uses, `K=V`; moby sorts them).
 */
export function runCreatedBy(instr: RunInstruction, shell: readonly string[] | null | undefined, buildArgs: readonly string[] = []): string {
  const cmd = resolveCmdLine(instr, shell) ?? [];
  const prefix = buildArgs.length > 0 ? [`|${buildArgs.length}`, ...[...buildArgs].sort(compareBytes)] : [];
  return [...prefix, ...cmd].join(' ');
}

/** The last argument of a COPY/ADD step's Cmd: `#(nop) COPY [--chown=<c>]<srcHash> in <dest> `, no space after the chown, one at the end. */
export function copyComment(instr: CopyInstruction | AddInstruction, srcHash: string): string {
  const chown = instr.chown === '' ? '' : `--chown=${instr.chown}`;
  return `#(nop) ${instr.kind.toUpperCase()} ${chown}${srcHash} in ${instr.dest} `;
}

/** `created_by` of COPY/ADD: the shell, then copyComment. */
export function copyCreatedBy(instr: CopyInstruction | AddInstruction, shell: readonly string[] | null | undefined, srcHash: string): string {
  return [...shellOf(shell), copyComment(instr, srcHash)].join(' ');
}

/** fmt's %q of a []string: `["a" "b"]` (nil prints as `[]`). */
function goQuoteList(list: readonly string[] | null): string {
  return `[${(list ?? []).map(goQuote).join(' ')}]`;
}

/** fmt's %q of a *HealthConfig: `&{["CMD-SHELL" "x"] "5s" "0s" "0s" '\x03'}`. */
function goQuoteHealth(h: HealthConfig): string {
  const d = (ns: number): string => goQuote(formatDuration(BigInt(ns)));
  return `&{${goQuoteList(h.test)} ${d(h.interval)} ${d(h.timeout)} ${d(h.startPeriod)} ${goQuoteRune(h.retries)}}`;
}
