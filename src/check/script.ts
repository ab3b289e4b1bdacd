/**
 * A path of the exploration as a runnable docker script: `docker import "$BASE_TAR" base:1`, then
 * one `docker …` line per command, with the flags that make the engine do what the model did
 * (`--network none` as the model records it; `start -a` and a foreground `run` for a program that
 * exits at once, so that the next line never races its exit). Names can be given a prefix, so that
 * the script can run on an engine shared with other work.
 */
import type { Command } from '../commands.js';
import { commandLine, quote } from '../testing/plan.js';
import { BASE_REF } from './universe.js';


/** The docker client's arguments for a command of the alphabet, names prefixed with `prefix`. */
export function dockerArgs(c: Command, prefix = ''): string[] {
  const p = (name: string): string => `${prefix}${name}`;
  switch (c.type) {
    case 'create':
    case 'run': {
      const flags = c.type === 'run' && c.detach ? ['-d'] : [];
      return [c.type, ...flags, '--network', c.network, ...(c.name === undefined ? [] : ['--name', p(c.name)]), p(c.image), ...c.cmd];
    }
    case 'start':
      return ['start', ...(c.attach ? ['-a'] : []), p(c.ref)];
    case 'stop':
    case 'restart':
      return [c.type, ...(c.timeout === undefined ? [] : ['-t', String(c.timeout)]), p(c.ref)];
    case 'kill':
      return ['kill', ...(c.signal === 'KILL' ? [] : ['-s', c.signal]), p(c.ref)];
    case 'pause':
    case 'unpause':
      return [c.type, p(c.ref)];
    case 'rm':
      return ['rm', ...(c.force ? ['-f'] : []), p(c.ref)];
    case 'exec':
      return ['exec', p(c.ref), ...c.argv];
    case 'commit':
      return ['commit', ...(c.pause ? [] : ['--pause=false']), p(c.ref), ...(c.repoTag === undefined ? [] : [p(c.repoTag)])];
    case 'tag':
      return ['tag', p(c.source), p(c.target)];
    case 'rmi':
      return ['rmi', ...(c.force ? ['-f'] : []), ...(c.prune ? [] : ['--no-prune']), p(c.ref)];
    case 'container_prune':
      return ['container', 'prune', '-f'];
    case 'image_prune':
      return ['image', 'prune', ...(c.all ? ['-a'] : []), '-f'];
    default:
      throw new Error(`strata check: no docker line for a ${c.type} command`);
  }
}

export const dockerLine = (c: Command, prefix = ''): string => commandLine(dockerArgs(c, prefix));

/**
 * A command's label in the state graph (`strata check --lts`): its docker arguments without the
 * container it names (container names are not part of the abstract state, so a label naming one
 * would be true of one state of an abstract state and not of another) and without the flags every
 * command of the alphabet has (`--network none`, prunes' `-f`). Tags stay: they are part of it.
 */
export function actionLabel(c: Command): string {
  const args = dockerArgs(c);
  const words = ((): string[] => {
    switch (c.type) {
      case 'create':
      case 'run':
        return [c.type, ...(c.type === 'run' && c.detach ? ['-d'] : []), c.image, ...c.cmd];
      case 'exec':
        return ['exec', ...c.argv];
      case 'commit':
        return args.filter((_, i) => i !== args.indexOf(c.ref));
      case 'tag':
      case 'rmi':
        return args;
      case 'container_prune':
      case 'image_prune':
        return args.filter((a) => a !== '-f');
      default:
        // the container verbs: the container's name is the last word
        return args.slice(0, -1);
    }
  })();
  return words.map(quote).join(' ');
}

/** The whole script: the import of the base image, then the path. */
export function dockerScript(path: readonly Command[], prefix = ''): string[] {
  return [`docker import "$BASE_TAR" ${quote(`${prefix}${BASE_REF}`)}`, ...path.map((c) => dockerLine(c, prefix))];
}
