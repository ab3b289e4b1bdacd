/**
 * Typed Dockerfile instructions, as 20.10's vendored buildkit `frontend/dockerfile/instructions`
 * (parse.go, bflag.go) builds them from parser nodes, with its argument checks and errors.
 * Arguments stay raw (quotes and `$VAR` included): the builder expands them when it dispatches the
 * step, with the environment of that moment (expand.ts).
 */
import { catchRaised, type DockerError, raise } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { parseGoInt } from '../go/strconv.js';
import { compareBytes, goToLower, goToUpper, goTrimSpace } from '../go/strings.js';
import { parseDuration } from '../go/time.js';
import { type Mount, parseMount } from './mount.js';
import type { Node } from './parse.js';

interface Located {
  /** The instruction's first line in the Dockerfile (1-based). */
  readonly line: number;
  readonly endLine: number;
  /** What the engine prints after `Step i/N : `: the joined line, trimmed. */
  readonly original: string;
}

export interface KeyValue {
  readonly key: string;
  readonly value: string;
}

/** One name of an ARG, with its default when it has one. */
export interface ArgDefinition {
  readonly key: string;
  readonly value?: string;
}

/** api/types/container.HealthConfig; durations in nanoseconds (0: inherit the default). */
export interface HealthConfig {
  readonly test: readonly string[];
  readonly interval: number;
  readonly timeout: number;
  readonly startPeriod: number;
  readonly retries: number;
}

/** An instruction of one kind with its fields. */
type Of<K extends string, F> = Located & { readonly kind: K } & F;

export type FromInstruction = Of<
  'from',
  {
    readonly baseName: string;
    /** The `AS` name, lowercased; '' when the stage has none. */
    readonly stageName: string;
    /** The `--platform` value; '' when absent. */
    readonly platform: string;
  }
>;

/** RUN, CMD, ENTRYPOINT: exec form (prependShell false) or one shell-form string. */
interface CommandLine {
  readonly cmdLine: readonly string[];
  readonly prependShell: boolean;
}

export type RunInstruction = Of<
  'run',
  CommandLine & {
    /** Flags given (only `mount` parses); the classic builder refuses the step for the first one. */
    readonly flagsUsed: readonly string[];
    readonly mounts: readonly Mount[];
  }
>;
export type CmdInstruction = Of<'cmd', CommandLine>;
/** cmdLine null for `ENTRYPOINT` and `ENTRYPOINT []`: the entrypoint is reset. */
export type EntrypointInstruction = Of<'entrypoint', Omit<CommandLine, 'cmdLine'> & { readonly cmdLine: readonly string[] | null }>;
export type ShellInstruction = Of<'shell', { readonly shell: readonly string[] }>;
export type EnvInstruction = Of<'env', { readonly env: readonly KeyValue[] }>;
export type LabelInstruction = Of<'label', { readonly labels: readonly KeyValue[] }>;
export type ArgInstruction = Of<'arg', { readonly args: readonly ArgDefinition[] }>;
export type WorkdirInstruction = Of<'workdir', { readonly path: string }>;
export type UserInstruction = Of<'user', { readonly user: string }>;
/** Ports sorted as strings at parse time, before expansion (the history keeps that order). */
export type ExposeInstruction = Of<'expose', { readonly ports: readonly string[] }>;
export type VolumeInstruction = Of<'volume', { readonly volumes: readonly string[] }>;
export type StopsignalInstruction = Of<'stopsignal', { readonly signal: string }>;
/** The trigger as stored in the image's OnBuild: the line after `ONBUILD`, trailing blanks kept. */
export type OnbuildInstruction = Of<'onbuild', { readonly expression: string }>;
export type MaintainerInstruction = Of<'maintainer', { readonly maintainer: string }>;

interface Copying {
  readonly sources: readonly string[];
  readonly dest: string;
  readonly chown: string;
  /** Parsed, and refused by the classic builder when it dispatches the step. */
  readonly chmod: string;
}

/** `from` (--from): a stage name or index, or an image; never expanded. */
export type CopyInstruction = Of<'copy', Copying & { readonly from: string }>;
export type AddInstruction = Of<'add', Copying>;
export type HealthcheckInstruction = Of<'healthcheck', { readonly health: HealthConfig }>;

/** An instruction inside a stage. */
export type Instruction =
  | RunInstruction
  | CmdInstruction
  | EntrypointInstruction
  | ShellInstruction
  | EnvInstruction
  | LabelInstruction
  | ArgInstruction
  | WorkdirInstruction
  | UserInstruction
  | ExposeInstruction
  | VolumeInstruction
  | StopsignalInstruction
  | OnbuildInstruction
  | MaintainerInstruction
  | CopyInstruction
  | AddInstruction
  | HealthcheckInstruction;

export interface Stage {
  readonly from: FromInstruction;
  readonly instructions: readonly Instruction[];
}

export type Parsed<T> = Result<T, DockerError>;

/** instructions.Parse: the stages and the meta ARGs before the first FROM. */
export function parseStages(nodes: readonly Node[]): Parsed<{ stages: Stage[]; metaArgs: ArgInstruction[] }> {
  const stages: { from: FromInstruction; instructions: Instruction[] }[] = [];
  const metaArgs: ArgInstruction[] = [];
  for (const node of nodes) {
    const parsed = parseInstruction(node);
    if (!parsed.ok) return { ok: false, error: { code: 'dockerfile_parse', line: node.startLine, cause: parsed.error } };
    const instr = parsed.value;
    if (instr.kind === 'from') {
      stages.push({ from: instr, instructions: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (stage !== undefined) stage.instructions.push(instr);
    else if (instr.kind === 'arg') metaArgs.push(instr);
    else return { ok: false, error: { code: 'no_build_stage' } };
  }
  return { ok: true, value: { stages, metaArgs } };
}

/** instructions.ParseInstruction: one node to its instruction, or the bare error (without the line). */
export function parseInstruction(node: Node): Parsed<FromInstruction | Instruction> {
  const parse = PARSERS.get(node.value);
  if (parse === undefined) return { ok: false, error: { code: 'unknown_instruction', instruction: goToUpper(node.value) } };
  return catchRaised(() => parse(node, new BFlags(node.flags)));
}

const atLeastOne = (instruction: string): never => raise({ code: 'requires_args', instruction, count: 'at least one' });
const exactlyOne = (instruction: string): never => raise({ code: 'requires_args', instruction, count: 'exactly one' });
const blankNames = (instruction: string): never => raise({ code: 'blank_names', instruction });

function located(node: Node): Located {
  return { line: node.startLine, endLine: node.endLine, original: goTrimSpace(node.original) };
}

/** BFlags: the flags an instruction accepts, checked against those given. */
class BFlags {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();
  private readonly used: string[] = [];

  constructor(private readonly args: readonly string[]) {}

  addString(name: string): () => string {
    this.strings.set(name, '');
    return () => this.strings.get(name) ?? '';
  }

  addStrings(name: string): () => string[] {
    this.lists.set(name, []);
    return () => this.lists.get(name) ?? [];
  }

  usedFlags(): string[] {
    return [...this.used];
  }

  parse(): void {
    for (const arg of this.args) {
      if (!arg.startsWith('--')) raise({ code: 'flag_no_dashes', arg });
      if (arg === '--') return;
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      const list = this.lists.get(name);
      if (!this.strings.has(name) && list === undefined) raise({ code: 'unknown_flag', flag: name });
      if (this.used.includes(name) && list === undefined) raise({ code: 'duplicate_flag', flag: name });
      if (!this.used.includes(name)) this.used.push(name);
      if (eq < 0) raise({ code: 'flag_missing_value', flag: name });
      const value = arg.slice(eq + 1);
      if (list !== undefined) list.push(value);
      else this.strings.set(name, value);
    }
  }
}

/** handleJSONArgs: exec form as is; shell form joined into one string. */
function handleJSONArgs(node: Node): string[] {
  if (node.args.length === 0) return [];
  return node.json ? [...node.args] : [node.args.join(' ')];
}

function parseKvps(node: Node, name: string): KeyValue[] {
  const args = node.args;
  if (args.length === 0) atLeastOne(name);
  if (args.length % 2 !== 0) raise({ code: 'odd_arguments', instruction: name });
  const out: KeyValue[] = [];
  for (let j = 0; j < args.length; j += 2) {
    const key = args[j]!;
    if (key.length === 0) blankNames(name);
    out.push({ key, value: args[j + 1]! });
  }
  return out;
}

function parseFrom(node: Node, flags: BFlags): FromInstruction {
  const args = node.args;
  let stageName = '';
  const as = args[2];
  // strings.EqualFold(args[1], "as"): the long s (U+017F) folds to s as well
  if (args.length === 3 && as !== undefined && /^[aA][sSſ]$/.test(args[1]!)) {
    stageName = goToLower(as);
    if (!/^[a-z][a-z0-9\-_.]*$/.test(stageName)) {
      raise({ code: 'invalid_stage_name', name: as });
    }
  } else if (args.length !== 1) {
    raise({ code: 'from_arguments' });
  }
  const platform = flags.addString('platform');
  flags.parse();
  return { kind: 'from', ...located(node), baseName: args[0]!, stageName, platform: platform() };
}

function parseRun(node: Node, flags: BFlags): RunInstruction {
  const mountFlags = flags.addStrings('mount');
  flags.parse();
  const mounts: Mount[] = [];
  for (const value of mountFlags()) {
    const m = parseMount(value);
    if ('code' in m) raise(m);
    else mounts.push(m);
  }
  return { kind: 'run', ...located(node), cmdLine: handleJSONArgs(node), prependShell: !node.json, flagsUsed: flags.usedFlags(), mounts };
}

function parseCmd(node: Node, flags: BFlags): CmdInstruction {
  flags.parse();
  return { kind: 'cmd', ...located(node), cmdLine: handleJSONArgs(node), prependShell: !node.json };
}

function parseEntrypoint(node: Node, flags: BFlags): EntrypointInstruction {
  flags.parse();
  const cmd = handleJSONArgs(node);
  return { kind: 'entrypoint', ...located(node), cmdLine: cmd.length === 0 ? null : cmd, prependShell: !node.json };
}

function parseShell(node: Node, flags: BFlags): ShellInstruction {
  flags.parse();
  const shell = handleJSONArgs(node);
  if (shell.length === 0) atLeastOne('SHELL');
  if (!node.json) raise({ code: 'shell_not_json' });
  return { kind: 'shell', ...located(node), shell };
}

function parseEnv(node: Node, flags: BFlags): EnvInstruction {
  flags.parse();
  return { kind: 'env', ...located(node), env: parseKvps(node, 'ENV') };
}

function parseLabel(node: Node, flags: BFlags): LabelInstruction {
  flags.parse();
  return { kind: 'label', ...located(node), labels: parseKvps(node, 'LABEL') };
}

/** ARG takes no flags: any given are ignored, not refused. */
function parseArg(node: Node): ArgInstruction {
  if (node.args.length === 0) atLeastOne('ARG');
  const args = node.args.map((arg): ArgDefinition => {
    const eq = arg.indexOf('=');
    if (eq < 0) return { key: arg };
    if (eq === 0) blankNames('ARG');
    return { key: arg.slice(0, eq), value: arg.slice(eq + 1) };
  });
  return { kind: 'arg', ...located(node), args };
}

function parseSingle(node: Node, flags: BFlags, name: string): string {
  if (node.args.length !== 1) exactlyOne(name);
  flags.parse();
  return node.args[0]!;
}

function parseExpose(node: Node, flags: BFlags): ExposeInstruction {
  if (node.args.length === 0) atLeastOne('EXPOSE');
  flags.parse();
  return { kind: 'expose', ...located(node), ports: [...node.args].sort(compareBytes) };
}

function parseVolume(node: Node, flags: BFlags): VolumeInstruction {
  if (node.args.length === 0) atLeastOne('VOLUME');
  flags.parse();
  const volumes = node.args.map((v) => {
    const t = goTrimSpace(v);
    return t === '' ? raise({ code: 'volume_empty' }) : t;
  });
  return { kind: 'volume', ...located(node), volumes };
}

/** STOPSIGNAL takes no flags: any given are ignored. */
function parseStopsignal(node: Node): StopsignalInstruction {
  if (node.args.length !== 1) exactlyOne('STOPSIGNAL');
  return { kind: 'stopsignal', ...located(node), signal: node.args[0]! };
}

function parseOnbuild(node: Node, flags: BFlags): OnbuildInstruction {
  const trigger = node.args[0];
  if (trigger === undefined) return atLeastOne('ONBUILD');
  flags.parse();
  const word = goToUpper(goTrimSpace(trigger));
  if (word === 'ONBUILD') raise({ code: 'onbuild_chain' });
  if (word === 'MAINTAINER' || word === 'FROM') raise({ code: 'onbuild_trigger', word });
  // the trigger keeps the original text after the ONBUILD word (Go's \s: no vertical tab)
  const expression = node.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  return { kind: 'onbuild', ...located(node), expression };
}

function parseCopying(node: Node, flags: BFlags, name: 'ADD' | 'COPY'): Copying & { from: string } {
  if (node.args.length < 2) {
    raise({ code: 'copy_requires_two', instruction: name });
  }
  const chown = flags.addString('chown');
  const from = name === 'COPY' ? flags.addString('from') : () => '';
  const chmod = flags.addString('chmod');
  flags.parse();
  return { sources: node.args.slice(0, -1), dest: node.args[node.args.length - 1]!, chown: chown(), chmod: chmod(), from: from() };
}

/** The minimum healthcheck interval (container.MinimumDuration, 1ms). */
const MINIMUM_DURATION = 1_000_000n;

function parseHealthcheck(node: Node, flags: BFlags): HealthcheckInstruction {
  const first = node.args[0];
  if (first === undefined) return atLeastOne('HEALTHCHECK');
  const typ = goToUpper(first);
  const rest = node.args.slice(1);
  const none = { interval: 0, timeout: 0, startPeriod: 0, retries: 0 };
  if (typ === 'NONE') {
    // no flags are read for NONE: any given are ignored
    if (rest.length !== 0) raise({ code: 'healthcheck_none_args' });
    return { kind: 'healthcheck', ...located(node), health: { test: ['NONE'], ...none } };
  }
  const interval = flags.addString('interval');
  const timeout = flags.addString('timeout');
  const startPeriod = flags.addString('start-period');
  const retries = flags.addString('retries');
  flags.parse();
  if (typ !== 'CMD') raise({ code: 'healthcheck_type', type: typ });
  const cmd = rest.length === 0 ? [] : node.json ? rest : [rest.join(' ')];
  if (cmd.length === 0) raise({ code: 'healthcheck_no_command' });
  const test = [node.json ? 'CMD' : 'CMD-SHELL', ...cmd];
  const health = {
    test,
    interval: optInterval('interval', interval()),
    timeout: optInterval('timeout', timeout()),
    startPeriod: optInterval('start-period', startPeriod()),
    retries: 0,
  };
  const r = retries();
  if (r !== '') {
    // strconv.ParseInt(s, 10, 32)
    const n = parseGoInt(r, 10, 32);
    if ('error' in n) raise({ code: 'num_error', fn: 'ParseInt', input: r, error: n.error });
    else if (n.value < 1n) raise({ code: 'healthcheck_retries', retries: Number(n.value) });
    else health.retries = Number(n.value);
  }
  return { kind: 'healthcheck', ...located(node), health };
}

/** parseOptInterval: 0 when not given, else a duration of at least 1ms. */
function optInterval(name: string, value: string): number {
  if (value === '') return 0;
  const d = parseDuration(value);
  if ('error' in d) return raise({ code: 'go_error', error: d.error });
  if (d.ns < MINIMUM_DURATION) raise({ code: 'interval_too_short', name, minNs: Number(MINIMUM_DURATION) });
  return Number(d.ns);
}

type InstructionParser = (node: Node, flags: BFlags) => FromInstruction | Instruction;

const PARSERS: ReadonlyMap<string, InstructionParser> = new Map<string, InstructionParser>([
  ['env', parseEnv],
  ['maintainer', (n, f) => ({ kind: 'maintainer', ...located(n), maintainer: parseSingle(n, f, 'MAINTAINER') })],
  ['label', parseLabel],
  ['add', (n, f) => ({ kind: 'add', ...located(n), ...withoutFrom(parseCopying(n, f, 'ADD')) })],
  ['copy', (n, f) => ({ kind: 'copy', ...located(n), ...parseCopying(n, f, 'COPY') })],
  ['from', parseFrom],
  ['onbuild', parseOnbuild],
  ['workdir', (n, f) => ({ kind: 'workdir', ...located(n), path: parseSingle(n, f, 'WORKDIR') })],
  ['run', parseRun],
  ['cmd', parseCmd],
  ['healthcheck', parseHealthcheck],
  ['entrypoint', parseEntrypoint],
  ['expose', parseExpose],
  ['user', (n, f) => ({ kind: 'user', ...located(n), user: parseSingle(n, f, 'USER') })],
  ['volume', parseVolume],
  ['stopsignal', parseStopsignal],
  ['arg', parseArg],
  ['shell', parseShell],
]);

function withoutFrom({ from: _from, ...rest }: Copying & { from: string }): Copying {
  return rest;
}

