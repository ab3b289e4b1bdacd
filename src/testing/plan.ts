/**
 * From abstract steps to docker command lines, against the model's state as the scenario goes: a
 * target index picks among the containers (by name) or image tags that exist at that point, a step
 * that would leave the scenario's bounds or whose outcome would depend on timing is dropped, and
 * every line is one a real engine answers the same way, whatever its speed:
 * - a program that exits at once runs in the foreground (`run` without -d, `start -a`), so it has
 *   exited when the command returns; one that blocks runs detached and is never waited on;
 * - a trap loop gets TERM only with two seconds' grace (`stop -t 2`), or KILL;
 * - no restart policies (a restart races the next command), `--rm` only in the foreground;
 * - objects are named by names and tags, never by ids (the engine's ids are not the model's).
 */
import { type State, statusOf, table } from '../index.js';
import { CHANGES, CREATE_FLAGS, EXEC_PROGRAMS, INSPECT_FORMAT, PROGRAMS, type ProgramKind } from './programs.js';
import type { ScenarioVerb, Step } from './steps.js';

export interface Bounds {
  /** at most this many containers exist at once */
  readonly containers: number;
  /** at most this many images besides the base image */
  readonly images: number;
  /** prepended to every name and tag the scenario makes (its objects on a shared engine) */
  readonly prefix: string;
}

export interface ScenarioCommand {
  readonly verb: ScenarioVerb;
  /** the arguments after `docker` */
  readonly argv: readonly string[];
  /** the whole line, quoted for a POSIX shell */
  readonly line: string;
  /** the engine prints these lines in an order it does not define (a Go map's): compare them as a set */
  readonly unordered: boolean;
}

/** A word as a POSIX shell reads it back: as it is when it needs no quoting, else single-quoted. */
export const quote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

export const commandLine = (argv: readonly string[]): string => ['docker', ...argv].map(quote).join(' ');

/** The image every scenario starts from, imported before its first command. */
export const baseRef = (prefix: string): string => `${prefix}base:1`;

/** The label every container of a prefixed scenario carries, so its prunes touch nothing else. */
export const scopeLabel = (prefix: string): string => `strata.scenario=${prefix}`;

export class Planner {
  private counter = 0;
  /** what each of the scenario's containers runs, by its current name */
  private readonly kinds = new Map<string, ProgramKind>();
  /** the container the last planned create/run names, and what it runs (taken in by `done`) */
  private pending: { name: string; kind: ProgramKind } | undefined;

  constructor(private readonly bounds: Bounds) {}

  /** The line for `step` in `state`, or undefined when the step is dropped. */
  plan(step: Step, state: State): ScenarioCommand | undefined {
    const argv = this.argv(step, state);
    if (argv === undefined) return undefined;
    const unordered = step.verb === 'diff' || step.verb === 'images' || step.verb === 'container prune' || step.verb === 'image prune';
    return { verb: step.verb, argv, line: commandLine(argv), unordered };
  }

  /** Tell the planner how a command it planned went: names it made or changed take effect. */
  done(command: ScenarioCommand, exitCode: number, state: State): void {
    const { argv } = command;
    // a container exists once created, even when its start failed
    if (this.pending && table.get(state.names, this.pending.name) !== undefined) this.kinds.set(this.pending.name, this.pending.kind);
    this.pending = undefined;
    if (command.verb === 'rename' && exitCode === 0) {
      const kind = this.kinds.get(argv[1]!);
      this.kinds.delete(argv[1]!);
      if (kind) this.kinds.set(argv[2]!, kind);
    }
    // forget the containers that are gone
    for (const name of [...this.kinds.keys()]) if (table.get(state.names, name) === undefined) this.kinds.delete(name);
  }

  private containers(state: State): { name: string; kind: ProgramKind; status: string }[] {
    const all = [...table.values(state.containers)].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
    return all.flatMap((c) => {
      const kind = this.kinds.get(c.name);
      return kind ? [{ name: c.name, kind, status: statusOf(c.state) }] : [];
    });
  }

  private tags(state: State): string[] {
    return [...table.entries(state.tags)].map(([ref]) => ref).filter((ref) => ref.startsWith(this.bounds.prefix)).sort();
  }

  private argv(step: Step, state: State): string[] | undefined {
    const b = this.bounds;
    const cs = this.containers(state);
    const picked = 'target' in step && step.target >= 0 && cs.length > 0 ? cs[step.target % cs.length] : undefined;
    const name = picked?.name ?? `${b.prefix}nosuch`;
    const tags = this.tags(state);
    const image = 'image' in step && step.image >= 0 && tags.length > 0 ? tags[step.image % tags.length]! : `${b.prefix}nosuch:1`;
    const scoped = b.prefix === '' ? [] : ['--filter', `label=${scopeLabel(b.prefix)}`];
    switch (step.verb) {
      case 'create':
      case 'run': {
        if (state.containers.size >= b.containers) return undefined;
        const program = PROGRAMS[step.program]!;
        const fresh = `${b.prefix}c${this.counter++}`;
        const foreground = step.verb === 'run' && program.kind === 'instant';
        this.pending = { name: fresh, kind: program.kind };
        return [
          step.verb,
          '--pull', 'never',
          '--network', 'none',
          ...CREATE_FLAGS[step.flags]!,
          ...(b.prefix === '' ? [] : ['-l', scopeLabel(b.prefix)]),
          '--name', fresh,
          ...(step.verb === 'run' && !foreground ? ['-d'] : []),
          ...(foreground && step.rm ? ['--rm'] : []),
          image,
          ...program.argv,
        ];
      }
      case 'start':
        // attached, a program that exits at once has exited when start returns; one that blocks is never attached
        return ['start', ...(picked?.kind === 'instant' && picked.status !== 'running' ? ['-a'] : []), name];
      case 'stop':
      case 'restart':
        // a restarted program that exits at once would exit while the next command runs
        if (step.verb === 'restart' && picked?.kind === 'instant') return undefined;
        return [step.verb, '-t', picked?.kind === 'trap' ? '2' : String(step.timeout), name];
      case 'kill': {
        // TERM or USR1 ends a trap loop once its `sleep 1` is over: a race with the next command
        const signal = picked?.kind === 'trap' && (step.signal === 'TERM' || step.signal === 'USR1') ? 'KILL' : step.signal;
        return ['kill', ...(signal === 'KILL' ? [] : ['-s', signal]), name];
      }
      case 'wait':
        // a wait on a running program that never exits would block the engine's client for ever
        if (picked !== undefined && picked.status !== 'exited' && picked.status !== 'created' && picked.status !== 'dead') return undefined;
        return ['wait', name];
      case 'pause':
      case 'unpause':
      case 'logs':
      case 'diff':
        return [step.verb, name];
      case 'inspect':
        return ['inspect', '-f', INSPECT_FORMAT, name];
      case 'rename':
        return ['rename', name, `${b.prefix}r${this.counter++}`];
      case 'rm':
        return ['rm', ...(step.force ? ['-f'] : []), name];
      case 'exec':
        return ['exec', name, ...EXEC_PROGRAMS[step.program]!];
      case 'commit': {
        if (state.images.size >= b.images + 1) return undefined;
        const changes = CHANGES[step.changes]!.flatMap((c) => ['-c', c]);
        return ['commit', ...changes, name, ...(step.tag ? [`${b.prefix}img:${this.counter++}`] : [])];
      }
      case 'tag':
        return ['tag', image, `${b.prefix}img:${this.counter++}`];
      case 'rmi':
        return ['rmi', ...(step.force ? ['-f'] : []), ...(step.noPrune ? ['--no-prune'] : []), image];
      case 'history':
        return ['history', image];
      case 'ps':
        return ['ps', ...(step.all ? ['-a'] : []), ...(b.prefix === '' ? [] : ['--filter', `name=^/${b.prefix}`])];
      case 'images':
        return ['images', ...(b.prefix === '' ? [] : ['--filter', `reference=${b.prefix}*`])];
      case 'container prune':
        return ['container', 'prune', '-f', ...scoped];
      case 'image prune':
        return ['image', 'prune', '-f', ...(step.all ? ['-a'] : []), ...scoped];
    }
  }
}
