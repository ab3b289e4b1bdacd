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

/** The whole script: the import of the base image, then the path. */
export function dockerScript(path: readonly Command[], prefix = ''): string[] {
  return [`docker import "$BASE_TAR" ${quote(`${prefix}${BASE_REF}`)}`, ...path.map((c) => dockerLine(c, prefix))];
}
