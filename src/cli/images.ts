/** The image verbs of the CLI: import, tag, rmi; and the prunes: image, container, system. */
import { type Decision, type DockerError, humanSize, isReference, parseReference, readLayerTar, render } from '../index.js';
import { type Cli, list, type Opts, str } from './containers.js';
import { openFailed, readFileBytes } from './io.js';
import { clientNotFound, daemon, deleteLines, isNotFound } from './output.js';


export async function importCmd(cli: Cli, args: string[], opts: Opts): Promise<number> {
  const [source, repoTag] = args as [string, string | undefined];
  if (repoTag !== undefined) {
    const r = parseReference(repoTag);
    if (!isReference(r)) {
      // client/image_import.go parses the reference before sending anything.
      cli.io.err(`${render(r)}\n`);
      return 1;
    }
  }
  let bytes: Uint8Array;
  if (source === '-') bytes = await cli.io.stdin();
  else {
    const b = readFileBytes(source);
    if (b instanceof Error) {
      cli.io.err(openFailed(source, b));
      return 1;
    }
    bytes = b;
  }
  const layer = await readLayerTar(bytes);
  if ('code' in layer) {
    cli.io.err(layer.code === 'unsupported' ? `${render(layer.error)}\n` : daemon(layer.error));
    return 1;
  }
  const d = cli.strata().execute({
    type: 'import',
    layer,
    message: str(opts['message']) ?? '',
    changes: list(opts['change']),
    ...(repoTag !== undefined ? { repoTag } : {}),
  });
  if (d.error) {
    cli.io.err(daemon(d.error));
    return 1;
  }
  cli.io.out(`${d.reply.id}\n`);
  return 0;
}

export function tag(cli: Cli, args: string[]): number {
  const [source, target] = args as [string, string];
  const r = parseReference(target);
  if (!isReference(r)) {
    cli.io.err(`Error parsing reference: "${target}" is not a valid repository/tag: ${render(r)}\n`);
    return 1;
  }
  const d = cli.strata().execute({ type: 'tag', source, target });
  if (d.error) {
    cli.io.err(daemon(d.error));
    return 1;
  }
  return 0;
}

export function rmi(cli: Cli, args: string[], opts: Opts): number {
  const force = opts['force'] === true;
  let status = 0;
  let onlyNotFound = true;
  for (const ref of args) {
    const d = cli.strata().execute({ type: 'rmi', ref, force, prune: opts['prune'] !== false });
    if (d.error) {
      status = 1;
      if (isNotFound(d.error)) cli.io.err(clientNotFound(d.error));
      else {
        onlyNotFound = false;
        cli.io.err(daemon(d.error));
      }
      continue;
    }
    for (const line of deleteLines(d.reply.deleted ?? [], false)) cli.io.out(`${line}\n`);
  }
  return status !== 0 && force && onlyNotFound ? 0 : status;
}

/** opts.FilterOpt.Set: a filter without `=` is a flag error (pflag, exit 125); an empty one is no filter. */
function badPruneFilter(cli: Cli, verb: string, opts: Opts): boolean {
  const bad = list(opts['filter']).find((f) => f !== '' && !f.includes('='));
  if (bad === undefined) return false;
  cli.io.err(`invalid argument "${bad}" for "--filter" flag: bad format of filter (expected name=value)\nSee 'docker ${verb} --help'.\n`);
  return true;
}

/** The filters as opts.FilterOpt.Set keeps them (name lowered, name and value trimmed, empty ones dropped), as the daemon receives them. */
function pruneFilters(opts: Opts): string[] {
  return list(opts['filter'])
    .filter((f) => f !== '')
    .map((f) => {
      const i = f.indexOf('=');
      return `${f.slice(0, i).trim().toLowerCase()}=${f.slice(i + 1).trim()}`;
    });
}

/**
 * command.PromptForConfirmation: the question and ` [y/N] `, then the first line of standard input
 * (bufio ReadLine: without its `\n` or `\r\n`); only `y` or `Y` goes on. Closed or empty, it declines.
 */
async function confirm(cli: Cli, question: string): Promise<boolean> {
  cli.io.out(`${question} [y/N] `);
  const input = new TextDecoder().decode(await cli.io.stdin());
  const nl = input.indexOf('\n');
  const line = nl < 0 ? input : input.slice(0, nl).replace(/\r$/, '');
  return line === 'y' || line === 'Y';
}

/**
 * Run `prune` at once with -f, else once the user has said yes, else `declined` (a prune with -f waits
 * for nothing, so that the in-process CLI can run it).
 */
function confirmed(cli: Cli, opts: Opts, question: string, prune: () => number, declined: () => number): number | Promise<number> {
  return opts['force'] === true ? prune() : confirm(cli, question).then((yes) => (yes ? prune() : declined()));
}

const ARE_YOU_SURE = 'Are you sure you want to continue?';

/** What both prunes print: the deleted list under its heading (if any), then the space reclaimed. */
function pruneReport(cli: Cli, heading: string, d: Decision): number {
  if (d.error) return pruneError(cli, d.error);
  const lines = d.reply.deleted !== undefined ? deleteLines(d.reply.deleted, true) : (d.reply.removed ?? []);
  pruned(cli, heading, lines);
  return reclaimed(cli, d.reply.reclaimed ?? 0);
}

function pruneError(cli: Cli, e: DockerError): number {
  cli.io.err(e.code === 'unsupported' ? `${render(e)}\n` : daemon(e));
  return 1;
}

/** A prune's output (container/prune.go, image/prune.go): its heading and a line each, if it removed anything. */
function pruned(cli: Cli, heading: string, lines: readonly string[]): void {
  if (lines.length > 0) cli.io.out(`${heading}:\n${lines.join('\n')}\n\n`);
}

/** units.HumanSize, four significant digits (observed: 1.982MB); 0 when the user declined. */
function reclaimed(cli: Cli, bytes: number): number {
  cli.io.out(`Total reclaimed space: ${humanSize(bytes, 4)}\n`);
  return 0;
}

export function imagePrune(cli: Cli, _args: string[], opts: Opts): number | Promise<number> {
  const all = opts['all'] === true;
  const warning = all
    ? 'WARNING! This will remove all images without at least one container associated to them.'
    : 'WARNING! This will remove all dangling images.';
  if (badPruneFilter(cli, 'image prune', opts)) return 125;
  // cli/command/image/prune.go adds dangling=<!all> to whatever the user filtered on.
  const filters = [...pruneFilters(opts), `dangling=${!all}`];
  return confirmed(
    cli,
    opts,
    `${warning}\n${ARE_YOU_SURE}`,
    () => pruneReport(cli, 'Deleted Images', cli.strata().execute({ type: 'image_prune', all, filters })),
    () => reclaimed(cli, 0),
  );
}

export function containerPrune(cli: Cli, _args: string[], opts: Opts): number | Promise<number> {
  if (badPruneFilter(cli, 'container prune', opts)) return 125;
  const filters = pruneFilters(opts);
  return confirmed(
    cli,
    opts,
    `WARNING! This will remove all stopped containers.\n${ARE_YOU_SURE}`,
    () => pruneReport(cli, 'Deleted Containers', cli.strata().execute({ type: 'container_prune', filters })),
    () => reclaimed(cli, 0),
  );
}

/** cli/command/system/prune.go confirmationMessage: what goes, then the filters (sorted, each once), if any. */
function systemPruneQuestion(all: boolean, filters: readonly string[]): string {
  const warnings = [
    'all stopped containers',
    'all networks not used by at least one container',
    all ? 'all images without at least one container associated to them' : 'all dangling images',
    all ? 'all build cache' : 'all dangling build cache',
  ];
  const shown = [...new Set(filters)].sort();
  const filtered = shown.length === 0 ? '' : `\n  Items to be pruned will be filtered with:${shown.map((f) => `\n  - ${f}`).join('')}\n`;
  return `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join('')}\n${filtered}\n${ARE_YOU_SURE}`;
}

/**
 * docker system prune [-a] [-f] [--filter]: the prunes of containers, networks, images and the build
 * cache, each one's output as its own command prints it, then the total reclaimed. A prune refused
 * after others ran ends it with its error (exit 1), after what they printed. Declined, it prints nothing more.
 */
export function systemPrune(cli: Cli, _args: string[], opts: Opts): number | Promise<number> {
  if (badPruneFilter(cli, 'system prune', opts)) return 125;
  const all = opts['all'] === true;
  const filters = pruneFilters(opts);
  const prune = (): number => {
    const d = cli.strata().execute({ type: 'system_prune', all, filters });
    pruned(cli, 'Deleted Containers', d.reply.removed ?? []);
    pruned(cli, 'Deleted Images', deleteLines(d.reply.deleted ?? [], true));
    return d.error ? pruneError(cli, d.error) : reclaimed(cli, d.reply.reclaimed ?? 0);
  };
  return confirmed(cli, opts, systemPruneQuestion(all, filters), prune, () => 0);
}
