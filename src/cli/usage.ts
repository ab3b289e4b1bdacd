/** docker's usage lines and argument-count rules (docker/cli cli/required.go), for its exact error texts. */
import { MANAGEMENT } from './management.js';

export interface Usage {
  readonly usage: string;
  readonly short: string;
  readonly min: number;
  readonly max: number;
}

const u = (usage: string, short: string, min: number, max = Infinity): Usage => ({ usage, short, min, max });

const VERBS: Readonly<Record<string, Usage>> = {
  create: u('docker create [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Create a new container', 1),
  run: u('docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'Run a command in a new container', 1),
  start: u('docker start [OPTIONS] CONTAINER [CONTAINER...]', 'Start one or more stopped containers', 1),
  stop: u('docker stop [OPTIONS] CONTAINER [CONTAINER...]', 'Stop one or more running containers', 1),
  kill: u('docker kill [OPTIONS] CONTAINER [CONTAINER...]', 'Kill one or more running containers', 1),
  pause: u('docker pause CONTAINER [CONTAINER...]', 'Pause all processes within one or more containers', 1),
  unpause: u('docker unpause CONTAINER [CONTAINER...]', 'Unpause all processes within one or more containers', 1),
  restart: u('docker restart [OPTIONS] CONTAINER [CONTAINER...]', 'Restart one or more containers', 1),
  rm: u('docker rm [OPTIONS] CONTAINER [CONTAINER...]', 'Remove one or more containers', 1),
  exec: u('docker exec [OPTIONS] CONTAINER COMMAND [ARG...]', 'Run a command in a running container', 2),
  attach: u('docker attach [OPTIONS] CONTAINER', 'Attach local standard input, output, and error streams to a running container', 1, 1),
  top: u('docker top CONTAINER [ps OPTIONS]', 'Display the running processes of a container', 1),
  wait: u('docker wait CONTAINER [CONTAINER...]', 'Block until one or more containers stop, then print their exit codes', 1),
  rename: u('docker rename CONTAINER NEW_NAME', 'Rename a container', 2, 2),
  update: u('docker update [OPTIONS] CONTAINER [CONTAINER...]', 'Update configuration of one or more containers', 1),
  logs: u('docker logs [OPTIONS] CONTAINER', 'Fetch the logs of a container', 1, 1),
  inspect: u('docker inspect [OPTIONS] NAME|ID [NAME|ID...]', 'Return low-level information on Docker objects', 1),
  commit: u('docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', "Create a new image from a container's changes", 1, 2),
  images: u('docker images [OPTIONS] [REPOSITORY[:TAG]]', 'List images', 0, 1),
  rmi: u('docker rmi [OPTIONS] IMAGE [IMAGE...]', 'Remove one or more images', 1),
  build: u('docker build [OPTIONS] PATH | URL | -', 'Build an image from a Dockerfile', 1, 1),
  tag: u('docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', 2, 2),
  history: u('docker history [OPTIONS] IMAGE', 'Show the history of an image', 1, 1),
  diff: u('docker diff CONTAINER', "Inspect changes to files or directories on a container's filesystem", 1, 1),
  import: u('docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]', 'Import the contents from a tarball to create a filesystem image', 1, 2),
  save: u('docker save [OPTIONS] IMAGE [IMAGE...]', 'Save one or more images to a tar archive (streamed to STDOUT by default)', 1),
  load: u('docker load [OPTIONS]', 'Load an image from a tar archive or STDIN', 0, 0),
  cp: u(
    'docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    'Copy files/folders between a container and the local filesystem',
    2,
    2,
  ),
  export: u('docker export [OPTIONS] CONTAINER', "Export a container's filesystem as a tar archive", 1, 1),
  ps: u('docker ps [OPTIONS]', 'List containers', 0, 0),
  events: u('docker events [OPTIONS]', 'Get real time events from the server', 0, 0),
  'image inspect': u('docker image inspect [OPTIONS] IMAGE [IMAGE...]', 'Display detailed information on one or more images', 1),
  'image prune': u('docker image prune [OPTIONS]', 'Remove unused images', 0, 0),
  'container prune': u('docker container prune [OPTIONS]', 'Remove all stopped containers', 0, 0),
  'container inspect': u('docker container inspect [OPTIONS] CONTAINER [CONTAINER...]', 'Display detailed information on one or more containers', 1),
  version: u('docker version [OPTIONS]', 'Show the Docker version information', 0, 0),
  info: u('docker info [OPTIONS]', 'Display system-wide information', 0, 0),
  'system df': u('docker system df [OPTIONS]', 'Show docker disk usage', 0, 0),
  'system prune': u('docker system prune [OPTIONS]', 'Remove unused data', 0, 0),
  // strata's own
  'store check': u('strata store check', "Check the store's log, blobs and snapshot, changing nothing", 0, 0),
  'diagram lifecycle': u('strata diagram lifecycle [OPTIONS]', "Draw the container lifecycle, from the model's state machine", 0, 0),
  'diagram layers': u('strata diagram layers [OPTIONS] [IMAGE|CONTAINER...]', 'Draw images as stacks of layers, and containers as their image plus an init and a read-write layer', 0),
  explore: u('strata explore -o DIR [OPTIONS]', 'Write a page to scrub through the log: containers, layer stacks and the lifecycle at every event', 0, 0),
  log: u('strata log [OPTIONS]', 'Show the event log: one row per command (a line of events.jsonl), or per event with --events', 0, 0),
  'store repair': u('strata store repair --truncate-at LINE', 'Cut the log before LINE, keeping the cut lines in lost+found', 0, 0),
};

/**
 * A verb's usage, a management form's included: `docker container rm` is `docker rm`'s usage under
 * its own name (`docker container ls [OPTIONS]` for `docker ps [OPTIONS]`), as docker's are. Made for
 * the verb asked about: a command checks one verb's arguments, and making all of them is a
 * measurable part of a read's start.
 */
export function usageOf(verb: string): Usage | undefined {
  const own = VERBS[verb];
  if (own !== undefined) return own;
  const space = verb.indexOf(' ');
  const sub = space < 0 ? undefined : MANAGEMENT[verb.slice(0, space)]?.[verb.slice(space + 1)];
  if (sub === undefined) return undefined;
  const top = VERBS[sub.verb];
  return top === undefined ? undefined : { ...top, usage: `docker ${verb}${top.usage.slice(`docker ${sub.verb}`.length)}` };
}

/** Every verb's usage (usageOf's), by verb: for help and the word lists that name every verb. */
export function allUsages(): Readonly<Record<string, Usage>> {
  const all: Record<string, Usage> = { ...VERBS };
  for (const [group, subs] of Object.entries(MANAGEMENT)) {
    for (const name of Object.keys(subs)) {
      const form = `${group} ${name}`;
      const usage = usageOf(form);
      if (usage !== undefined) all[form] = usage;
    }
  }
  return all;
}

const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

/** The error docker prints when a command gets the wrong number of arguments, or undefined. */
export function checkArgs(verb: string, n: number): string | undefined {
  const spec = usageOf(verb);
  if (!spec || (n >= spec.min && n <= spec.max)) return undefined;
  let what: string;
  if (spec.max === 0) what = 'accepts no arguments.';
  else if (spec.min === spec.max) what = `requires exactly ${spec.min} ${plural(spec.min)}.`;
  else if (spec.max === Infinity) what = `requires at least ${spec.min} ${plural(spec.min)}.`;
  else if (spec.min === 0) what = `requires at most ${spec.max} ${plural(spec.max)}.`;
  else what = `requires at least ${spec.min} and at most ${spec.max} ${plural(spec.max)}.`;
  return `"docker ${verb}" ${what}\nSee 'docker ${verb} --help'.\n\nUsage:  ${spec.usage}\n\n${spec.short}\n`;
}
