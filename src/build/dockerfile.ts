/**
 * The Dockerfile of the classic builder (DOCKER_BUILDKIT=0) of Docker Engine 20.10, as pure
 * functions: parse the text into stages of typed instructions with the daemon's errors, expand
 * an instruction's arguments when its step is dispatched, and give the history each step writes.
 *
 *   parse.ts         lines, directives, continuations, comments and per-instruction argument parsing
 *   instructions.ts  typed instructions and stages, with the argument and flag checks
 *   mount.ts         RUN --mount options
 *   shell-words.ts   word expansion ($VAR, quotes, escapes)
 *   expand.ts        which arguments of which instruction are expanded
 *   history.ts       `created_by` of each step
 */
import type { DockerError } from '../core/errors.js';
import { sprintf } from '../go/fmt.js';
import { type ArgInstruction, type Instruction, type Parsed, parseInstruction, parseStages, type Stage } from './instructions.js';
import { parseLines } from './parse.js';
import type { EscapeToken } from './shell-words.js';

export type DockerfileParse =
  | {
      readonly ok: true;
      readonly directives: { readonly escape: EscapeToken };
      readonly stages: readonly Stage[];
      /** ARGs before the first FROM: printed as steps, they set no history. */
      readonly metaArgs: readonly ArgInstruction[];
      /** The parser's warnings (empty continuation lines), as moby keeps them; see printedWarnings. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly error: DockerError };

/**
 * Parse a Dockerfile as the daemon does before the first step runs; its error is the daemon's
 * answer to the request (the client prints it after "Error response from daemon: "). `name` is the
 * Dockerfile's name in the build request, which the empty-file and syntax errors show.
 */
export function parseDockerfile(text: string, name = 'Dockerfile'): DockerfileParse {
  if (text === '') return { ok: false, error: { code: 'dockerfile_empty', name } };
  const lines = parseLines(text);
  if (!lines.ok) return { ok: false, error: { code: 'dockerfile_syntax', name, cause: lines.error } };
  const parsed = parseStages(lines.nodes);
  if (!parsed.ok) return parsed;
  return { ok: true, directives: { escape: lines.escape }, ...parsed.value, warnings: lines.warnings };
}

/**
 * What the builder writes on its error stream before the steps (PrintWarnings). moby passes the
 * warnings to Fprintf as the format, so a `%` in the line comes out as Go's `%!x(MISSING)`.
 */
export function printedWarnings(warnings: readonly string[]): string {
  if (warnings.length === 0) return '';
  return sprintf(`${warnings.join('\n')}\n`, []);
}

/** The N of `Step i/N`: the meta ARGs, each FROM and each instruction. */
export function stepCount(parsed: { readonly stages: readonly Stage[]; readonly metaArgs: readonly unknown[] }): number {
  return parsed.metaArgs.length + parsed.stages.reduce((n, s) => n + 1 + s.instructions.length, 0);
}

/**
 * An ONBUILD trigger, parsed when a FROM runs it (dispatchTriggeredOnBuild): a fresh parse with the
 * default escape token, exactly one instruction, errors without the "dockerfile parse error" prefix.
 */
export function parseTrigger(expression: string): Parsed<Instruction> {
  const lines = parseLines(expression);
  if (!lines.ok) return lines;
  const node = lines.nodes[0];
  if (node === undefined || lines.nodes.length !== 1) return { ok: false, error: { code: 'trigger_not_single' } };
  const parsed = parseInstruction(node);
  if (!parsed.ok) return parsed;
  if (parsed.value.kind === 'from') return { ok: false, error: { code: 'trigger_stage' } };
  return { ok: true, value: parsed.value };
}

/**
 * What the classic builder refuses when it dispatches a step that parsed: `--chmod` on COPY/ADD and
 * any RUN flag. The step is announced (`Step i/N : …`) and the build stops with this error.
 */
export function classicBuilderRefusal(instr: Instruction): DockerError | undefined {
  if ((instr.kind === 'copy' || instr.kind === 'add') && instr.chmod !== '') return { code: 'buildkit_only', flag: 'chmod' };
  const flag = instr.kind === 'run' ? instr.flagsUsed[0] : undefined;
  return flag === undefined ? undefined : { code: 'buildkit_only', flag };
}

export type {
  AddInstruction,
  ArgDefinition,
  ArgInstruction,
  CmdInstruction,
  CopyInstruction,
  EntrypointInstruction,
  EnvInstruction,
  ExposeInstruction,
  FromInstruction,
  HealthcheckInstruction,
  HealthConfig,
  Instruction,
  KeyValue,
  LabelInstruction,
  MaintainerInstruction,
  OnbuildInstruction,
  Parsed,
  RunInstruction,
  ShellInstruction,
  Stage,
  StopsignalInstruction,
  UserInstruction,
  VolumeInstruction,
  WorkdirInstruction,
} from './instructions.js';
export type { Mount } from './mount.js';
export { expandInstruction } from './expand.js';
export { copyComment, copyCreatedBy, createdBy, DEFAULT_SHELL, historyComment, normalizeWorkdir, resolveCmdLine, runCreatedBy, shellOf, type StepContext } from './history.js';
export { type EscapeToken, type Expansion, expandWord, expandWords } from './shell-words.js';
